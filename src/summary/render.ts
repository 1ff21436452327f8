// Turns a summary into labelled sections that every channel can show (chat message, summary page,
// Slack). Each item names the summary path it shows, so a flow can offer it for correction.
import type { Locale } from "../locales.ts";
import { summaryLabels } from "./labels.ts";
import type { Summary } from "./schema.ts";

export type SummaryPath =
  | "matters.happy"
  | "matters.more"
  | "matters.past"
  | "matters.present"
  | "matters.future"
  | "matters.addition"
  | "health.experience"
  | "health.grade"
  | "wants.theme"
  | "wants.wish"
  | "wants.importance"
  | "wants.importanceWhy"
  | "wants.confidence"
  | "wants.confidenceWhy"
  | "firstStep.what"
  | "firstStep.when"
  | "firstStep.who"
  | "visit.mainQuestion"
  | "visit.helpWith"
  | "visit.otherTopics"
  | "visit.complaint"
  | `spinnenweb.${Summary["spinnenweb"][number]["dimension"]}`;

export interface SummaryItem {
  label: string;
  text: string;
  path?: SummaryPath;
}

export interface SummarySection {
  id: "matters" | "wants" | "firstStep" | "visit" | "spinnenweb";
  heading: string;
  items: SummaryItem[];
}

/** The sections in the order a care provider reads them: the question for the visit first. */
export function summarySections(summary: Summary, locale: Locale): SummarySection[] {
  const l = summaryLabels[locale];
  const item = (label: string, value: string | number | null, path?: SummaryPath): SummaryItem[] =>
    value === null ? [] : [{ label, text: String(value), ...(path ? { path } : {}) }];
  const { matters, health, wants, firstStep, visit } = summary;

  const sections: SummarySection[] = [
    {
      id: "visit",
      heading: l.sections.visit,
      items: [
        ...item(l.mainQuestion, visit.mainQuestion, "visit.mainQuestion"),
        ...item(l.helpWith, visit.helpWith, "visit.helpWith"),
        ...item(l.otherTopics, visit.otherTopics, "visit.otherTopics"),
        ...item(l.complaint, visit.complaint, "visit.complaint"),
        ...(visit.threeQuestions ? [{ label: l.threeQuestions, text: l.threeQuestionsList }] : []),
        ...(visit.socialHelp ? [{ label: l.socialHelp, text: l.socialHelpText }] : []),
      ],
    },
    {
      id: "matters",
      heading: l.sections.matters,
      items: [
        ...item(l.happy, matters.happy, "matters.happy"),
        ...item(l.more, matters.more, "matters.more"),
        ...item(l.past, matters.past, "matters.past"),
        ...item(l.present, matters.present, "matters.present"),
        ...item(l.future, matters.future, "matters.future"),
        ...item(l.experience, health.experience, "health.experience"),
        ...item(l.healthGrade, health.grade, "health.grade"),
        ...item(l.addition, matters.addition, "matters.addition"),
      ],
    },
    {
      id: "wants",
      heading: l.sections.wants,
      items: wants.notNow
        ? [{ label: l.wish, text: l.notNow }]
        : [
            ...item(l.theme, wants.theme, "wants.theme"),
            ...item(l.wish, wants.wish, "wants.wish"),
            ...item(l.importance, wants.importance, "wants.importance"),
            ...item(l.importanceWhy, wants.importanceWhy, "wants.importanceWhy"),
            ...item(l.confidence, wants.confidence, "wants.confidence"),
            ...item(l.confidenceWhy, wants.confidenceWhy, "wants.confidenceWhy"),
          ],
    },
    {
      id: "firstStep",
      heading: l.sections.firstStep,
      items:
        firstStep.notNow || wants.notNow
          ? [{ label: l.stepWhat, text: l.stepNotNow }]
          : [
              ...item(l.stepWhat, firstStep.what, "firstStep.what"),
              ...item(l.stepWhen, firstStep.when, "firstStep.when"),
              ...item(l.stepWho, firstStep.who, "firstStep.who"),
            ],
    },
    {
      id: "spinnenweb",
      heading: l.sections.spinnenweb,
      items: summary.spinnenweb
        .filter((d) => d.grade !== null || d.talk)
        .map((d) => ({
          label: d.label,
          text: `${d.grade === null ? l.noGrade : `${d.grade}/10`}${d.talk ? ` (${l.talk})` : ""}`,
          path: `spinnenweb.${d.dimension}` as const,
        })),
    },
  ];
  return sections.filter((s) => s.items.length > 0);
}

/** The summary as plain text lines, for a chat message. */
export function summaryLines(summary: Summary, locale: Locale): string[] {
  return summarySections(summary, locale).map(
    (section) => `${section.heading}:\n${section.items.map((i) => `• ${i.label}: ${i.text}`).join("\n")}`,
  );
}

// A reflection's summary as a FHIR R4 Bundle (type collection) that a GP practice imports by hand: an
// anonymous Patient, a Goal per goal layer in the patient's words, the spinnenweb as a
// QuestionnaireResponse with its own Questionnaire, the question for the visit as a Communication, and
// a DocumentReference to the PDF when there is one. Pure: ids and the moment come from the caller.
import type { Locale } from "../locales.ts";
import { dimensions } from "../summary/dimensions.ts";
import { summaryLabels } from "../summary/labels.ts";
import type { Summary } from "../summary/schema.ts";
import { dueDateFrom } from "./due-date.ts";

/** No official coding exists for Positieve Gezondheid (see standards-and-simulators.md), so we define one. */
export const SPINNENWEB_QUESTIONNAIRE = "https://gesprekscoach.nl/fhir/Questionnaire/spinnenweb";
export const SPINNENWEB_VERSION = "1";

export interface FhirResource {
  resourceType: string;
  id: string;
  [field: string]: unknown;
}

export interface FhirBundle {
  resourceType: "Bundle";
  id: string;
  type: "collection";
  timestamp: string;
  entry: Array<{ fullUrl: string; resource: FhirResource }>;
}

export interface BundleOptions {
  /** The bundle's own id and the seed of every resource id in it (uuids, so fullUrl is urn:uuid:). */
  ids: () => string;
  /** When the summary was made (the conversation's last update). */
  at: number;
  /** Where the summary's PDF can be fetched, if it exists; the bundle then points at it. */
  pdf?: { url: string; title: string };
}

const note = (text: string) => ({ text });
// R4 has no link from one goal to another (Goal.addresses is for conditions): a note says it instead.
const partOf: Record<Locale, string> = { nl: "Hoort bij", en: "Part of" };
const graded = (label: string, grade: number | null, why: string | null): string | undefined =>
  grade === null ? undefined : `${label}: ${grade}${why ? ` (${why})` : ""}`;

/** "Label: words" lines for the fields the patient filled in, in the summary's order. */
function lines(pairs: Array<[string, string | null]>): string | undefined {
  const filled = pairs.filter((pair): pair is [string, string] => pair[1] !== null && pair[1] !== "");
  return filled.length === 0 ? undefined : filled.map(([label, text]) => `${label}: ${text}`).join("\n");
}

export function spinnenwebQuestionnaire(id: string, locale: Locale, summary: Summary): FhirResource {
  const l = summaryLabels[locale];
  const labelOf = new Map(summary.spinnenweb.map((d) => [d.dimension, d.label]));
  return {
    resourceType: "Questionnaire",
    id,
    url: SPINNENWEB_QUESTIONNAIRE,
    version: SPINNENWEB_VERSION,
    name: "Spinnenweb",
    title: l.sections.spinnenweb,
    status: "active",
    language: locale,
    subjectType: ["Patient"],
    description:
      locale === "nl"
        ? "De zes dimensies van Positieve Gezondheid, elk met een cijfer van 0 tot 10 en de keuze of de patiënt erover wil praten."
        : "The six dimensions of Positive Health, each graded 0 to 10, and whether the patient wants to talk about it.",
    item: dimensions.map((dimension) => ({
      linkId: dimension,
      text: labelOf.get(dimension) ?? dimension,
      type: "group",
      item: [
        {
          linkId: `${dimension}.grade`,
          text: `${labelOf.get(dimension) ?? dimension} (0-10)`,
          type: "integer",
          extension: [
            { url: "http://hl7.org/fhir/StructureDefinition/minValue", valueInteger: 0 },
            { url: "http://hl7.org/fhir/StructureDefinition/maxValue", valueInteger: 10 },
          ],
        },
        { linkId: `${dimension}.talk`, text: l.talk, type: "boolean" },
      ],
    })),
  };
}

export function summaryBundle(summary: Summary, options: BundleOptions): FhirBundle {
  const l = summaryLabels[summary.locale];
  const when = new Date(options.at).toISOString();
  const entries: FhirResource[] = [];
  const ref = (resource: FhirResource) => ({ reference: `urn:uuid:${resource.id}` });

  // No identifier, no name, no birth date: the practice knows who brought or shared it.
  const patient: FhirResource = { resourceType: "Patient", id: options.ids() };
  entries.push(patient);

  const goal = (text: string, extra: Record<string, unknown>): FhirResource => ({
    resourceType: "Goal",
    id: options.ids(),
    lifecycleStatus: "proposed",
    description: { text },
    subject: ref(patient),
    expressedBy: ref(patient),
    ...extra,
  });

  const m = summary.matters;
  const lifeText = lines([
    [l.happy, m.happy],
    [l.more, m.more],
    [l.past, m.past],
    [l.present, m.present],
    [l.future, m.future],
    [l.addition, m.addition],
  ]);
  const lifeGoal = lifeText === undefined ? undefined : goal(lifeText, { note: [note(l.sections.matters)] });
  if (lifeGoal) entries.push(lifeGoal);

  const w = summary.wants;
  const wantText = w.notNow ? undefined : (w.wish ?? w.theme);
  const wantGoal =
    wantText === null || wantText === undefined
      ? undefined
      : goal(wantText, {
          note: [
            note(l.sections.wants),
            ...(w.theme && w.wish ? [note(`${l.theme}: ${w.theme}`)] : []),
            ...[
              graded(l.importance, w.importance, w.importanceWhy),
              graded(l.confidence, w.confidence, w.confidenceWhy),
            ]
              .filter((text): text is string => text !== undefined)
              .map(note),
            ...(lifeGoal ? [note(`${partOf[summary.locale]}: ${l.sections.matters}`)] : []),
          ],
        });
  if (wantGoal) entries.push(wantGoal);

  const s = summary.firstStep;
  if (!s.notNow && s.what) {
    const due = dueDateFrom(s.when, options.at, summary.locale);
    entries.push(
      goal(s.what, {
        ...(due ? { target: [{ dueDate: due }] } : {}),
        note: [
          note(l.sections.firstStep),
          ...(s.when ? [note(`${l.stepWhen}: ${s.when}`)] : []),
          ...(s.who ? [note(`${l.stepWho}: ${s.who}`)] : []),
          ...(wantText ? [note(`${partOf[summary.locale]}: ${wantText}`)] : []),
        ],
      }),
    );
  }

  const questionnaire = spinnenwebQuestionnaire(options.ids(), summary.locale, summary);
  entries.push(questionnaire);
  entries.push({
    resourceType: "QuestionnaireResponse",
    id: options.ids(),
    questionnaire: `${SPINNENWEB_QUESTIONNAIRE}|${SPINNENWEB_VERSION}`,
    status: summary.complete ? "completed" : "in-progress",
    subject: ref(patient),
    author: ref(patient),
    source: ref(patient),
    authored: when,
    item: summary.spinnenweb.map((d) => ({
      linkId: d.dimension,
      text: d.label,
      item: [
        {
          linkId: `${d.dimension}.grade`,
          ...(d.grade === null ? {} : { answer: [{ valueInteger: d.grade }] }),
        },
        { linkId: `${d.dimension}.talk`, answer: [{ valueBoolean: d.talk }] },
      ],
    })),
  });

  const v = summary.visit;
  const payload = [
    [l.mainQuestion, v.mainQuestion],
    [l.helpWith, v.helpWith],
    [l.otherTopics, v.otherTopics],
    [l.complaint, v.complaint],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== null)
    .map(([label, text]) => ({ contentString: `${label}: ${text}` }));
  if (v.threeQuestions) payload.push({ contentString: `${l.threeQuestions}: ${l.threeQuestionsList}` });
  if (payload.length > 0)
    entries.push({
      resourceType: "Communication",
      id: options.ids(),
      status: "completed",
      category: [{ text: l.sections.visit }],
      subject: ref(patient),
      sender: ref(patient),
      sent: when,
      ...(v.mainQuestion ? { topic: { text: v.mainQuestion } } : {}),
      payload,
    });

  if (options.pdf)
    entries.push({
      resourceType: "DocumentReference",
      id: options.ids(),
      status: "current",
      subject: ref(patient),
      author: [ref(patient)],
      date: when,
      description: options.pdf.title,
      content: [
        { attachment: { contentType: "application/pdf", url: options.pdf.url, title: options.pdf.title } },
      ],
    });

  return {
    resourceType: "Bundle",
    id: options.ids(),
    type: "collection",
    timestamp: when,
    entry: entries.map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}

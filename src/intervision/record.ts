// The written record of a finished round: the question, the exploration with the case bringer's
// ratings, the core, the advice, what the case bringer takes away, the evaluation and the agreed next
// steps. Identifier-like spans are masked and no colleague is named. Pure, rendered as Markdown here.
import { type Locale, languageTag } from "../locales.ts";
import { type IdentifierKind, maskIdentifiers } from "./identifiers.ts";
import { METHODS, type MethodId, phaseAt, phasesOf, type RecordSection } from "./methods.ts";
import type { ContributionKind } from "./rules.ts";

export const RATINGS = ["warm", "lauwarm", "koud"] as const;
export type Rating = (typeof RATINGS)[number];

export interface RecordContribution {
  phase: number;
  kind: ContributionKind;
  text: string;
  rating: Rating | null;
  /** The reply came with a file, which is not kept: the record says so. */
  hasFile?: boolean;
}

export interface RecordInput {
  method: MethodId;
  caseCollection?: boolean;
  locale: Locale;
  startedAt: number;
  endedAt: number;
  participantCount: number;
  contributions: RecordContribution[];
  nextSteps: string | null;
}

export interface RecordModel {
  title: string;
  meta: string;
  sections: { heading: string; items: string[] }[];
  /** How many identifier-like spans were masked: the record says so. */
  masked: number;
}

/** "cases" (the case collection) is not among them: only the chosen case's own phase is the record. */
const SECTION_ORDER: RecordSection[] = [
  "question",
  "exploration",
  "recognition",
  "core",
  "advice",
  "takeaway",
  "evaluation",
];

const TEXT = {
  nl: {
    title: (method: string) => `Verslag intervisie: ${method}`,
    meta: (from: string, to: string, n: number) => `${from} tot ${to} · ${n} deelnemers`,
    sections: {
      cases: "Casus kiezen",
      question: "De vraag",
      exploration: "Verheldering",
      recognition: "Herkenning",
      core: "De kern",
      advice: "De adviezen",
      takeaway: "Wat de casusinbrenger meeneemt",
      evaluation: "Evaluatie en terugblik",
    } satisfies Record<RecordSection, string>,
    nextSteps: "Afgesproken vervolgstappen",
    noNextSteps: "Geen vervolgstappen vastgelegd.",
    nothing: "Niets ingebracht.",
    question: "Vraag",
    answer: "Antwoord",
    ratings: { warm: "warm", lauwarm: "lauwarm", koud: "koud" } satisfies Record<Rating, string>,
    fileNotKept: "(bijlage niet bewaard)",
    masked: (n: number) =>
      `${n} ${n === 1 ? "gegeven dat op een patiëntgegeven leek, is" : "gegevens die op een patiëntgegeven leken, zijn"} in dit verslag weggelaten.`,
    kinds: {
      name: "naam",
      birthdate: "datum",
      bsn: "BSN",
      phone: "telefoonnummer",
      address: "adres",
    } satisfies Record<IdentifierKind, string>,
  },
  en: {
    title: (method: string) => `Intervision record: ${method}`,
    meta: (from: string, to: string, n: number) => `${from} to ${to} · ${n} participants`,
    sections: {
      cases: "Choosing a case",
      question: "The question",
      exploration: "Clarification",
      recognition: "Recognition",
      core: "The core",
      advice: "The advice",
      takeaway: "What the presenter takes away",
      evaluation: "Evaluation and looking back",
    } satisfies Record<RecordSection, string>,
    nextSteps: "Agreed next steps",
    noNextSteps: "No next steps recorded.",
    nothing: "Nothing contributed.",
    question: "Question",
    answer: "Answer",
    ratings: { warm: "warm", lauwarm: "lukewarm", koud: "cold" } satisfies Record<Rating, string>,
    fileNotKept: "(attachment not kept)",
    masked: (n: number) =>
      `${n} ${n === 1 ? "item that looked" : "items that looked"} like patient data ${n === 1 ? "was" : "were"} left out of this record.`,
    kinds: {
      name: "name",
      birthdate: "date",
      bsn: "BSN",
      phone: "phone number",
      address: "address",
    } satisfies Record<IdentifierKind, string>,
  },
} as const;

function day(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag[locale], {
    dateStyle: "long",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(ms));
}

/** One line of text: the record is a list, so line breaks inside a contribution become spaces. */
const oneLine = (text: string) => text.replace(/\s+/g, " ").trim();

export function buildRecord(input: RecordInput): RecordModel {
  const t = TEXT[input.locale];
  let masked = 0;
  const clean = (text: string) => {
    const result = maskIdentifiers(oneLine(text), (kind) => t.kinds[kind]);
    masked += result.masked;
    return result.text;
  };
  const plan = { method: input.method, caseCollection: input.caseCollection ?? false };
  const bySection = new Map<RecordSection, string[]>();
  for (const c of input.contributions) {
    // The case bringer was asked to only read along there; those posts are not part of the record,
    // and neither are the cases proposed before one was chosen.
    if (c.kind === "aside" || c.kind === "proposal") continue;
    const section = phaseAt(plan, c.phase).section;
    if (section === "cases") continue;
    const written = clean(c.text);
    const text = c.hasFile ? `${written} ${t.fileNotKept}`.trim() : written;
    const item =
      c.kind === "question"
        ? `${t.question}${c.rating ? ` (${t.ratings[c.rating]})` : ""}: ${text}`
        : c.kind === "answer"
          ? `${t.answer}: ${text}`
          : text;
    bySection.set(section, [...(bySection.get(section) ?? []), item]);
  }
  const used = new Set(phasesOf(plan).map((p) => p.section));
  const sections = SECTION_ORDER.filter((s) => used.has(s)).map((s) => ({
    heading: t.sections[s],
    items: bySection.get(s) ?? [t.nothing],
  }));
  sections.push({
    heading: t.nextSteps,
    items: input.nextSteps?.trim()
      ? input.nextSteps
          .split(/\n+/)
          .map((line) => clean(line.replace(/^\s*[-*•]\s*/, "")))
          .filter((line) => line.length > 0)
      : [t.noNextSteps],
  });
  return {
    title: t.title(METHODS[input.method].name[input.locale]),
    meta: t.meta(
      day(input.startedAt, input.locale),
      day(input.endedAt, input.locale),
      input.participantCount,
    ),
    sections,
    masked,
  };
}

/** Markdown for the facilitator: a title, a meta line and one list per section. */
export function recordMarkdown(model: RecordModel, locale: Locale): string {
  const md = (text: string) => text.replace(/([\\`*_[\]#<>|])/g, "\\$1");
  const lines = [`# ${md(model.title)}`, "", `_${md(model.meta)}_`, ""];
  for (const section of model.sections) {
    lines.push(`## ${md(section.heading)}`, "");
    for (const item of section.items) lines.push(`- ${md(item)}`);
    lines.push("");
  }
  if (model.masked > 0) lines.push(`> ${md(TEXT[locale].masked(model.masked))}`, "");
  return `${lines.join("\n").trimEnd()}\n`;
}

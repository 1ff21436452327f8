// What the reflection flow remembers of the person's answers, and the pure helpers that read and
// change it. The machine holds the order of questions; this file holds the data.
import type { Answer } from "../../src/engine/answer.ts";
import type { ScalesAnswer } from "../../src/engine/scales.ts";
import type { Locale, Region } from "../../src/locales.ts";
import { type Dimension, dimensions, isDimension } from "../../src/summary/dimensions.ts";

/** The Doelzoeker's three moments: past, present, future. */
export const moments = ["vroeger", "nu", "later"] as const;
export type Moment = (typeof moments)[number];

/** Free-text answers that can be corrected from the summary. */
export const textFields = [
  "happy",
  "more",
  "health",
  "vroeger",
  "nu",
  "later",
  "correction",
  "ownTheme",
  "wish",
  "importanceWhy",
  "confidenceWhy",
  "step",
  "when",
  "who",
  "helpWith",
  "mainQuestion",
  "otherTopics",
  "complaint",
] as const;
export type TextField = (typeof textFields)[number];

/** Grades (0-10) that can be corrected from the summary. */
export type GradeField = "healthGrade" | "importance" | "confidence" | `web.${Dimension}`;

export type Theme = { kind: "dimension"; dimension: Dimension } | { kind: "own" } | { kind: "more" };

export const experiences = ["fijn", "gaatwel", "lastig"] as const;
export type Experience = (typeof experiences)[number];
export const isExperience = (id: string | undefined): id is Experience =>
  (experiences as readonly (string | undefined)[]).includes(id);

export interface ReflectieContext {
  locale: Locale;
  region: Region;
  seed: number;
  /** The questions answered so far, newest last: `back` returns to the last one. */
  history: string[];
  texts: Partial<Record<TextField, string>>;
  healthGrade?: number;
  web: Partial<Record<Dimension, number>>;
  /** Dimensions marked "hier wil ik over praten". */
  talk: Dimension[];
  momentsSkipped: Moment[];
  moment?: Moment;
  gg2NotNow: boolean;
  theme?: Theme;
  importance?: number;
  confidence?: number;
  stepNotNow: boolean;
  gg3Declined: boolean;
  zz: boolean;
  threeQuestions: boolean;
  /** Wants information about help in the neighbourhood (welzijn op recept, sociaal werk). */
  socialHelp?: boolean;
  /** How the conversation was for the person (asked at the end, optional). */
  experience?: Experience;
  /** The summary item being corrected. */
  editing?: TextField | GradeField;
}

export function initialContext(input: { locale: Locale; region: Region; seed: number }): ReflectieContext {
  return {
    locale: input.locale,
    region: input.region,
    seed: input.seed,
    history: [],
    texts: {},
    web: {},
    talk: [],
    momentsSkipped: [],
    gg2NotNow: false,
    stepNotNow: false,
    gg3Declined: false,
    zz: false,
    threeQuestions: false,
  };
}

export const textOf = (a: Answer): string | undefined => (a.kind === "text" ? a.text : undefined);
export const numberOf = (a: Answer): number | undefined => (a.kind === "value" ? a.value : undefined);
export const choicesOf = (a: Answer): string[] => (a.kind === "choice" ? a.choice : []);
export const choiceOf = (a: Answer): string | undefined => choicesOf(a)[0];

export function isMoment(id: string | undefined): id is Moment {
  return (moments as readonly string[]).includes(id ?? "");
}

export function isTextField(id: string | undefined): id is TextField {
  return (textFields as readonly string[]).includes(id ?? "");
}

export function isGradeField(id: string | undefined): id is GradeField {
  if (id === "healthGrade" || id === "importance" || id === "confidence") return true;
  return id?.startsWith("web.") === true && isDimension(id.slice(4));
}

/** The moments not yet answered or skipped. */
export function openMoments(ctx: ReflectieContext): Moment[] {
  return moments.filter((m) => ctx.texts[m] === undefined && !ctx.momentsSkipped.includes(m));
}

export function withText(
  ctx: ReflectieContext,
  field: TextField,
  text: string | undefined,
): Partial<ReflectieContext> {
  const texts = { ...ctx.texts };
  if (text === undefined) delete texts[field];
  else texts[field] = text;
  return { texts };
}

/** The spinnenweb step's answer as grades and marks; anything that is no dimension is left out. */
export function webOf(answer: ScalesAnswer): Pick<ReflectieContext, "web" | "talk"> {
  const web: Partial<Record<Dimension, number>> = {};
  for (const d of dimensions) {
    const grade = answer.scales[d];
    if (grade !== undefined) web[d] = grade;
  }
  return { web, talk: dimensions.filter((d) => answer.marks.includes(d)) };
}

export function gradeOf(ctx: ReflectieContext, field: GradeField): number | undefined {
  if (field.startsWith("web.")) return ctx.web[field.slice(4) as Dimension];
  return ctx[field as "healthGrade" | "importance" | "confidence"];
}

export function withGrade(
  ctx: ReflectieContext,
  field: GradeField,
  value: number | undefined,
): Partial<ReflectieContext> {
  if (field.startsWith("web.")) {
    const web = { ...ctx.web };
    const dimension = field.slice(4) as Dimension;
    if (value === undefined) delete web[dimension];
    else web[dimension] = value;
    return { web };
  }
  return { [field]: value };
}

// Loneliness named in so many words; "alleen" alone is too common ("alleen op zondag") to count.
const LONELY =
  /\b(eenzaam\w*|(voel|voelt) (me|mij|je)( \w+)? alleen|lonely|loneliness|isolated|feel( \w+)? alone)\b/i;

/**
 * Whether to offer information about help in the neighbourhood in phase 3 (seed 003): Meedoen or
 * Zingeving graded 4 or lower, or loneliness named in an answer.
 */
export function socialLow(ctx: ReflectieContext): boolean {
  const low = (grade: number | undefined) => grade !== undefined && grade <= 4;
  return (
    low(ctx.web.meedoen) ||
    low(ctx.web.zingeving) ||
    Object.values(ctx.texts).some((t) => LONELY.test(t ?? ""))
  );
}

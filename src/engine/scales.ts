// The "scales" answer: several 0-10 grades and "I want to talk about this" marks given in one step
// (the spinnenweb). Its wire schema, its check against the step, said in the person's language, and
// how the transcript shows it. Pure.
import { z } from "zod";
import type { Locale } from "../locales.ts";
import type { InputSpec } from "./types.ts";

const itemId = z.string().min(1).max(64);
const MAX_ITEMS = 32;

export const scalesAnswerSchema = z
  .strictObject({
    scales: z
      .record(itemId, z.number().finite())
      .refine((s) => Object.keys(s).length <= MAX_ITEMS, `at most ${MAX_ITEMS} grades`)
      .meta({ description: "A grade per scale id; a scale left out is not graded." }),
    marks: z
      .array(itemId)
      .max(MAX_ITEMS)
      .optional()
      .meta({ description: 'The scale ids marked "I want to talk about this".' }),
  })
  .meta({ description: "The answer to a `scales` step." });

export type ScalesWire = z.infer<typeof scalesAnswerSchema>;

/** As a flow receives it: keys and marks sorted, so the same answer always compares the same. */
export interface ScalesAnswer {
  kind: "scales";
  scales: Record<string, number>;
  marks: string[];
}

export function normalizeScales(wire: ScalesWire): ScalesAnswer {
  const scales: Record<string, number> = {};
  for (const id of Object.keys(wire.scales).sort()) scales[id] = wire.scales[id] as number;
  return { kind: "scales", scales, marks: [...new Set(wire.marks ?? [])].sort() };
}

type ScalesInput = Extract<InputSpec, { kind: "scales" }>;

interface ScalesProblems {
  wrongKind: string;
  unknown: (id: string) => string;
  outOfRange: (label: string, min: number, max: number) => string;
  nothing: (canSkip: boolean) => string;
}

// The person reads these in the chat too, so they are sentences, not field paths.
export const scalesProblems: Record<Locale, ScalesProblems> = {
  nl: {
    wrongKind: 'Deze stap verwacht cijfers per onderdeel: { "scales": { ... }, "marks": [ ... ] }.',
    unknown: (id) => `"${id}" is geen onderdeel van deze vraag.`,
    outOfRange: (label, min, max) => `Geef ${label} een heel cijfer van ${min} tot ${max}.`,
    nothing: (canSkip) =>
      canSkip
        ? "Je hebt nog niets ingevuld. Geef minstens één onderdeel een cijfer, of sla deze vraag over."
        : "Je hebt nog niets ingevuld. Geef minstens één onderdeel een cijfer.",
  },
  en: {
    wrongKind: 'This step expects a grade per part: { "scales": { ... }, "marks": [ ... ] }.',
    unknown: (id) => `"${id}" is not one of the parts of this question.`,
    outOfRange: (label, min, max) => `Please give ${label} a whole number from ${min} to ${max}.`,
    nothing: (canSkip) =>
      canSkip
        ? "Nothing is filled in yet. Give at least one part a grade, or skip this question."
        : "Nothing is filled in yet. Give at least one part a grade.",
  },
};

/** Why the answer does not fit the step, in the person's language, or null when it does. */
export function checkScales(answer: ScalesAnswer, input: ScalesInput, locale: Locale): string | null {
  const p = scalesProblems[locale];
  const labels = new Map(input.items.map((item) => [item.id, item.label]));
  for (const [id, grade] of Object.entries(answer.scales)) {
    const label = labels.get(id);
    if (label === undefined) return p.unknown(id);
    if (!Number.isInteger(grade) || grade < input.min || grade > input.max)
      return p.outOfRange(label, input.min, input.max);
  }
  const strange = answer.marks.find((id) => !labels.has(id));
  if (strange !== undefined) return p.unknown(strange);
  // A mark without a grade still says something; an empty form says nothing.
  if (Object.keys(answer.scales).length === 0 && answer.marks.length === 0)
    return p.nothing(input.skip !== undefined);
  return null;
}

/** The answer as the transcript shows it: "Lichaam 6, Meedoen 4 (hier wil ik over praten)". */
export function scalesAsText(answer: ScalesAnswer, input: InputSpec): string {
  const items = input.kind === "scales" ? input.items : [];
  const ids = items.length ? items.map((item) => item.id) : Object.keys(answer.scales);
  const marked = input.kind === "scales" ? input.markLabel.toLowerCase() : "*";
  return ids
    .filter((id) => answer.scales[id] !== undefined || answer.marks.includes(id))
    .map((id) => {
      const label = items.find((item) => item.id === id)?.label ?? id;
      const grade = answer.scales[id];
      const text = grade === undefined ? label : `${label} ${grade}`;
      return answer.marks.includes(id) ? `${text} (${marked})` : text;
    })
    .join(", ");
}

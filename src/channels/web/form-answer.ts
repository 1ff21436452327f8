// Reads the answer from a chat form post and checks it against the question being asked, so the
// person hears what is missing in their own language (the engine's checks stay as the last guard).
import { z } from "zod";
import { commandSchema, type WireAnswer } from "../../engine/answer.ts";
import { scalesProblems } from "../../engine/scales.ts";
import type { InputSpec } from "../../engine/types.ts";
import type { Locale } from "../../locales.ts";

// Loose: a scales step posts one field per scale ("scale-lichaam"), read by scalesFromForm.
export const formSchema = z.looseObject({
  turnId: z.string().min(6).max(128),
  version: z.coerce.number().int().min(0),
  command: commandSchema.optional(),
  choice: z.union([z.string(), z.array(z.string())]).optional(),
  value: z.string().optional(),
  text: z.string().optional(),
  kind: z.string().optional(),
  mark: z.union([z.string(), z.array(z.string())]).optional(),
});
export type ChatForm = z.infer<typeof formSchema>;

interface Problems {
  noChoice: string;
  noNumber: (min: number, max: number) => string;
  empty: (canSkip: boolean) => string;
  tooLong: (length: number, max: number) => string;
  broken: string;
  notAccepted: string;
}

export const formProblems: Record<Locale, Problems> = {
  nl: {
    noChoice: "Kies eerst een van de antwoorden.",
    noNumber: (min, max) => `Kies een cijfer van ${min} tot ${max}.`,
    empty: (canSkip) =>
      canSkip
        ? "Je hebt nog niets getypt. Schrijf een paar woorden, of sla de vraag over."
        : "Je hebt nog niets getypt. Schrijf een paar woorden.",
    tooLong: (length, max) =>
      `Je antwoord telt ${length} tekens en er passen er ${max}. Kun je het wat korter zeggen?`,
    broken: "Dat lukte niet goed. Probeer het nog eens.",
    notAccepted: "Dat antwoord past niet bij deze vraag. Probeer het nog eens.",
  },
  en: {
    noChoice: "Please choose one of the answers first.",
    noNumber: (min, max) => `Please choose a number from ${min} to ${max}.`,
    empty: (canSkip) =>
      canSkip
        ? "You have not typed anything yet. Write a few words, or skip the question."
        : "You have not typed anything yet. Write a few words.",
    tooLong: (length, max) =>
      `Your answer has ${length} characters and ${max} fit. Could you say it a little more briefly?`,
    broken: "That did not quite work. Please try again.",
    notAccepted: "That answer does not fit this question. Please try again.",
  },
};

/** The answer the form carries for this question, or what is missing, said to the person. */
export function answerFromForm(
  form: ChatForm,
  input: InputSpec,
  locale: Locale,
): { ok: true; answer: WireAnswer } | { ok: false; problem: string } {
  const p = formProblems[locale];
  if (form.command) return { ok: true, answer: { command: form.command } };
  switch (input.kind) {
    case "choice": {
      const chosen = [form.choice ?? []].flat().filter((id) => id !== "");
      if (chosen.length === 0) return { ok: false, problem: p.noChoice };
      return { ok: true, answer: { choice: input.multiple ? chosen : (chosen[0] ?? "") } };
    }
    case "scale": {
      const value = form.value === undefined || form.value.trim() === "" ? Number.NaN : Number(form.value);
      if (!Number.isInteger(value) || value < input.min || value > input.max)
        return { ok: false, problem: p.noNumber(input.min, input.max) };
      return { ok: true, answer: { value } };
    }
    case "text": {
      const text = (form.text ?? "").trim();
      if (text === "") return { ok: false, problem: p.empty(input.skip !== undefined) };
      if (text.length > input.maxLength)
        return { ok: false, problem: p.tooLong(text.length, input.maxLength) };
      return { ok: true, answer: { text } };
    }
    case "scales":
      return scalesFromForm(form, input, locale);
    case "none":
      return { ok: false, problem: p.broken };
  }
}

const SCALE_FIELD = "scale-";

/** The grades a form carries (one radio group per scale, "scale-<id>"); an empty group is no grade. */
function gradesOf(form: ChatForm): Record<string, string> {
  const grades: Record<string, string> = {};
  for (const [key, raw] of Object.entries(form)) {
    const value = Array.isArray(raw) ? raw.at(-1) : raw;
    if (key.startsWith(SCALE_FIELD) && typeof value === "string" && value.trim() !== "")
      grades[key.slice(SCALE_FIELD.length)] = value.trim();
  }
  return grades;
}

const marksOf = (form: ChatForm): string[] => [form.mark ?? []].flat().filter((id) => id !== "");

/** The spinnenweb step: each scale's grade and the ticked marks, checked against the step. */
function scalesFromForm(
  form: ChatForm,
  input: Extract<InputSpec, { kind: "scales" }>,
  locale: Locale,
): { ok: true; answer: WireAnswer } | { ok: false; problem: string } {
  const p = scalesProblems[locale];
  const grades = gradesOf(form);
  const scales: Record<string, number> = {};
  for (const item of input.items) {
    const raw = grades[item.id];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < input.min || value > input.max)
      return { ok: false, problem: p.outOfRange(item.label, input.min, input.max) };
    scales[item.id] = value;
  }
  const known = new Set(input.items.map((item) => item.id));
  const marks = marksOf(form).filter((id) => known.has(id));
  if (Object.keys(scales).length === 0 && marks.length === 0)
    return { ok: false, problem: p.nothing(input.skip !== undefined) };
  return { ok: true, answer: { scales, marks } };
}

/**
 * The answer read without the question, for a form from an earlier step: the engine replays it when
 * it is a double submit of a turn already saved, and refuses it as a conflict otherwise.
 */
export function looseAnswer(form: ChatForm): WireAnswer {
  if (form.command) return { command: form.command };
  if (form.choice !== undefined) return { choice: form.choice };
  const grades = gradesOf(form);
  if (Object.keys(grades).length > 0 || form.mark !== undefined)
    return {
      scales: Object.fromEntries(Object.entries(grades).map(([id, raw]) => [id, Number(raw)])),
      marks: marksOf(form),
    };
  if (form.value !== undefined) return { value: Number(form.value) };
  return { text: form.text ?? "" };
}

// The answer a person gives in one turn: its wire schema, its normal form for flows, and the
// check that it fits the input the conversation is waiting for.
import { z } from "zod";
import type { Locale } from "../locales.ts";
import {
  checkScales,
  normalizeScales,
  type ScalesAnswer,
  scalesAnswerSchema,
  scalesAsText,
  scalesProblems,
} from "./scales.ts";
import type { InputSpec } from "./types.ts";

export const MAX_TEXT_LENGTH = 4000;

const optionId = z.string().min(1).max(64);

/** What a person can do besides answering: go back, pause, skip an optional question. */
export const commands = ["back", "pause", "skip"] as const;
export type Command = (typeof commands)[number];
export const commandSchema = z.enum(commands);

export const answerSchema = z.union([
  z.strictObject({ text: z.string().max(MAX_TEXT_LENGTH) }),
  z.strictObject({ value: z.number().finite() }),
  z.strictObject({ choice: z.union([optionId, z.array(optionId).min(1).max(32)]) }),
  z.strictObject({ command: commandSchema }),
  scalesAnswerSchema,
]);
export type WireAnswer = z.infer<typeof answerSchema>;

/** What a flow receives: one shape per input kind, choices always as a list. */
export type Answer =
  | { kind: "text"; text: string }
  | { kind: "value"; value: number }
  | { kind: "choice"; choice: string[] }
  | ScalesAnswer;

export type ParsedAnswer = { kind: "answer"; answer: Answer } | { kind: "command"; command: Command };

export function normalizeAnswer(wire: WireAnswer): ParsedAnswer {
  if ("command" in wire) return { kind: "command", command: wire.command };
  if ("text" in wire) return { kind: "answer", answer: { kind: "text", text: wire.text.trim() } };
  if ("value" in wire) return { kind: "answer", answer: { kind: "value", value: wire.value } };
  if ("scales" in wire) return { kind: "answer", answer: normalizeScales(wire) };
  const choice = Array.isArray(wire.choice) ? wire.choice : [wire.choice];
  return { kind: "answer", answer: { kind: "choice", choice } };
}

/**
 * Returns a reason the answer does not fit, or null when it does. Only the scales step speaks the
 * person's language here so far; the older reasons are for developers and the channels say their own.
 */
export function checkAnswerFits(answer: Answer, input: InputSpec, locale: Locale = "en"): string | null {
  switch (input.kind) {
    case "none":
      return "this step takes no answer";
    case "text":
      if (answer.kind !== "text") return "this step expects a text answer: { text }";
      if (answer.text.length === 0) return "the text answer is empty";
      if (answer.text.length > input.maxLength)
        return `the text answer is longer than ${input.maxLength} characters`;
      return null;
    case "scale":
      if (answer.kind !== "value") return "this step expects a number: { value }";
      if (!Number.isInteger(answer.value) || answer.value < input.min || answer.value > input.max)
        return `the value must be a whole number from ${input.min} to ${input.max}`;
      return null;
    case "scales":
      if (answer.kind !== "scales") return scalesProblems[locale].wrongKind;
      return checkScales(answer, input, locale);
    case "choice": {
      if (answer.kind !== "choice") return "this step expects a choice: { choice }";
      if (!input.multiple && answer.choice.length !== 1) return "this step expects exactly one choice";
      if (new Set(answer.choice).size !== answer.choice.length) return "a choice is given twice";
      const known = new Set(input.options.map((o) => o.id));
      const unknown = answer.choice.find((id) => !known.has(id));
      if (unknown !== undefined) return `unknown choice "${unknown}"`;
      return null;
    }
  }
}

/** The answer as the transcript shows it: choice ids become their labels. */
export function answerAsText(answer: Answer, input: InputSpec): string {
  switch (answer.kind) {
    case "text":
      return answer.text;
    case "value":
      return String(answer.value);
    case "choice": {
      const labels = input.kind === "choice" ? input.options : [];
      return answer.choice.map((id) => labels.find((o) => o.id === id)?.label ?? id).join(", ");
    }
    case "scales":
      return scalesAsText(answer, input);
  }
}

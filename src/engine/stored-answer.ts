// How a turn's answer is kept in `events.answer`: in the shape a channel sends it ({ text },
// { value }, { choice }, { command }), plus `shown` where what the transcript shows differs from a
// typed text (a chosen option's label, say). Coded with the phrase table (phrase-code.ts); rows
// stored as plain JSON read back the same.
import { z } from "zod";
import { commandSchema, normalizeAnswer, type ParsedAnswer } from "./answer.ts";
import { packJson, unpackJson } from "./phrase-code.ts";

export interface StoredAnswer {
  given: ParsedAnswer;
  /** Only where it differs from a typed text. */
  shown?: string;
}

const shown = z.string().optional();

const compact = z.union([
  z.strictObject({ text: z.string(), shown }),
  z.strictObject({ value: z.number(), shown }),
  z.strictObject({ choice: z.array(z.string()), shown }),
  z.strictObject({ command: commandSchema, shown }),
  z.strictObject({ scales: z.record(z.string(), z.number()), marks: z.array(z.string()).optional(), shown }),
]);

function wireOf(given: ParsedAnswer) {
  if (given.kind === "command") return { command: given.command };
  const { answer } = given;
  if (answer.kind === "text") return { text: answer.text };
  if (answer.kind === "value") return { value: answer.value };
  if (answer.kind === "scales") return { scales: answer.scales, marks: answer.marks };
  return { choice: answer.choice };
}

const typedText = (given: ParsedAnswer) =>
  given.kind === "answer" && given.answer.kind === "text" ? given.answer.text : undefined;

/** Stores the answer, and what the transcript shows for it only where that is not the typed text. */
export function storeAnswer(given: ParsedAnswer, shown: string | undefined): string {
  return packJson(answerDocument(given, shown));
}

/** The answer as it is stored, before coding: what the phrase table is built from. */
export function answerDocument(given: ParsedAnswer, shown: string | undefined): Record<string, unknown> {
  const label = shown === undefined || shown === typedText(given) ? {} : { shown };
  return { ...wireOf(given), ...label };
}

/** What the transcript shows for a stored answer: its label, else the text typed; nothing for a command. */
export function shownOf(stored: StoredAnswer): string | undefined {
  return stored.shown ?? typedText(stored.given);
}

export function readAnswer(stored: string): StoredAnswer {
  const { shown: label, ...wire } = compact.parse(unpackJson(stored));
  const given = normalizeAnswer(wire);
  return label === undefined ? { given } : { given, shown: label };
}

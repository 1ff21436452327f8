// How a turn's answer is kept in `events.answer`: in the shape a channel sends it ({ text },
// { value }, { choice }, { command }), plus `shown` where what the transcript shows differs from a
// typed text (a chosen option's label, say).
import { z } from "zod";
import { commandSchema, normalizeAnswer, type ParsedAnswer } from "./answer.ts";

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
]);

function wireOf(given: ParsedAnswer) {
  if (given.kind === "command") return { command: given.command };
  const { answer } = given;
  if (answer.kind === "text") return { text: answer.text };
  if (answer.kind === "value") return { value: answer.value };
  return { choice: answer.choice };
}

const typedText = (given: ParsedAnswer) =>
  given.kind === "answer" && given.answer.kind === "text" ? given.answer.text : undefined;

/** Stores the answer, and what the transcript shows for it only where that is not the typed text. */
export function storeAnswer(given: ParsedAnswer, shown: string | undefined): string {
  const label = shown === undefined || shown === typedText(given) ? {} : { shown };
  return JSON.stringify({ ...wireOf(given), ...label });
}

/** What the transcript shows for a stored answer: its label, else the text typed; nothing for a command. */
export function shownOf(stored: StoredAnswer): string | undefined {
  return stored.shown ?? typedText(stored.given);
}

export function readAnswer(stored: string): StoredAnswer {
  const { shown: label, ...wire } = compact.parse(JSON.parse(stored));
  const given = normalizeAnswer(wire);
  return label === undefined ? { given } : { given, shown: label };
}

// How a turn's answer is kept in `events.answer`: in the shape a channel sends it ({ text },
// { value }, { choice }, { command }), plus `shown` where what the transcript shows differs from a
// typed text (a chosen option's label, say). Rows written in the older { given, shown } form still
// read back the same.
import { z } from "zod";
import { normalizeAnswer, type ParsedAnswer } from "./answer.ts";

export interface StoredAnswer {
  given: ParsedAnswer;
  /** Only where it differs from a typed text. */
  shown?: string;
}

const command = z.enum(["back", "pause", "skip"]);
const shown = z.string().optional();

const compact = z.union([
  z.strictObject({ text: z.string(), shown }),
  z.strictObject({ value: z.number(), shown }),
  z.strictObject({ choice: z.array(z.string()), shown }),
  z.strictObject({ command, shown }),
]);

// The form written before 2026-11-25.
const older = z.strictObject({
  given: z.union([
    z.strictObject({
      kind: z.literal("answer"),
      answer: z.union([
        z.strictObject({ kind: z.literal("text"), text: z.string() }),
        z.strictObject({ kind: z.literal("value"), value: z.number() }),
        z.strictObject({ kind: z.literal("choice"), choice: z.array(z.string()) }),
      ]),
    }),
    z.strictObject({ kind: z.literal("command"), command }),
  ]),
  shown,
});

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
  const value: unknown = JSON.parse(stored);
  const old = older.safeParse(value);
  if (old.success) return old.data.shown === undefined ? { given: old.data.given } : old.data;
  const { shown: label, ...wire } = compact.parse(value);
  const given = normalizeAnswer(wire);
  return label === undefined ? { given } : { given, shown: label };
}

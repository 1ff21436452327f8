// The chat form read against the question: what is missing is said in the person's language.
import { describe, expect, it } from "vitest";
import type { WireAnswer } from "../../engine/answer.ts";
import type { InputSpec } from "../../engine/types.ts";
import type { Locale } from "../../locales.ts";
import { answerFromForm, type ChatForm, looseAnswer } from "./form-answer.ts";

type Form = Omit<ChatForm, "turnId" | "version">;

const base = { turnId: "turn-000001", version: 3 };
const text: InputSpec = { kind: "text", maxLength: 10, skip: "Sla over" };
const scale: InputSpec = { kind: "scale", min: 0, max: 10 };
const single: InputSpec = { kind: "choice", multiple: false, options: [{ id: "ja", label: "Ja" }] };
const many: InputSpec = {
  kind: "choice",
  multiple: true,
  options: [
    { id: "a", label: "A" },
    { id: "b", label: "B" },
  ],
};

describe("answerFromForm", () => {
  it.each<[Form, InputSpec, Locale, WireAnswer]>([
    [{ text: "  wandelen " }, text, "nl", { text: "wandelen" }],
    [{ value: "7" }, scale, "nl", { value: 7 }],
    [{ choice: "ja" }, single, "en", { choice: "ja" }],
    [{ choice: ["a", "b"] }, many, "en", { choice: ["a", "b"] }],
    [{ choice: "a" }, many, "nl", { choice: ["a"] }],
    [{ command: "skip" }, text, "nl", { command: "skip" }],
  ])("%j on %j", (form, input, locale, answer) => {
    expect(answerFromForm({ ...base, ...form }, input, locale)).toEqual({ ok: true, answer });
  });

  it.each<[Form, InputSpec, Locale, string]>([
    [{ text: " " }, text, "nl", "Je hebt nog niets getypt. Schrijf een paar woorden, of sla de vraag over."],
    [{ text: "a".repeat(11) }, text, "en", "Your answer has 11 characters and 10 fit."],
    [{}, scale, "nl", "Kies een cijfer van 0 tot 10."],
    [{ value: "11" }, scale, "en", "Please choose a number from 0 to 10."],
    [{ value: "4.5" }, scale, "nl", "Kies een cijfer van 0 tot 10."],
    [{ kind: "choice" }, many, "nl", "Kies eerst een van de antwoorden."],
  ])("%j on %j says what is missing", (form, input, locale, start) => {
    const result = answerFromForm({ ...base, ...form }, input, locale);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.startsWith(start)).toBe(true);
  });
});

describe("looseAnswer", () => {
  it("reads a command first, then a choice, a number, a text", () => {
    expect(looseAnswer({ ...base, command: "back", choice: "x" })).toEqual({ command: "back" });
    expect(looseAnswer({ ...base, choice: "x", value: "1" })).toEqual({ choice: "x" });
    expect(looseAnswer({ ...base, value: "1", text: "t" })).toEqual({ value: 1 });
    expect(looseAnswer({ ...base, text: "t" })).toEqual({ text: "t" });
  });
});

import { describe, expect, it } from "vitest";
import { answerAsText, answerSchema, checkAnswerFits, normalizeAnswer } from "./answer.ts";
import type { InputSpec } from "./types.ts";

const choice: InputSpec = {
  kind: "choice",
  multiple: true,
  options: [
    { id: "a", label: "Alpha" },
    { id: "b", label: "Beta" },
  ],
};

describe("answers", () => {
  it("normalizes a single choice to a list and trims text", () => {
    expect(normalizeAnswer({ choice: "a" })).toEqual({
      kind: "answer",
      answer: { kind: "choice", choice: ["a"] },
    });
    expect(normalizeAnswer({ text: "  hoi \n" })).toEqual({
      kind: "answer",
      answer: { kind: "text", text: "hoi" },
    });
    expect(normalizeAnswer({ command: "back" })).toEqual({ kind: "command", command: "back" });
  });

  it("accepts exactly one answer shape", () => {
    expect(answerSchema.safeParse({ text: "x", value: 1 }).success).toBe(false);
    expect(answerSchema.safeParse({}).success).toBe(false);
    expect(answerSchema.safeParse({ value: Number.POSITIVE_INFINITY }).success).toBe(false);
    expect(answerSchema.safeParse({ choice: [] }).success).toBe(false);
  });

  it("checks the answer against the input the step waits for", () => {
    expect(checkAnswerFits({ kind: "text", text: "" }, { kind: "text", maxLength: 10 })).toMatch(/empty/);
    expect(checkAnswerFits({ kind: "text", text: "x".repeat(11) }, { kind: "text", maxLength: 10 })).toMatch(
      /10/,
    );
    expect(checkAnswerFits({ kind: "text", text: "ok" }, { kind: "text", maxLength: 10 })).toBeNull();
    expect(checkAnswerFits({ kind: "value", value: 0 }, { kind: "scale", min: 0, max: 10 })).toBeNull();
    expect(checkAnswerFits({ kind: "value", value: -1 }, { kind: "scale", min: 0, max: 10 })).toMatch(
      /0 to 10/,
    );
    expect(checkAnswerFits({ kind: "choice", choice: ["a", "b"] }, choice)).toBeNull();
    expect(checkAnswerFits({ kind: "choice", choice: ["a", "a"] }, choice)).toMatch(/twice/);
    expect(checkAnswerFits({ kind: "choice", choice: ["a", "b"] }, { ...choice, multiple: false })).toMatch(
      /exactly one/,
    );
    expect(checkAnswerFits({ kind: "choice", choice: ["c"] }, choice)).toMatch(/unknown choice "c"/);
    expect(checkAnswerFits({ kind: "text", text: "x" }, { kind: "none" })).toMatch(/no answer/);
  });

  it("shows choices by their labels in the transcript", () => {
    expect(answerAsText({ kind: "choice", choice: ["b", "a"] }, choice)).toBe("Beta, Alpha");
    expect(answerAsText({ kind: "value", value: 7 }, { kind: "scale", min: 0, max: 10 })).toBe("7");
  });
});

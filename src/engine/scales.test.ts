import { describe, expect, it } from "vitest";
import { answerAsText, answerSchema, checkAnswerFits, normalizeAnswer } from "./answer.ts";
import { readAnswer, storeAnswer } from "./stored-answer.ts";
import type { InputSpec } from "./types.ts";

const web: InputSpec = {
  kind: "scales",
  min: 0,
  max: 10,
  items: [
    { id: "lichaam", label: "Lichaam" },
    { id: "meedoen", label: "Meedoen" },
  ],
  markLabel: "Hier wil ik over praten",
  skip: "Overslaan",
};

const parsed = (wire: unknown) => {
  const result = answerSchema.safeParse(wire);
  if (!result.success) throw new Error("not an answer");
  const given = normalizeAnswer(result.data);
  if (given.kind !== "answer") throw new Error("a command");
  return given.answer;
};

describe("the scales answer", () => {
  it("takes grades and marks in one answer, sorted so the same answer compares the same", () => {
    expect(parsed({ scales: { meedoen: 4, lichaam: 6 }, marks: ["meedoen", "lichaam", "meedoen"] })).toEqual({
      kind: "scales",
      scales: { lichaam: 6, meedoen: 4 },
      marks: ["lichaam", "meedoen"],
    });
    expect(parsed({ scales: {} })).toEqual({ kind: "scales", scales: {}, marks: [] });
  });

  it("refuses what is no scales answer at the boundary", () => {
    expect(answerSchema.safeParse({ scales: { lichaam: "6" } }).success).toBe(false);
    expect(answerSchema.safeParse({ scales: { lichaam: 6 }, extra: 1 }).success).toBe(false);
    expect(answerSchema.safeParse({ scales: { lichaam: Number.NaN } }).success).toBe(false);
  });

  it("says in the person's language what does not fit", () => {
    expect(checkAnswerFits(parsed({ scales: { lichaam: 11 } }), web, "nl")).toBe(
      "Geef Lichaam een heel cijfer van 0 tot 10.",
    );
    expect(checkAnswerFits(parsed({ scales: { lichaam: 6.5 } }), web, "en")).toMatch(/whole number/);
    expect(checkAnswerFits(parsed({ scales: { slaap: 6 } }), web, "nl")).toMatch(/"slaap" is geen onderdeel/);
    expect(checkAnswerFits(parsed({ scales: {}, marks: ["slaap"] }), web, "nl")).toMatch(/slaap/);
    expect(checkAnswerFits(parsed({ scales: {} }), web, "nl")).toMatch(/sla deze vraag over/);
    expect(checkAnswerFits({ kind: "value", value: 5 }, web, "nl")).toMatch(/cijfers per onderdeel/);
    expect(checkAnswerFits(parsed({ scales: { lichaam: 6 } }), { kind: "scale", min: 0, max: 10 })).toMatch(
      /expects a number/,
    );
  });

  it("accepts grades for some scales, or only a mark", () => {
    expect(checkAnswerFits(parsed({ scales: { meedoen: 0 } }), web, "nl")).toBeNull();
    expect(checkAnswerFits(parsed({ scales: {}, marks: ["lichaam"] }), web, "nl")).toBeNull();
  });

  it("shows the grades by name in the transcript, in the step's order, marks said as such", () => {
    const answer = parsed({ scales: { meedoen: 4, lichaam: 6 }, marks: ["meedoen"] });
    expect(answerAsText(answer, web)).toBe("Lichaam 6, Meedoen 4 (hier wil ik over praten)");
  });

  it("is stored and read back as it was given", () => {
    const given = normalizeAnswer({ scales: { lichaam: 6 }, marks: ["meedoen"] });
    expect(readAnswer(storeAnswer(given, "Lichaam 6")).given).toEqual(given);
  });
});

// The phase rules: what a contribution counts as, and the kind notes its author gets.
import { describe, expect, it } from "vitest";
import { phaseOf } from "./methods.ts";
import { isAdvice, kindOf, notesFor } from "./rules.ts";

const questions = phaseOf("incident", 1);
const listening = phaseOf("incident", 3);
const roddelQuestions = phaseOf("roddel", 1);
const open = phaseOf("vijfstappen", 3);

describe("kindOf", () => {
  it("tells questions, the case bringer's answers and asides, and other contributions apart", () => {
    expect(kindOf(questions, false)).toBe("question");
    expect(kindOf(questions, true)).toBe("answer");
    expect(kindOf(listening, true)).toBe("aside");
    expect(kindOf(listening, false)).toBe("contribution");
    expect(kindOf(open, true)).toBe("contribution");
  });
});

describe("notesFor", () => {
  const check = (over: Partial<Parameters<typeof notesFor>[0]>) =>
    notesFor({ phase: questions, kind: "question", text: "", locale: "nl", questionsBefore: 0, ...over }).map(
      (n) => n.type,
    );

  it("notes an advice in a question phase, including advice dressed as a question", () => {
    expect(check({ text: "Je moet haar doorverwijzen naar de POH." })).toEqual(["advice_in_question_phase"]);
    expect(check({ text: "Waarom probeer je niet eerst een gesprek met de familie?" })).toEqual([
      "advice_in_question_phase",
    ]);
    expect(check({ text: "You should refer her to the nurse.", locale: "en" })).toEqual([
      "advice_in_question_phase",
    ]);
  });

  it("lets questions pass, and advice where advice belongs", () => {
    expect(check({ text: "Hoe lang speelt dit al?" })).toEqual([]);
    expect(check({ text: "Wat maakte dat je twijfelde?" })).toEqual([]);
    expect(check({ phase: open, kind: "contribution", text: "Je moet haar doorverwijzen." })).toEqual([]);
  });

  it("reminds the case bringer who posts while only reading along", () => {
    expect(check({ phase: listening, kind: "aside", text: "Dat klopt niet helemaal" })).toEqual([
      "case_bringer_listens",
    ]);
  });

  it("notes a fourth question in the roddelmethode", () => {
    expect(check({ phase: roddelQuestions, text: "Wat deed je toen?", questionsBefore: 2 })).toEqual([]);
    expect(
      notesFor({
        phase: roddelQuestions,
        kind: "question",
        text: "Wat deed je toen?",
        locale: "nl",
        questionsBefore: 3,
      }),
    ).toEqual([{ type: "question_limit", max: 3 }]);
  });

  it("puts an identifier warning first, with the kinds found", () => {
    expect(
      notesFor({
        phase: questions,
        kind: "question",
        text: "Je moet mevrouw Jansen bellen op 06-12345678.",
        locale: "nl",
        questionsBefore: 0,
      }),
    ).toEqual([{ type: "identifiers", kinds: ["name", "phone"] }, { type: "advice_in_question_phase" }]);
  });

  it("reads advice with the classifier", () => {
    expect(isAdvice("Probeer eens een huisbezoek.", "nl")).toBe(true);
    expect(isAdvice("Heeft ze kinderen?", "nl")).toBe(false);
  });
});

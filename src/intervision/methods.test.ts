// The methods follow the domain notes: their steps in order, the rules where they apply, texts in
// both languages.
import { describe, expect, it } from "vitest";
import { locales } from "../locales.ts";
import { isLastPhase, METHOD_IDS, METHODS, phaseOf } from "./methods.ts";

describe("methods", () => {
  it("run their steps in the order of the domain notes", () => {
    const ids = (m: keyof typeof METHODS) => METHODS[m].phases.map((p) => p.id);
    expect(ids("incident")).toEqual(["casus", "vragen", "analyse", "advies", "opbrengst", "terugblik"]);
    expect(ids("roddel")).toEqual(["inbreng", "vragen", "roddel", "reactie", "evaluatie"]);
    expect(ids("vijfstappen")).toEqual(["vraag", "verkennen", "kern", "advies", "evaluatie"]);
    expect(ids("balint")).toEqual(["inbreng", "verheldering", "herkenning", "kern", "terugkoppeling"]);
  });

  it("have a question phase the case bringer rates, right after the case", () => {
    for (const id of METHOD_IDS) {
      expect(phaseOf(id, 0)).toMatchObject({ contributors: "caseBringer", section: "question" });
      expect(phaseOf(id, 1).rules).toMatchObject({ questionsOnly: true, ratesQuestions: true });
    }
  });

  it("let the case bringer only listen where the notes say so", () => {
    const listening = METHOD_IDS.flatMap((id) =>
      METHODS[id].phases.filter((p) => p.rules.caseBringerListens).map((p) => `${id}.${p.id}`),
    );
    expect(listening).toEqual(["incident.analyse", "incident.advies", "roddel.roddel"]);
    expect(phaseOf("roddel", 1).rules.maxQuestionsEach).toBe(3);
  });

  it("say every phase in Dutch and English", () => {
    for (const id of METHOD_IDS)
      for (const phase of METHODS[id].phases)
        for (const locale of locales) {
          expect(phase.text[locale].name.length).toBeGreaterThan(0);
          expect(phase.text[locale].instructions.length).toBeGreaterThan(20);
        }
  });

  it("know their last phase and refuse one they do not have", () => {
    expect(isLastPhase("incident", 5)).toBe(true);
    expect(isLastPhase("incident", 4)).toBe(false);
    expect(() => phaseOf("roddel", 5)).toThrow(RangeError);
  });
});

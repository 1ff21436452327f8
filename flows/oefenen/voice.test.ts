// What the practice flow hands the language model: the rules' line as the template, the sheet, and the hidden
// value and goal withheld until the patient's state allows them; a suicide question never goes to the model.
import { describe, expect, it } from "vitest";
import { guardPatientReply } from "../../src/llm/patient-guard.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import { personaIds } from "./personas.ts";
import { play } from "./play.ts";
import { scripts } from "./sessions-report.ts";
import { practiceDirective } from "./voice.ts";

describe("practiceDirective", () => {
  it("takes the rules' reply as template and message, and the trainee's words as heard", () => {
    const { context, replies } = play("henk", ["Hoeveel rookt u nog per dag?"]);
    const directive = practiceDirective(context, "nl");
    expect(directive).toMatchObject({
      name: "Henk",
      template: replies[0],
      message: `Henk: ${replies[0]}`,
      heard: "Hoeveel rookt u nog per dag?",
      acts: ["about"],
      speakerPrefix: "Henk: ",
    });
    expect(directive?.sheet).toEqual(expect.arrayContaining(nl.personas.henk.card));
    expect(directive?.frame("Tien.")).toBe("Henk: Tien.");
  });

  it("withholds the hidden value and the goal until the state allows them", () => {
    const early = practiceDirective(play("ans", ["Hoe gaat het?"]).context, "nl");
    expect(early?.withheld).toEqual(expect.arrayContaining([nl.personas.ans.value, nl.personas.ans.goal]));
    expect(early?.known).not.toContain(nl.personas.ans.value);

    const opened = play("ans", [
      "Hoe gaat het met je?",
      "Je bent vaak moe.",
      "Wat betekent dat voor je?",
      "Het raakt je.",
      "Vertel eens meer.",
      "Je wilt er zijn voor de kleinkinderen.",
    ]);
    expect(opened.context.patient.valueVoiced).toBe(true);
    const later = practiceDirective(opened.context, "nl");
    expect(later?.known).toContain(nl.personas.ans.value);
    expect(later?.withheld).not.toContain(nl.personas.ans.value);
    expect(later?.withheld).toContain(nl.personas.ans.goal);
  });

  it("leaves a question about suicidal thoughts to the written line, and the choice steps alone", () => {
    const { context, parts } = play("gerda", ["Heeft u weleens gedacht aan zelfmoord?"]);
    expect(parts[0]?.map((p) => p.pool)).toContain("suicide");
    expect(practiceDirective(context, "nl")).toBeUndefined();
    expect(practiceDirective({ ...context, reply: [] }, "nl")).toBeUndefined();
    expect(practiceDirective({ persona: null }, "nl")).toBeUndefined();
  });

  it("speaks the session's language", () => {
    const { context } = play("henk", ["How many do you smoke a day?"], "en");
    const directive = practiceDirective(context, "en");
    expect(directive?.locale).toBe("en");
    expect(directive?.sheet).toEqual(expect.arrayContaining(en.personas.henk.card));
  });
});

describe("the guards on the rules' own lines", () => {
  it("let every reply of the ten scripted trainees through, for every persona, so a fallback means the model strayed", () => {
    const refused: string[] = [];
    let checked = 0;
    for (const script of scripts)
      for (const persona of personaIds)
        for (let i = 1; i <= script.lines.length; i++) {
          const { context } = play(
            persona,
            script.lines.slice(0, i).map(([line]) => line),
            script.locale,
          );
          const directive = practiceDirective(context, script.locale);
          if (!directive) continue;
          checked++;
          const guarded = guardPatientReply(directive.template, directive, []);
          if (!guarded.ok)
            refused.push(`${script.name} ${persona} ${i} ${guarded.failed}: ${directive.template}`);
        }
    expect(checked).toBeGreaterThan(200);
    expect(refused).toEqual([]);
  });
});

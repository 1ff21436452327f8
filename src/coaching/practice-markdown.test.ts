// The Markdown export of a practice session holds the transcript (both sides, each turn's phase and its
// parts' labels), the figures, the feedback and the hidden profile; the trainee's words cannot add markup.
import { describe, expect, it } from "vitest";
import { en } from "../../flows/oefenen/content.en.ts";
import { nl } from "../../flows/oefenen/content.nl.ts";
import { play } from "../../flows/oefenen/play.ts";
import { toSummary } from "../../flows/oefenen/summary.ts";
import { practiceMarkdown } from "./practice-markdown.ts";

describe("practiceMarkdown", () => {
  const { context } = play("henk", [
    "U bent kortademig. Rookt u nog?",
    "Zullen we kijken wat u wilt veranderen?",
  ]);
  const md = practiceMarkdown(toSummary({ ...context, ended: "trainee" }, nl, true));

  it("writes the transcript with phases, labels and the patient's replies", () => {
    expect(md).toMatch(/^# Oefengesprek met Henk \(67\), COPD\n/);
    expect(md).toContain("### Beurt 1, fase 1 (volgend)");
    expect(md).toContain("**Jij:** U bent kortademig. *(reflectie)* Rookt u nog? *(gesloten vraag)*");
    expect(md).toContain("**Henk:** Een stuk of tien per dag.");
    expect(md).toContain("### Beurt 2, fase 1 (volgend) (overstap benoemd)");
  });

  it("adds the figures, the feedback with quotes and the hidden profile", () => {
    expect(md).toContain("## In getallen");
    expect(md).toContain("- Open vragen: 0; gesloten vragen: 2; reflecties: 1");
    expect(md).toContain("## Feedback");
    expect(md).toContain("  > Zullen we kijken wat u wilt veranderen?");
    expect(md).toContain("## Wie de patiënt was");
    expect(md).toContain("**Dit kwam je te weten:** roken");
  });

  it("shows the words as stored, each reply's voice and the trainee's notes on labels", () => {
    const stored = [
      { said: "U bent kortademig. Rookt u nog?", reply: "Ach, tien per dag, hoor.", voice: "model" as const },
      { said: "Zullen we kijken wat u wilt veranderen?", reply: "Goed.", voice: "rules" as const },
    ];
    const out = practiceMarkdown(toSummary({ ...context, ended: "trainee" }, nl, true), stored, [
      { turn: 1, part: 1, text: "Ik wilde *echt* weten of hij nog rookt." },
    ]);
    expect(out).toContain("**Jij:** U bent kortademig. *(reflectie)* Rookt u nog? *(gesloten vraag)*");
    expect(out).toContain("> *Dat bedoelde ik anders (gesloten vraag):* Ik wilde \\*echt\\* weten");
    expect(out).toContain("**Henk:** Ach, tien per dag, hoor. *(stem: taalmodel)*");
    expect(out).toContain("**Henk:** Goed. *(stem: regels)*");
    expect(out).not.toContain("Een stuk of tien per dag.");
  });

  it("escapes markup in the trainee's words and writes English for an English session", () => {
    const english = play("ans", ["Do you *really* smoke?"], "en").context;
    const out = practiceMarkdown(toSummary({ ...english, ended: "trainee" }, en, true));
    expect(out).toContain("Do you \\*really\\* smoke?");
    expect(out).toContain("### Turn 1, phase 1 (following)");
  });
});

// The PDF of a practice session holds what the Markdown export holds, read back from its text: the
// transcript with phases and labels, the replies as stored with their voice, the trainee's note on a
// label, the figures, the feedback and the patient's profile.
import { describe, expect, it } from "vitest";
import { en } from "../../flows/oefenen/content.en.ts";
import { nl } from "../../flows/oefenen/content.nl.ts";
import { play } from "../../flows/oefenen/play.ts";
import { toSummary } from "../../flows/oefenen/summary.ts";
import { pdfText } from "../../test/support/pdf-text.ts";
import { practicePdf } from "./practice-pdf.ts";

const date = new Date("2026-12-03T16:00:00Z");

describe("practicePdf", () => {
  const { context } = play("henk", [
    "U bent kortademig. Rookt u nog?",
    "Zullen we kijken wat u wilt veranderen?",
  ]);
  const summary = toSummary({ ...context, ended: "trainee" }, nl, true);

  it("writes the transcript with phases, labels, the stored replies and their voice, and a note", async () => {
    const text = await pdfText(
      await practicePdf(summary, {
        date,
        stored: [
          { said: "U bent kortademig. Rookt u nog?", reply: "Ach, tien per dag, hoor.", voice: "model" },
          { said: "Zullen we kijken wat u wilt veranderen?", reply: "Goed.", voice: "rules" },
        ],
        notes: [{ turn: 1, part: 1, text: "Ik wilde weten of hij nog rookt." }],
      }),
    );
    expect(text).toContain("Oefengesprek met Henk (67), COPD");
    expect(text).toContain("3 december 2026");
    expect(text).toContain("Beurt 1, fase 1 (volgend)");
    expect(text).toContain("U bent kortademig. (reflectie) Rookt u nog? (gesloten vraag)");
    expect(text).toContain("Ach, tien per dag, hoor. (stem: taalmodel)");
    expect(text).toContain("Goed. (stem: regels)");
    expect(text).toContain("Dat bedoelde ik anders (gesloten vraag): Ik wilde weten of hij nog rookt.");
    expect(text).toContain("Open vragen: 0; gesloten vragen: 2; reflecties: 1");
    expect(text).toContain("Feedback");
    expect(text).toContain("Wie de patiënt was");
    expect(text).toContain("Dit kwam je te weten");
  });

  it("without stored turns it has the rules' lines, and it is English for an English session", async () => {
    const rules = await pdfText(await practicePdf(summary, { date }));
    expect(rules).toContain("Een stuk of tien per dag.");
    expect(rules).not.toContain("stem:");
    const english = play("ans", ["How are you doing?"], "en").context;
    const text = await pdfText(
      await practicePdf(toSummary({ ...english, ended: "trainee" }, en, true), { date }),
    );
    expect(text).toContain("Turn 1, phase 1 (following)");
    expect(text).toContain("(open question)");
    expect(text).toContain("Who the patient was");
  });
});

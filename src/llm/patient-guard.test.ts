// Each guard on the patient's generated reply rejects what it must and lets an ordinary reply through.
import { describe, expect, it } from "vitest";
import type { PatientDirective } from "./patient-directive.ts";
import { cleanReply, guardPatientReply } from "./patient-guard.ts";

const directive = (over: Partial<PatientDirective> = {}): PatientDirective => ({
  kind: "patient",
  locale: "nl",
  region: "NL",
  name: "Henk",
  sheet: ["Henk is 67 en heeft COPD. Hij rookt nog."],
  template: "Een stuk of tien per dag. Minder dan vroeger, hoor.",
  acts: ["about"],
  withheld: ["Wat ik echt wil: met mijn kleinzoon Mark gaan vissen bij de steiger."],
  known: [],
  heard: "Hoeveel rookt u nog per dag?",
  message: "Henk: Een stuk of tien per dag. Minder dan vroeger, hoor.",
  frame: (words) => `Henk: ${words}`,
  speakerPrefix: "Henk: ",
  ...over,
});

const check = (text: string, over: Partial<PatientDirective> = {}, history = []) =>
  guardPatientReply(text, directive(over), history);

describe("guardPatientReply", () => {
  it("lets an ordinary reply in the patient's words through, cleaned", () => {
    expect(check('Henk: "Tien per dag, zo ongeveer. Vroeger was het meer, hoor."')).toEqual({
      ok: true,
      text: "Tien per dag, zo ongeveer. Vroeger was het meer, hoor.",
    });
  });

  it("refuses a reply out of role: as an AI, as the coach, about the exercise", () => {
    expect(check("Als AI-assistent kan ik daar niets over zeggen.")).toEqual({ ok: false, failed: "role" });
    expect(check("Goede vraag! Dit is een open vraag in fase 1.")).toEqual({ ok: false, failed: "role" });
    expect(check("Zorgverlener: En hoe gaat het met slapen?")).toEqual({ ok: false, failed: "role" });
    expect(check("I am an AI language model.", { locale: "en" })).toEqual({ ok: false, failed: "role" });
  });

  it("refuses medical advice and doses", () => {
    expect(check("U moet eigenlijk gewoon stoppen met roken, dokter.")).toEqual({
      ok: false,
      failed: "advice",
    });
    expect(check("Ik raad iedereen pufjes aan, echt waar.")).toEqual({ ok: false, failed: "advice" });
    expect(check("You should quit, doctor.", { locale: "en" })).toEqual({ ok: false, failed: "advice" });
  });

  it("refuses a number that nobody said", () => {
    expect(check("Een stuk of twintig per dag, denk ik.")).toEqual({ ok: false, failed: "number" });
    expect(check("Tien per dag. Ik ben 67, dus wat wil je.").ok).toBe(true);
  });

  it("refuses a reply that gives away what is withheld, unless it was said before", () => {
    expect(check("Tien per dag. Ik wil eigenlijk gewoon met Mark gaan vissen.")).toEqual({
      ok: false,
      failed: "discloses",
    });
    const told = [{ trainee: "Wie is Mark?", patient: "Mijn kleinzoon. Die gaat graag vissen." }];
    expect(
      guardPatientReply("Tien per dag. Mark vindt dat niks, die gaat liever vissen.", directive(), told).ok,
    ).toBe(true);
  });

  it("refuses a reply that is too long or empty", () => {
    expect(check("Ja. ".repeat(8))).toEqual({ ok: false, failed: "length" });
    expect(check(`Nou, ${"ik weet het niet zo goed ".repeat(20)}.`)).toEqual({ ok: false, failed: "length" });
    expect(check(" ")).toEqual({ ok: false, failed: "length" });
  });

  it("refuses a reply in the other language", () => {
    expect(check("About ten a day, I think. It was more before, you know.")).toEqual({
      ok: false,
      failed: "language",
    });
    expect(check("Ongeveer tien per dag, denk ik.", { locale: "en", template: "About ten a day." })).toEqual({
      ok: false,
      failed: "language",
    });
  });

  it("refuses a reply the safety screen would not let pass", () => {
    expect(
      check("Tien per dag. Soms denk ik dat ik er beter niet meer kan zijn, dan ben ik overal vanaf."),
    ).toEqual({
      ok: false,
      failed: "safety",
    });
  });
});

describe("cleanReply", () => {
  it("takes off quotes, the name in front and line breaks", () => {
    expect(cleanReply("**Henk:** „Nou,\n ja.”", "Henk")).toBe("Nou, ja.");
  });
});

// Tests for reading a turn in parts as MITI counts them: mixed turns, summaries with a check, permission
// requests, advice dressed as a question or as the professional's own decision, English in a Dutch session.
import { describe, expect, it } from "vitest";
import type { Locale } from "../locales.ts";
import { languageOf, readTurn } from "./parts.ts";

const kinds = (text: string, lang: Locale = "nl") => readTurn(text, lang).parts.map((p) => p.kind);

describe("readTurn", () => {
  it("counts a reflection followed by a question as one of each", () => {
    expect(kinds("Het klinkt alsof het zwaar is. Hoe gaat u daarmee om?")).toEqual(["reflection", "open"]);
    expect(kinds("Je bent boos, maar wat wil je zelf?")).toEqual(["reflection", "open"]);
    expect(kinds("It sounds hard. How do you cope?", "en")).toEqual(["reflection", "open"]);
  });

  it("keeps two reflections joined by 'en' as one", () => {
    expect(kinds("Je bent moe en je slaapt slecht.")).toEqual(["reflection"]);
  });

  it("reads a summary with 'klopt dat?' as one reflection, for the turn too", () => {
    const r = readTurn("Samengevat: het is zwaarder dan u laat merken. Klopt dat?", "nl");
    expect(r.parts.map((p) => p.kind)).toEqual(["reflection"]);
    expect(r.classification.behaviour).toBe("reflection");
  });

  it("gives a permission request its own kind", () => {
    expect(kinds("Mag ik u iets vertellen over stoppen met roken?")).toEqual(["permission"]);
    expect(kinds("May I tell you a bit about inhalers?", "en")).toEqual(["permission"]);
  });

  it("counts advice dressed as a question, a prescription and an unasked course as input", () => {
    expect(kinds("Heeft u al eens overwogen te stoppen?")).toEqual(["advice"]);
    expect(kinds("Zou het niet beter zijn om minder te drinken?")).toEqual(["advice"]);
    expect(kinds("Have you considered cutting down?", "en")).toEqual(["advice"]);
    expect(kinds("Ik schrijf u nicotinepleisters voor.")).toEqual(["advice"]);
    expect(kinds("Er is ook een cursus om te stoppen met roken.")).toEqual(["information"]);
    expect(readTurn("Heeft u al eens overwogen te stoppen?", "nl").classification.behaviour).toBe("input");
  });

  it("does not read a plain closed question as advice", () => {
    expect(kinds("Kun je niet slapen?")).toEqual(["closed"]);
  });

  it("reads English typed in a Dutch session with the English rules", () => {
    expect(languageOf("How do you feel about that?", "nl")).toBe("en");
    expect(languageOf("Hoe voelt u zich?", "nl")).toBe("nl");
    const r = readTurn("What would you like to change?", "nl");
    expect(r.lang).toBe("en");
    expect(r.classification).toMatchObject({ behaviour: "question", question: "open", stance: "activerend" });
  });
});

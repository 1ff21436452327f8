// Table test: which answers get which acknowledgement, in Dutch and English, which get none (look-alikes
// and feelings said to be gone), and that the words are warm without advice or a diagnosis.
import { describe, expect, it } from "vitest";
import type { Locale } from "../locales.ts";
import { acknowledge, type Feeling, feelingIn } from "./acknowledge";

const cases: ReadonlyArray<[Locale, string, Feeling | undefined]> = [
  ["nl", "Mijn moeder is vorig jaar overleden", "loss"],
  ["nl", "Sinds de begrafenis van mijn broer gaat het minder", "loss"],
  ["nl", "Ik ben mijn man verloren in de zomer", "loss"],
  ["nl", "Ik zit nog midden in de rouw", "loss"],
  ["nl", "Ik heb veel pijn in mijn rug", "pain"],
  ["nl", "Niet zo best... rug doet vaak pijn", "pain"],
  ["nl", "Mijn knie doet zeer bij het traplopen", "pain"],
  ["nl", "Ik ben de hele dag moe", "fatigue"],
  ["nl", "Ik slaap slecht en heb weinig energie", "fatigue"],
  ["nl", "Na het werk ben ik doodop", "fatigue"],
  ["nl", "Ik maak me zorgen over mijn hart", "worry"],
  ["nl", "Ik ben bang dat het erger wordt", "worry"],
  ["nl", "Ik lig 's nachts te piekeren", "worry"],
  ["nl", "Ik voel me somber", "sadness"],
  ["nl", "Ik ben vaak eenzaam sinds de verhuizing", "sadness"],
  ["nl", "Ik moet veel huilen", "sadness"],
  ["nl", "Ik wil meer bewegen", undefined],
  ["nl", "Ik ga op vakantie", undefined],
  ["nl", "Ik zorg graag voor mijn kleinkinderen", undefined],
  ["nl", "Zorgen voor de tuin maakt me blij", undefined],
  ["nl", "Ik heb gelukkig geen pijn meer", undefined],
  ["nl", "Ik ben niet meer zo moe als vorig jaar", undefined],
  ["nl", "Ik heb nergens last van, ik voel me goed", undefined],
  ["en", "My husband died last spring", "loss"],
  ["en", "I lost my wife two years ago", "loss"],
  ["en", "Still grieving for my dad", "loss"],
  ["en", "My knee hurts when I walk", "pain"],
  ["en", "Lots of back pain lately", "pain"],
  ["en", "I am exhausted all the time", "fatigue"],
  ["en", "I can't sleep at night", "fatigue"],
  ["en", "I'm worried about my blood pressure", "worry"],
  ["en", "I feel anxious before appointments", "worry"],
  ["en", "I feel sad most days", "sadness"],
  ["en", "I've been feeling low and lonely", "sadness"],
  ["en", "I would like to walk more", undefined],
  ["en", "I lost my keys again", undefined],
  ["en", "I sit down in the garden every evening", undefined],
  ["en", "No pain any more since the operation", undefined],
  ["en", "I'm not tired at all these days", undefined],
];

describe("acknowledge", () => {
  it.each(cases)("%s: %s -> %s", (lang, answer, feeling) => {
    expect(feelingIn(answer, lang)).toBe(feeling);
    const text = acknowledge(answer, lang);
    if (feeling === undefined) expect(text).toBeUndefined();
    else expect(text).toMatch(/^[A-Z][^.!?]*[.]$/);
  });

  it("names pain and tiredness together when both are there", () => {
    expect(acknowledge("Niet zo best... rug doet vaak pijn... snel moe", "nl")).toBe(
      "Pijn en moe zijn, dat klinkt zwaar.",
    );
    expect(acknowledge("My back hurts and I'm always tired", "en")).toBe(
      "Pain and tiredness together, that sounds hard.",
    );
  });

  it("never gives advice or names a condition", () => {
    const said = cases.map(([lang, answer]) => acknowledge(answer, lang) ?? "");
    said.push(acknowledge("pijn en moe", "nl") ?? "", acknowledge("pain, tired", "en") ?? "");
    for (const text of said) {
      expect(text).not.toMatch(/\b(moet|probeer|zou je|should|try|depressie|depression|burn-?out)\b/i);
    }
  });
});

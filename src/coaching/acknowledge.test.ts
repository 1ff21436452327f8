// Table test: which answers get which acknowledgement, in Dutch and English, and which get none.
import { describe, expect, it } from "vitest";
import { type AckLang, acknowledge, type Feeling, feelingIn } from "./acknowledge";

const cases: ReadonlyArray<[AckLang, string, Feeling | undefined]> = [
  ["nl", "Mijn moeder is vorig jaar overleden", "loss"],
  ["nl", "Ik heb veel pijn in mijn rug", "pain"],
  ["nl", "Ik ben de hele dag moe", "fatigue"],
  ["nl", "Ik maak me zorgen over mijn hart", "worry"],
  ["nl", "Ik voel me somber", "sadness"],
  ["nl", "Ik wil meer bewegen", undefined],
  ["nl", "Ik ga op vakantie", undefined],
  ["en", "My husband died last spring", "loss"],
  ["en", "My knee hurts when I walk", "pain"],
  ["en", "I am exhausted all the time", "fatigue"],
  ["en", "I'm worried about my blood pressure", "worry"],
  ["en", "I feel sad most days", "sadness"],
  ["en", "I would like to walk more", undefined],
];

describe("acknowledge", () => {
  it.each(cases)("%s: %s -> %s", (lang, answer, feeling) => {
    expect(feelingIn(answer, lang)).toBe(feeling);
    const text = acknowledge(answer, lang);
    if (feeling === undefined) expect(text).toBeUndefined();
    else expect(text).toMatch(/\.$/);
  });

  it("never gives advice", () => {
    for (const [lang, answer] of cases) {
      expect(acknowledge(answer, lang) ?? "").not.toMatch(/\b(moet|probeer|should|try)\b/i);
    }
  });
});

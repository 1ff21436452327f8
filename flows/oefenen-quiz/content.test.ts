// The quiz items: at least 12 per language, written for every id in both languages, every phase well
// represented, and the utterance classifier agreeing with the key on most of them (a sanity check that
// the items are clear examples; the key, not the classifier, is the truth).
import { describe, expect, it } from "vitest";
import { classify } from "../../src/coaching/classify.ts";
import { readTurn } from "../../src/coaching/parts.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import { answerKey, itemIds, skillOf, skills } from "./items.ts";

/** Words that name the answer instead of letting the trainee see it in what the professional does. */
const GIVEAWAY = {
  nl: /\b(?:volg\w*|activer\w*|expert\w*|verander\w*|advies|adviseer\w*|tips?|informatie|doel\w*|fase\w*)\b/i,
  en: /\b(?:follow\w*|activat\w*|expert\w*|chang\w*|advice|advise\w*|tips?|information|goals?|phases?)\b/i,
};

describe("quiz content", () => {
  it("has at least 12 items per language, each with context, utterance and explanation", () => {
    for (const content of [nl, en]) {
      expect(Object.keys(content.items).sort()).toEqual([...itemIds].sort());
      expect(itemIds.length).toBeGreaterThanOrEqual(12);
      for (const id of itemIds) {
        const item = content.items[id];
        for (const text of [item.patient, item.professional, item.explanation])
          expect(text.trim().length, `${content.locale} ${id}`).toBeGreaterThan(10);
      }
    }
  });

  it("has at least 40 items, each testing one skill, every skill at least three times", () => {
    expect(itemIds.length).toBeGreaterThanOrEqual(40);
    for (const skill of skills)
      expect(itemIds.filter((id) => skillOf[id] === skill).length, skill).toBeGreaterThanOrEqual(3);
  });

  for (const content of [nl, en])
    it(`gives nothing away in the professional's words (${content.locale})`, () => {
      const giveaways = itemIds.filter((id) => GIVEAWAY[content.locale].test(content.items[id].professional));
      expect(giveaways).toEqual([]);
    });

  it("mends the two questionable keys: a reflection before the question, a wish before 'what helped'", () => {
    for (const content of [nl, en]) {
      const parts = readTurn(content.items.belangrijkst.professional, content.locale).parts;
      expect(parts[0]?.kind, content.locale).toBe("reflection");
      expect(content.items["vorige-keer"].patient).toMatch(/wil|want/);
    }
    expect(answerKey.belangrijkst).toBe("volgend");
    expect(answerKey["vorige-keer"]).toBe("activerend");
  });

  it("has at least four items per phase", () => {
    for (const phase of ["volgend", "activerend", "expert"] as const)
      expect(itemIds.filter((id) => answerKey[id] === phase).length).toBeGreaterThanOrEqual(4);
  });

  for (const content of [nl, en])
    it(`mostly agrees with the classifier (${content.locale})`, () => {
      const agree = itemIds.filter(
        (id) => classify(content.items[id].professional, content.locale).stance === answerKey[id],
      );
      expect(agree.length / itemIds.length).toBeGreaterThanOrEqual(0.75);
    });
});

// The quiz items: at least 12 per language, written for every id in both languages, every phase well
// represented, and the utterance classifier agreeing with the key on most of them (a sanity check that
// the items are clear examples; the key, not the classifier, is the truth).
import { describe, expect, it } from "vitest";
import { classify } from "../../src/coaching/classify.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import { answerKey, itemIds } from "./items.ts";

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

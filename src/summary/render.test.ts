// The summary's sections: the question for the visit first, and no two items with the same label.
import { describe, expect, it } from "vitest";
import { locales } from "../locales.ts";
import { summaryLabels } from "./labels.ts";
import { summarySections } from "./render.ts";
import type { Summary } from "./schema.ts";

const fullSummary: Summary = {
  flow: "reflectie",
  locale: "nl",
  region: "NL",
  complete: true,
  matters: {
    happy: "wandelen",
    more: "rust",
    past: "zwemmen",
    present: "de tuin",
    future: "fietsen",
    addition: null,
  },
  health: { experience: "redelijk", grade: 6 },
  wants: {
    notNow: false,
    theme: "Meedoen",
    wish: "vaker afspreken",
    importance: 8,
    importanceWhy: "minder alleen",
    confidence: 6,
    confidenceWhy: "ik heb al gemaild",
  },
  firstStep: { notNow: false, what: "Ans bellen", when: "morgen", who: "mijn zus" },
  visit: {
    mainQuestion: "hoe slaap ik beter?",
    helpWith: "mijn slaap",
    otherTopics: null,
    complaint: "knie",
    threeQuestions: true,
    socialHelp: true,
  },
  spinnenweb: [
    { dimension: "lichaam", label: "Lichaam", grade: 6, talk: false },
    { dimension: "meedoen", label: "Meedoen", grade: 4, talk: true },
  ],
};

describe("summarySections", () => {
  for (const locale of locales) {
    it(`puts the main question first and labels every item distinctly (${locale})`, () => {
      const sections = summarySections({ ...fullSummary, locale }, locale);
      expect(sections[0]?.id).toBe("visit");
      expect(sections[0]?.items[0]).toMatchObject({
        label: summaryLabels[locale].mainQuestion,
        text: "hoe slaap ik beter?",
      });
      const labels = sections.flatMap((s) => s.items.map((i) => i.label));
      expect(new Set(labels).size).toBe(labels.length);
      const headings = sections.map((s) => s.heading);
      for (const label of labels) expect(headings).not.toContain(label);
    });
  }
});

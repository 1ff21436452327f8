// How a reflection joins the coach's lead or becomes a button, in Dutch and English.
import { describe, expect, it } from "vitest";
import { reflect } from "./reflect.ts";
import { labelWith, phraseOf, sentenceWith } from "./reflect-lead.ts";

describe("sentenceWith", () => {
  it.each([
    ["nl", "Je wordt blij van", "Van mijn kleinkinderen", "Je wordt blij van je kleinkinderen."],
    [
      "nl",
      "Je wordt blij van",
      "Van mijn kleinkinderen en van wandelen, al lukt dat niet zo door mijn rug.",
      "Je wordt blij van je kleinkinderen en van wandelen.",
    ],
    ["nl", "Je wordt blij van", "zingen in het koor.", "Je wordt blij van zingen in het koor."],
    ["nl", "Je wordt blij van", "Ik word blij van de zon", "Je wordt blij van de zon."],
    ["nl", "Je wilt graag meer", "Meer bewegen", "Je wilt graag meer bewegen."],
    ["nl", "Je wilt graag meer", "rust", "Je wilt graag meer rust."],
    [
      "nl",
      "Je eerste stap:",
      "Twee keer per week wandelen met mijn buurvrouw.",
      "Je eerste stap: twee keer per week wandelen met je buurvrouw.",
    ],
    [
      "nl",
      "Over je gezondheid zeg je:",
      "Niet zo best... rug doet pijn",
      "Over je gezondheid zeg je: niet zo best, je rug doet pijn.",
    ],
    ["nl", "Je wordt blij van", "COPD-groep op dinsdag", "Je wordt blij van COPD-groep op dinsdag."],
    [
      "en",
      "You are happy with",
      "My grandchildren and walking",
      "You are happy with your grandchildren and walking.",
    ],
    ["en", "You would like more", "More exercise!", "You would like more exercise."],
    ["en", "You would like more", "I want to see my friends", "You want to see your friends."],
  ] as const)("%s: %s + %s", (lang, lead, answer, expected) => {
    expect(sentenceWith(lead, reflect(answer, lang))).toBe(expected);
  });

  it("puts a whole sentence after `about` when given", () => {
    expect(sentenceWith("Vroeger deed je graag:", reflect("Ik zwom veel", "nl"), "Over vroeger:")).toBe(
      "Over vroeger: je zwom veel.",
    );
    expect(sentenceWith("Vroeger deed je graag:", reflect("zwemmen", "nl"), "Over vroeger:")).toBe(
      "Vroeger deed je graag: zwemmen.",
    );
  });

  it("gives nothing for an answer better not repeated", () => {
    expect(sentenceWith("Je wordt blij van", reflect("zie www.voorbeeld.nl", "nl"))).toBeUndefined();
  });

  it("never doubles a word, never quotes, ends once", () => {
    // Only the lead's own word, twice: nothing is left to say back, so the coach only thanks.
    expect(sentenceWith("Je wordt blij van", reflect("van van", "nl"))).toBeUndefined();
    for (const answer of ["Van de zee", "meer meer", "Meer tijd.", "rust!!"]) {
      const text = sentenceWith("Je wordt blij van", reflect(answer, "nl")) ?? "";
      expect(text).not.toMatch(/\b(\w+) \1 \b/i);
      expect(text).not.toMatch(/["“”]/);
      expect(text).toMatch(/[^.!?]\.$/);
    }
  });
});

describe("labelWith", () => {
  it.each([
    ["nl", "Meer", "Meer bewegen", "Meer bewegen"],
    ["nl", "Meer", "rust", "Meer rust"],
    ["nl", "Meer", "tijd met mijn kleinkinderen", "Meer tijd met je kleinkinderen"],
    ["nl", "Meer", "Ik wil meer bewegen", "Je wilt meer bewegen"],
    ["en", "More", "More exercise", "More exercise"],
    ["en", "More", "time with my dog", "More time with your dog"],
  ] as const)("%s: %s + %s", (lang, lead, answer, expected) => {
    expect(labelWith(lead, reflect(answer, lang))).toBe(expected);
  });
});

describe("phraseOf", () => {
  it("gives a lowercase phrase, and nothing for a whole sentence", () => {
    expect(phraseOf(reflect("Meer bewegen", "nl"))).toBe("meer bewegen");
    expect(phraseOf(reflect("Ik wil afvallen", "nl"))).toBeUndefined();
  });
});

// Table and property tests for the reflection: first person in, second person out, in Dutch and English.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { reflect } from "./reflect";

// [first-person form, second person subject-first, second person inverted]
const NL_VERBS: [string, string, string][] = [
  ["ben", "bent", "ben"],
  ["heb", "hebt", "heb"],
  ["kan", "kunt", "kun"],
  ["zal", "zult", "zul"],
  ["wil", "wilt", "wil"],
  ["mag", "mag", "mag"],
  ["ga", "gaat", "ga"],
  ["sta", "staat", "sta"],
  ["doe", "doet", "doe"],
  ["zie", "ziet", "zie"],
  ["loop", "loopt", "loop"],
  ["werk", "werkt", "werk"],
  ["slaap", "slaapt", "slaap"],
  ["voel", "voelt", "voel"],
  ["denk", "denkt", "denk"],
  ["vind", "vindt", "vind"],
  ["eet", "eet", "eet"],
  ["word", "wordt", "word"],
  ["blijf", "blijft", "blijf"],
  ["weet", "weet", "weet"],
  ["moet", "moet", "moet"],
  ["maak", "maakt", "maak"],
  ["hoop", "hoopt", "hoop"],
  ["mis", "mist", "mis"],
  ["zit", "zit", "zit"],
  ["lig", "ligt", "lig"],
  ["kom", "komt", "kom"],
  ["zoek", "zoekt", "zoek"],
  ["praat", "praat", "praat"],
  ["pieker", "piekert", "pieker"],
  ["huil", "huilt", "huil"],
  ["hoor", "hoort", "hoor"],
  ["probeer", "probeert", "probeer"],
  ["leef", "leeft", "leef"],
  ["drink", "drinkt", "drink"],
  ["rook", "rookt", "rook"],
  ["fiets", "fietst", "fiets"],
  ["zorg", "zorgt", "zorg"],
  ["twijfel", "twijfelt", "twijfel"],
  ["schrik", "schrikt", "schrik"],
  ["was", "was", "was"],
  ["had", "had", "had"],
  ["kon", "kon", "kon"],
  ["werkte", "werkte", "werkte"],
  ["wilde", "wilde", "wilde"],
  ["ging", "ging", "ging"],
  ["sliep", "sliep", "sliep"],
  ["voelde", "voelde", "voelde"],
  ["dacht", "dacht", "dacht"],
  ["werd", "werd", "werd"],
];

const nlPairs: [string, string][] = [];
for (const [ik, je, inv] of NL_VERBS) {
  nlPairs.push([`ik ${ik} daar mee bezig`, `Je ${je} daar mee bezig`]);
  nlPairs.push([`Nu ${ik} ik daar mee bezig.`, `Nu ${inv} je daar mee bezig`]);
  nlPairs.push([`Soms ${ik} ik het niet, maar dat is oké`, `Soms ${inv} je het niet`]);
}
nlPairs.push(
  ["Ik voel me moe", "Je voelt je moe"],
  ["Mijn rug doet pijn", "Je rug doet pijn"],
  ["zingen met mijn zus", "zingen met je zus"],
  ["Ik wil dat ik beter slaap", "Je wilt dat je beter slaapt"],
  ["Ik weet dat ik moe ben", "Je weet dat je moe bent"],
  ["Ik hoop dat ik morgen kan gaan", "Je hoopt dat je morgen kunt gaan"],
  ["We zijn bang", "Jullie zijn bang"],
  ["Ik zorg voor mezelf", "Je zorgt voor jezelf"],
  ["- ik ben op!!!", "Je bent op"],
);

const EN_VERBS: [string, string][] = [
  ["am", "are"],
  ["was", "were"],
  ["feel", "feel"],
  ["have", "have"],
  ["can", "can"],
  ["want", "want"],
  ["sleep", "sleep"],
  ["worry", "worry"],
  ["think", "think"],
  ["need", "need"],
  ["hope", "hope"],
  ["work", "work"],
  ["walk", "walk"],
  ["miss", "miss"],
  ["try", "try"],
  ["cry", "cry"],
  ["eat", "eat"],
  ["drink", "drink"],
  ["smoke", "smoke"],
  ["wonder", "wonder"],
  ["had", "had"],
  ["felt", "felt"],
  ["could", "could"],
  ["would", "would"],
  ["will", "will"],
  ["should", "should"],
  ["must", "must"],
  ["keep", "keep"],
  ["get", "get"],
  ["lie", "lie"],
  ["sit", "sit"],
  ["wake", "wake"],
  ["lost", "lost"],
  ["doubt", "doubt"],
  ["fear", "fear"],
  ["love", "love"],
  ["hate", "hate"],
  ["like", "like"],
  ["know", "know"],
  ["see", "see"],
  ["hear", "hear"],
  ["go", "go"],
  ["come", "come"],
  ["stay", "stay"],
  ["breathe", "breathe"],
  ["struggle", "struggle"],
  ["manage", "manage"],
  ["cope", "cope"],
  ["care", "care"],
  ["wait", "wait"],
];
const enPairs: [string, string][] = [];
for (const [i, you] of EN_VERBS) {
  enPairs.push([`I ${i} it with my family`, `You ${you} it with your family`]);
  enPairs.push([`Sometimes I ${i} it myself.`, `Sometimes you ${you} it yourself`]);
  enPairs.push([`I ${i} it for us, but it is hard`, `You ${you} it for you`]);
}
enPairs.push(
  ["I'm tired", "You're tired"],
  ["Am I too late", "Are you too late"],
  ["My back hurts; it has for weeks", "Your back hurts"],
  ["We've tried everything", "You've tried everything"],
);

describe("reflect, Dutch table", () => {
  it("has at least 150 pairs", () => expect(nlPairs.length).toBeGreaterThanOrEqual(150));
  it.each(nlPairs)("%s -> %s", (input, expected) => {
    expect(reflect(input, "nl")).toMatchObject({ kind: "reflected", text: expected });
  });
});

describe("reflect, English table", () => {
  it("has at least 150 pairs", () => expect(enPairs.length).toBeGreaterThanOrEqual(150));
  it.each(enPairs)("%s -> %s", (input, expected) => {
    expect(reflect(input, "en")).toMatchObject({ kind: "reflected", text: expected });
  });
});

describe("reflect, unsafe answers are acknowledged without quoting", () => {
  it.each([
    ["zie https://example.org", "nl"],
    ["bel me op 0612345678", "nl"],
    ["jij snapt het niet", "nl"],
    ["you don't get it", "en"],
    ["is this normal?", "en"],
    ["", "en"],
    [`${"heel ".repeat(30)}moe`, "nl"],
  ] as const)("%s", (input, lang) => {
    expect(reflect(input, lang)).toEqual({ kind: "acknowledged" });
  });
});

describe("reflect, properties", () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/);
  const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((w) => w.join(" "));
  it("never leaves a first-person pronoun in a reflection", () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom("nl" as const, "en" as const), (s, lang) => {
        const r = reflect(s, lang);
        if (r.kind === "reflected") {
          const bad = lang === "nl" ? /\b(ik|mij|mijn|mezelf)\b/i : /\b(i|me|my|myself)\b/i;
          expect(r.text).not.toMatch(bad);
        }
      }),
    );
  });
  it("never ends with punctuation and starts with a capital", () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom("!", ".", "...", " ;"), (s, p) => {
        const r = reflect(`${s}${p}`, "nl");
        if (r.kind === "reflected") {
          expect(r.text).not.toMatch(/[.!;,\s]$/);
          if (r.sentence) expect(r.text[0]).toBe(r.text[0]?.toUpperCase());
        }
      }),
    );
  });
  it("keeps a reflection short", () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const r = reflect(s, "en");
        if (r.kind === "reflected") expect(r.text.split(" ").length).toBeLessThanOrEqual(18);
      }),
    );
  });
});

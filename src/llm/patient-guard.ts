// The checks every generated reply of the simulated patient must pass before it is used; any failure and
// the rules' template line is used instead. Pure: the words in, the cleaned words or the failed check out.
import type { Locale } from "../locales.ts";
import { screen } from "../safety/screen.ts";
import { screenLevels } from "../safety/types.ts";
import type { Exchange, PatientDirective } from "./patient-directive.ts";

export type GuardFailure = "role" | "advice" | "discloses" | "number" | "length" | "language" | "safety";
export type Guarded = { ok: true; text: string } | { ok: false; failed: GuardFailure };

/**
 * Longer than this, or more sentences than this, is not a patient's turn in a consultation; a template that
 * joins several lines may take half as much again.
 */
const MAX_CHARS = 420;
const MAX_SENTENCES = 5;

const sentencesOf = (text: string) => text.split(/[.!?…]+(\s|$)/).filter((s) => s.trim().length > 0).length;

// Speaking as an AI, an assistant or the coach, or about the exercise itself.
const outOfRole = [
  /\b(als|as an?|i am an?|i'm an?|ik ben (een )?)\s*(ai|a\.i\.|taalmodel|language model|assistent|assistant|chatbot|virtuele|virtual)\b/i,
  /\b(taalmodel|language model|openai|chatgpt|rollenspel|role-?play|simulatie|simulation|trainee|feedback|gg\/zz)\b/i,
  /\b(fase|phase) [123]\b/i,
  /^\s*(zorgverlener|praktijkondersteuner|huisarts|dokter|arts|coach|trainee|clinician|doctor|nurse|assistant|assistent|user|gebruiker)\s*:/i,
];

// Telling the trainee what to do, or a dose: the patient never advises.
const advice = [
  /\b(u|je|jij|jullie)\s+(moet|moeten|zou(dt)?\s+moeten|kunt\s+beter|kan\s+beter|zou\s+beter)\b/i,
  /\bik\s+(raad|adviseer)\b/i,
  /\bmijn\s+advies\b/i,
  /\byou\s+(should|must|need\s+to(?!\s+know\b)|ought\s+to|had\s+better)\b/i,
  /\bi\s+(recommend|advise|suggest)\b/i,
  /\bmy\s+advice\b/i,
  /\b\d+([.,]\d+)?\s?(mg|milligram|ml|mcg|µg|microgram|ie|iu|eenheden|units)\b/i,
];

// Short, frequent words per language: a reply must lean towards the session's.
const common: Record<Locale, ReadonlySet<string>> = {
  nl: new Set(
    "de het een en ik je dat niet met op van voor maar wel nog ook zijn er wat mijn u heb hoe dan al naar weet echt nou ja nee hoor eigenlijk gewoon toch zo me we ze hij zij dit die daar hier zou kan wil ben was niks iets zeg".split(
      " ",
    ),
  ),
  en: new Set(
    "the a and i you that not with on of for but it my have what to was are just yes no really well so do don't it's i'm i'd me we he she they this there be been would could say being".split(
      " ",
    ),
  ),
};

// Long words too common to give anything away.
const plain = new Set(
  "eigenlijk gewoon allemaal natuurlijk misschien helemaal moeilijk beetje zeggen weten actually really something probably little always".split(
    " ",
  ),
);

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}'’]+/gu) ?? [];
// Numbers as words count as numbers: "twintig" is as much a new fact as "20".
const numberWords = new Map<string, string>(
  [
    "twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien zestien zeventien achttien negentien",
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen",
  ].flatMap((list) => list.split(" ").map((word, i): [string, string] => [word, String(i + 2)])),
);
for (const tens of [
  "twintig dertig veertig vijftig zestig zeventig tachtig negentig",
  "twenty thirty forty fifty sixty seventy eighty ninety",
])
  for (const [j, word] of tens.split(" ").entries()) numberWords.set(word, String((j + 2) * 10));
numberWords.set("honderd", "100").set("hundred", "100");

const numbersOf = (text: string): string[] => [
  ...(text.match(/\d+/g) ?? []),
  ...wordsOf(text).flatMap((w) => numberWords.get(w) ?? []),
];

/** The reply as a person would say it: no markup, no name in front, no quotes around it, one line. */
export function cleanReply(raw: string, name: string): string {
  let text = raw.replace(/\*\*/g, "").replace(/\s+/g, " ").trim();
  const prefix = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*:\\s*`, "i");
  text = text.replace(prefix, "");
  const quoted = /^["“„'‘](.*)["”'’]$/.exec(text);
  return (quoted?.[1] ?? text).trim();
}

function inLanguage(text: string, locale: Locale): boolean {
  const words = wordsOf(text);
  const other: Locale = locale === "nl" ? "en" : "nl";
  const own = words.filter((w) => common[locale].has(w)).length;
  const theirs = words.filter((w) => common[other].has(w)).length;
  // Short replies may have none of these words; a longer one needs some of its own language's.
  return theirs <= own && (words.length < 6 || own > 0);
}

/**
 * Words that would give away what is withheld: names and long words in the withheld lines that appear
 * nowhere the patient may draw from (sheet, template, what is known, the conversation so far).
 */
function giveaways(directive: PatientDirective, history: readonly Exchange[]) {
  const allowed = new Set(
    wordsOf(
      [
        ...directive.sheet,
        ...directive.known,
        directive.template,
        directive.heard,
        ...history.flatMap((e) => [e.trainee, e.patient]),
      ].join(" "),
    ),
  );
  const names = new Set<string>();
  const long = new Set<string>();
  for (const line of directive.withheld)
    for (const match of line.matchAll(/[\p{L}'’]+/gu)) {
      const word = match[0];
      const lower = word.toLowerCase();
      if (allowed.has(lower) || plain.has(lower)) continue;
      // A capital inside a sentence is a name: Mark, Noor, the bowling club.
      const inside = match.index > 0 && !/[.!?]\s*$/.test(line.slice(0, match.index));
      if (/^\p{Lu}/u.test(word) && word.length >= 3 && inside) names.add(lower);
      else if (word.length >= 7) long.add(lower);
    }
  return { names, long };
}

// The rules' own lines are few and fixed, but screening one takes up to a few ms (the safety model's
// second opinion), and a reply about breathlessness has its line screened every turn: each line's
// level is kept once known. Screening is pure, so this changes no result; bounded all the same.
const lineRanks = new Map<string, number>();
const LINE_RANKS_MAX = 2000;

const rankOf = (words: string, locale: Locale) => screenLevels.indexOf(screen(words, locale).level);

function lineRank(line: string, locale: Locale): number {
  const key = `${locale}\u0000${line}`;
  const known = lineRanks.get(key);
  if (known !== undefined) return known;
  if (lineRanks.size >= LINE_RANKS_MAX) lineRanks.clear();
  const rank = rankOf(line, locale);
  lineRanks.set(key, rank);
  return rank;
}

export function guardPatientReply(
  raw: string,
  directive: PatientDirective,
  history: readonly Exchange[],
): Guarded {
  const text = cleanReply(raw, directive.name);
  const maxChars = Math.max(MAX_CHARS, Math.round(directive.template.length * 1.5));
  const maxSentences = Math.max(MAX_SENTENCES, sentencesOf(directive.template) + 1);
  if (text.length < 2 || text.length > maxChars || sentencesOf(text) > maxSentences)
    return { ok: false, failed: "length" };
  if (outOfRole.some((pattern) => pattern.test(text))) return { ok: false, failed: "role" };
  if (advice.some((pattern) => pattern.test(text))) return { ok: false, failed: "advice" };
  const told = new Set(
    numbersOf([...directive.sheet, ...directive.known, directive.template, directive.heard].join(" ")),
  );
  for (const e of history) for (const n of numbersOf(`${e.trainee} ${e.patient}`)) told.add(n);
  if (numbersOf(text).some((n) => !told.has(n))) return { ok: false, failed: "number" };
  // One withheld name gives it away; ordinary long words only when two of them come together.
  const { names, long } = giveaways(directive, history);
  const used = new Set(wordsOf(text));
  const longUsed = [...used].filter((w) => long.has(w)).length;
  if ([...used].some((w) => names.has(w)) || longUsed >= 2) return { ok: false, failed: "discloses" };
  if (!inLanguage(text, directive.locale)) return { ok: false, failed: "language" };
  // The patients' own lines speak of breathlessness and pain, which the screen asks about in a real
  // patient's words; a reply may sound no more alarming than the line it stands for.
  const level = rankOf(text, directive.locale);
  if (level > 0 && level > lineRank(directive.template, directive.locale))
    return { ok: false, failed: "safety" };
  return { ok: true, text };
}

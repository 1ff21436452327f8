// Turns a raw chat answer into the plain form the safety rules match against.
// Chat text is messy (accents, caps, stretched letters, split or misspelt compounds), so repair it once here.

/** Sentence marks become " . " and commas " , ": rule gaps never cross them, so words from two sentences never pair up. */
const SENTENCE_MARKS = /[.!?;:…]+/g;
const APOSTROPHES = /['’‘`´ʼ]/g;
/** "he'll", "she'd", "they're": written out before the apostrophe goes, or "he'll" would read "hell". */
const CONTRACTION = /\b(i|you|he|she|it|we|they|that|there|who|what)['’‘`´ʼ](ll|d|re|ve|m)\b/gi;
/** Flemish "da'k", "as'k", "wa'k": the clitic "k" is "ik", and must be split off before the apostrophe goes ("dak" is a roof). */
const CLITIC_K = /\b(da|wa|as|of|omda|toen|wan|zoda)['’‘`´ʼ]k\b/gi;
const CLITIC_HOST: Readonly<Record<string, string>> = {
  da: "dat",
  wa: "wat",
  as: "als",
  of: "of",
  omda: "omdat",
  toen: "toen",
  wan: "want",
  zoda: "zodat",
};
const CONTRACTED: Readonly<Record<string, string>> = {
  ll: "will",
  d: "would",
  re: "are",
  ve: "have",
  m: "am",
};
const DIGIT_SEPARATOR = /(\d)[.,](\d)/g;
const NOT_KEPT = /[^a-z0-9., ]+/g;
const STRETCHED = /([a-z])\1{2,}/g;

/**
 * Chat shorthands and English contractions, written out so each rule needs one spelling only.
 * Dutch: 'k (ik), m'n (mijn), 't (het); English: don't, can't, I'm...
 */
const EXPANSIONS: ReadonlyMap<string, string> = new Map([
  ["k", "ik"],
  ["kwil", "ik wil"],
  ["kben", "ik ben"],
  ["kheb", "ik heb"],
  ["kga", "ik ga"],
  ["kzie", "ik zie"],
  ["kvoel", "ik voel"],
  ["kdenk", "ik denk"],
  ["kkan", "ik kan"],
  ["kwou", "ik wou"],
  ["khoop", "ik hoop"],
  ["mn", "mijn"],
  // Flemish and texting "men borst", "men eigen"; the impersonal "men zegt" becomes "mijn zegt", which no rule reads.
  ["men", "mijn"],
  // Flemish possessives: "mijne vent", "mijnen baas"
  ["mijne", "mijn"],
  ["mijnen", "mijn"],
  ["kzou", "ik zou"],
  ["kweet", "ik weet"],
  ["kmoet", "ik moet"],
  ["kvind", "ik vind"],
  ["kdacht", "ik dacht"],
  ["kkrijg", "ik krijg"],
  ["niemeer", "nie meer"],
  ["nietmeer", "niet meer"],
  ["nimeer", "nie meer"],
  ["nooitmeer", "nooit meer"],
  ["m", "hem"],
  ["zn", "zijn"],
  ["t", "het"],
  ["dont", "do not"],
  ["didnt", "did not"],
  ["doesnt", "does not"],
  ["cant", "can not"],
  ["cannot", "can not"],
  ["couldnt", "could not"],
  ["wont", "will not"],
  ["wouldnt", "would not"],
  ["shouldnt", "should not"],
  ["isnt", "is not"],
  ["wasnt", "was not"],
  ["arent", "are not"],
  ["werent", "were not"],
  ["havent", "have not"],
  ["hasnt", "has not"],
  ["hadnt", "had not"],
  ["aint", "am not"],
  ["im", "i am"],
  ["ive", "i have"],
  ["youre", "you are"],
  ["hes", "he is"],
  ["shes", "she is"],
  ["whats", "what is"],
  ["theres", "there is"],
  ["hed", "he would"],
  ["theyd", "they would"],
  ["youd", "you would"],
  ["wanna", "want to"],
  ["gonna", "going to"],
  ["gotta", "got to"],
  ["tryna", "trying to"],
  ["idk", "i do not know"],
]);

interface FuzzyStem {
  stem: string;
  /** prefix: the stem may carry a suffix (zelfmoord-gedachten); whole: the token is the stem */
  mode: "prefix" | "whole";
}

/**
 * The words whose misspelling must never hide a signal. Only long, distinctive stems: a one-letter slip
 * from them is not another ordinary word, so repairing them costs no false alarms.
 */
const FUZZY_STEMS: readonly FuzzyStem[] = [
  { stem: "zelfmoord", mode: "prefix" },
  { stem: "zelfdoding", mode: "prefix" },
  { stem: "suicid", mode: "prefix" },
  { stem: "zelfbeschadig", mode: "prefix" },
  { stem: "zelfverwond", mode: "prefix" },
  { stem: "automutilatie", mode: "prefix" },
  { stem: "mishandel", mode: "prefix" },
  { stem: "verkracht", mode: "prefix" },
  { stem: "bewusteloos", mode: "prefix" },
  { stem: "flauwgevallen", mode: "prefix" },
  { stem: "afscheidsbrie", mode: "prefix" },
  { stem: "overdosis", mode: "prefix" },
  { stem: "unconscious", mode: "prefix" },
  { stem: "killmyself", mode: "prefix" },
  { stem: "killingmyself", mode: "prefix" },
  { stem: "selfharm", mode: "prefix" },
  { stem: "mezelf", mode: "whole" },
  { stem: "mijzelf", mode: "whole" },
  { stem: "myself", mode: "whole" },
];

/** Words after "my self" that make it a compound (self-esteem), not "myself". */
const SELF_COMPOUND_NEXT = new Set(["esteem", "confidence", "worth", "image", "respect", "care", "help"]);

/** True when a and b differ by at most one edit (insert, delete, substitute, or swap of neighbours). */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a[i] === b[i]) i++;
  if (la === lb) {
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Length of the token's prefix that is within one edit of the stem, or -1. */
function fuzzyPrefixLength(token: string, stem: string): number {
  const l = stem.length;
  for (const len of [l, l - 1, l + 1]) {
    if (len <= token.length && withinOneEdit(token.slice(0, len), stem)) return len;
  }
  return -1;
}

/**
 * Stems by first letter, and by their first two letters swapped: the cheap gate before any edit check
 * (a slip rarely hits the first letter).
 */
const STEMS_BY_START = new Map<string, FuzzyStem[]>();
const addStem = (key: string, entry: FuzzyStem): void => {
  STEMS_BY_START.set(key, [...(STEMS_BY_START.get(key) ?? []), entry]);
};
for (const entry of FUZZY_STEMS) {
  addStem(entry.stem[0] as string, entry);
  addStem(`${entry.stem[1]}${entry.stem[0]}`, entry);
}
const NO_STEMS: FuzzyStem[] = [];

/** Exact beginnings of stems ("zelf", "kill", "me"): only these start a split compound worth joining. */
const STEM_HEADS = new Set<string>();
for (const { stem } of FUZZY_STEMS) for (let n = 2; n < stem.length; n++) STEM_HEADS.add(stem.slice(0, n));

/** Stems the candidate may be a slip of: same first letter, or the first two letters swapped. */
function stemsFor(candidate: string): FuzzyStem[] {
  const same = STEMS_BY_START.get(candidate[0] as string) ?? NO_STEMS;
  const swapped = STEMS_BY_START.get(candidate.slice(0, 2));
  return swapped === undefined ? same : [...same, ...swapped];
}

/**
 * Repairs one candidate (a token, or tokens joined without spaces); null when nothing matched.
 * minCover is the length of all but the last joined part: a join counts only if the stem reaches into
 * the last part, otherwise it is just the first word repaired.
 */
function repair(candidate: string, minCover: number): string | null {
  const joining = minCover > 0;
  for (const { stem, mode } of stemsFor(candidate)) {
    if (candidate.length < stem.length - 1) continue;
    if (mode === "whole") {
      // A join must spell the pronoun exactly: "me zelfs" (even) is not "mezelf".
      const close = joining ? candidate === stem : withinOneEdit(candidate, stem);
      if (close && stem.length > minCover) return stem;
      continue;
    }
    if (candidate.startsWith(stem)) return stem.length > minCover ? candidate : null;
    const len = fuzzyPrefixLength(candidate, stem);
    if (len > minCover) return stem + candidate.slice(len);
  }
  return null;
}

const isWord = (t: string | undefined): t is string => t !== undefined && t !== "." && t !== ",";

/**
 * Repairs misspelt key words ("zlefmoord", "suecide") and closes compounds split by a space
 * ("zelf moord", "kill my self"), so the rules see one canonical word.
 */
function repairTokens(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (!isWord(t)) {
      out.push(t);
      continue;
    }
    // Joins first: "zelf moord" must become one word before "zelf" alone is looked at.
    const next = tokens[i + 1];
    if (
      STEM_HEADS.has(t) &&
      isWord(next) &&
      !(next === "self" && SELF_COMPOUND_NEXT.has(tokens[i + 2] ?? ""))
    ) {
      const third = tokens[i + 2];
      const two = t + next;
      const fixed3 = isWord(third) ? repair(two + third, two.length) : null;
      if (fixed3 !== null) {
        out.push(fixed3);
        i += 2;
        continue;
      }
      const fixed2 = repair(two, t.length);
      if (fixed2 !== null) {
        out.push(fixed2);
        i += 1;
        continue;
      }
    }
    out.push(t.length >= 5 && stemsFor(t).length > 0 ? (repair(t, 0) ?? t) : t);
  }
  return out;
}

/**
 * Lowercase, no accents, punctuation reduced to sentence (" . ") and clause (" , ") marks, letters
 * stretched for emphasis cut to two, shorthands written out, key words repaired. Single spaces.
 */
export function normalize(text: string): string {
  const plain = text
    .replace(
      CONTRACTION,
      (_m, who: string, tail: string) => `${who} ${CONTRACTED[tail.toLowerCase()] ?? tail}`,
    )
    .replace(CLITIC_K, (_m, host: string) => `${CLITIC_HOST[host.toLowerCase()] ?? host} ik`)
    .replace(APOSTROPHES, "")
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(DIGIT_SEPARATOR, "$1 $2")
    .replace(SENTENCE_MARKS, " . ")
    .replace(/,/g, " , ")
    .replace(NOT_KEPT, " ")
    .replace(STRETCHED, "$1$1");
  const tokens: string[] = [];
  for (const raw of plain.split(" ")) {
    if (raw === "") continue;
    const expanded = EXPANSIONS.get(raw);
    const pieces = expanded === undefined ? [raw] : expanded.split(" ");
    for (const piece of pieces) {
      const prev = tokens[tokens.length - 1];
      const isMark = piece === "." || piece === ",";
      // Runs of marks collapse; a sentence mark wins over a comma; no mark at the very start.
      if (isMark && (prev === undefined || prev === "." || prev === ",")) {
        if (piece === "." && prev === ",") tokens[tokens.length - 1] = ".";
        continue;
      }
      tokens.push(piece);
    }
  }
  while (tokens.length > 0 && !isWord(tokens[tokens.length - 1])) tokens.pop();
  return repairTokens(tokens).join(" ");
}

/**
 * Words people drop into a sentence for emphasis ("ik wil er gewoon een eind aan maken"). The screener also
 * runs its rules on the text without them, so a construction still matches with a filler inside it. Words
 * that carry meaning for the rules (niet, nog, zo, maar, wel) are not on this list.
 */
const FILLERS = new Set([
  "gewoon",
  "echt",
  "eigenlijk",
  "gewoonweg",
  "werkelijk",
  "serieus",
  "letterlijk",
  "heus",
  "zomaar",
  "hoor",
  "nou",
  "ff",
  "toch",
  "heel",
  "really",
  "just",
  "honestly",
  "literally",
  "actually",
  "seriously",
  "truly",
  "simply",
  "basically",
  "totally",
  "kinda",
  "tbh",
  "ngl",
]);

/** normalize() output without filler words (and without "eerlijk gezegd"); the same string when there are none. */
export function withoutFillers(normalized: string): string {
  const tokens = normalized.split(" ");
  const kept: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as string;
    if (FILLERS.has(t)) continue;
    if (t === "eerlijk" && tokens[i + 1] === "gezegd") {
      i++;
      continue;
    }
    kept.push(t);
  }
  return kept.length === tokens.length ? normalized : kept.join(" ");
}

/** Where the sentence around [from, to) of normalize() output starts and ends: its " . " marks. */
export function sentenceBounds(s: string, from: number, to: number): [start: number, end: number] {
  const start = s.lastIndexOf(" . ", from);
  const end = s.indexOf(" . ", to);
  return [start < 0 ? 0 : start + 3, end < 0 ? s.length : end];
}

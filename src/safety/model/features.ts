// What the second-opinion model reads in a normalised text: its words, neighbouring word pairs, the
// letter groups inside words (so "zelfmoordgedachten" and a misspelling share most of their features),
// and which of the lexicon's groups each sentence touches, alone and in pairs (concepts.ts).
// Hashed to 32-bit numbers, the same way in training and at run time.
import { buildTriggerIndex, triggeredRules } from "../triggers.ts";
import { CONCEPTS } from "./concepts.ts";

/** FNV-1a, 32 bits: small, fast and stable across runtimes. */
export function hash(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A token with a digit in it (a time, a dose, an id, a code) is one feature, "w #": its letter groups would
 * be rare strings that the model could tie to a class by chance, and then ask about random text.
 */
const DIGIT = /[0-9]/;
/** Letter groups this long, inside " word " with its boundaries. */
const GRAM = 4;
const SPACE = 32;
const OFFSET = 0x811c9dc5;
const PRIME = 0x01000193;

/** The hash of `${tag} ` followed by more characters, fed one at a time. */
const step = (h: number, code: number): number => Math.imul(h ^ code, PRIME);
const tagged = (tag: string): number => step(step(OFFSET, tag.charCodeAt(0)), SPACE);
const WORD = tagged("w");
const PAIR = tagged("b");
const LETTERS = tagged("c");

const NAMES = Object.keys(CONCEPTS).sort();
const INDEX = buildTriggerIndex(
  NAMES.map((name) =>
    (CONCEPTS[name] ?? "")
      .split(" ")
      .map((word) => (word.length < 4 && !word.startsWith("=") ? `=${word}` : word)),
  ),
);
const CONCEPT = NAMES.map((name) => hash(`k ${name}`));
/** PAIRS[i][j] for i < j: both groups in one sentence, named in sorted order. */
const PAIRS = NAMES.map((a, i) => NAMES.map((b, j) => (i < j ? hash(`kk ${a} ${b}`) : 0)));

/** The lexicon's groups one normalised part touches, by name. */
export function conceptsIn(part: string): Set<string> {
  const out = new Set<string>();
  const hit = triggeredRules(INDEX, part);
  for (let i = 0; i < hit.length; i++) if (hit[i] === 1) out.add(NAMES[i] as string);
  return out;
}

function addConcepts(out: Set<number>, normalized: string): void {
  for (const sentence of normalized.split(" . ")) {
    const hit = triggeredRules(INDEX, sentence);
    for (let i = 0; i < hit.length; i++) {
      if (hit[i] !== 1) continue;
      out.add(CONCEPT[i] as number);
      const row = PAIRS[i] as number[];
      for (let j = i + 1; j < hit.length; j++) if (hit[j] === 1) out.add(row[j] as number);
    }
  }
}

function feed(h: number, text: string): number {
  let out = h;
  for (let i = 0; i < text.length; i++) out = step(out, text.charCodeAt(i));
  return out;
}

/**
 * The distinct feature hashes of normalize() output; sentence and clause marks break word pairs. Each
 * equals hash() of its spelled-out name ("w word", "b word word", "c " plus four letters; "#" for a token with a digit; "k group",
 * "kk group group"), computed
 * without building the strings: this runs on every answer no rule flags.
 */
export function features(normalized: string): number[] {
  const out = new Set<number>();
  let prev: string | null = null;
  for (const token of normalized.split(" ")) {
    if (token === "" || token === "." || token === ",") {
      prev = null;
      continue;
    }
    const word = DIGIT.test(token) ? "#" : token;
    out.add(feed(WORD, word) >>> 0);
    if (prev !== null) out.add(feed(step(feed(PAIR, prev), SPACE), word) >>> 0);
    prev = word;
    if (word === "#") continue;
    const padded = token.length + 2;
    for (let i = 0; i + GRAM <= padded; i++) {
      let h = LETTERS;
      for (let j = i; j < i + GRAM; j++)
        h = step(h, j === 0 || j === padded - 1 ? SPACE : token.charCodeAt(j - 1));
      out.add(h >>> 0);
    }
  }
  addConcepts(out, normalized);
  return [...out];
}

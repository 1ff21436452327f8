// Finds where a matched cue sits in the text as the person typed it, so a reviewer can see why the screener
// decided. The rules match normalized text (accents folded, shorthand written out), so the match is located
// again by its first and last words; when that fails the whole text is the span.
import type { Span } from "./types.ts";

const WORD = /[\p{L}\p{N}]+/gu;

const fold = (word: string): string =>
  word
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

/** Same word, or one is a prefix of the other of at least four letters (a repaired typo, an inflection). */
function sameWord(typed: string, matched: string): boolean {
  if (typed === matched) return true;
  const short = typed.length < matched.length ? typed : matched;
  const long = short === typed ? matched : typed;
  return short.length >= 4 && long.startsWith(short.slice(0, 4)) && Math.abs(long.length - short.length) <= 3;
}

export function spanIn(text: string, match: string): Span {
  const wanted = match.split(" ").filter((w) => w !== "." && w !== ",");
  const first = wanted[0];
  const last = wanted[wanted.length - 1];
  const whole: Span = [0, text.length];
  if (first === undefined || last === undefined) return whole;
  const words: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD))
    words.push({ word: fold(m[0]), start: m.index, end: m.index + m[0].length });
  for (let i = 0; i < words.length; i++) {
    if (!sameWord((words[i] as { word: string }).word, first)) continue;
    const limit = Math.min(words.length, i + wanted.length + 4);
    for (let j = limit - 1; j >= i; j--) {
      const w = words[j] as { word: string; end: number };
      if (sameWord(w.word, last)) return [(words[i] as { start: number }).start, w.end];
    }
  }
  return whole;
}

// Per-field accuracy and confusion summary of a classifier over a labelled utterance set.
// Pure: the caller passes the classifier, so tests can use a tiny hand-made set and a fake classifier.

import type { Locale } from "../locales.ts";
import type { Classification } from "./classify.ts";
import type { LabelledUtterance } from "./data/label.ts";

export const fields = ["behaviour", "question", "input", "stance"] as const;
export type Field = (typeof fields)[number];

export interface Confusion {
  field: Field;
  expected: string;
  predicted: string;
  count: number;
  examples: string[];
}

export interface FieldScore {
  correct: number;
  total: number;
  accuracy: number;
}

export interface AccuracyReport {
  size: number;
  fields: Record<Field, FieldScore>;
  /** every field right at once */
  exact: FieldScore;
  /** most frequent mistakes first */
  confusions: Confusion[];
  misses: { text: string; field: Field; expected: string; predicted: string }[];
}

const show = (v: string | null): string => v ?? "—";

/**
 * The question field is scored only where the label is a question and the input field only where the label
 * is input: elsewhere both are null by construction, and counting them would inflate the score.
 */
function applies(field: Field, item: LabelledUtterance): boolean {
  if (field === "question") return item.behaviour === "question";
  if (field === "input") return item.behaviour === "input";
  return true;
}

const score = (correct: number, total: number): FieldScore => ({
  correct,
  total,
  accuracy: total === 0 ? 1 : correct / total,
});

export function accuracy(
  items: readonly LabelledUtterance[],
  classifier: (text: string, lang: Locale) => Classification,
  maxExamples = 3,
): AccuracyReport {
  const tally = Object.fromEntries(fields.map((f) => [f, { correct: 0, total: 0 }])) as Record<
    Field,
    { correct: number; total: number }
  >;
  const confusions = new Map<string, Confusion>();
  const misses: AccuracyReport["misses"] = [];
  let exact = 0;
  for (const item of items) {
    const got = classifier(item.text, item.lang);
    let allRight = true;
    for (const field of fields) {
      const expected = show(item[field]);
      const predicted = show(got[field]);
      if (expected !== predicted) allRight = false;
      if (!applies(field, item)) continue;
      tally[field].total++;
      if (expected === predicted) {
        tally[field].correct++;
        continue;
      }
      misses.push({ text: item.text, field, expected, predicted });
      const key = `${field}\u0000${expected}\u0000${predicted}`;
      const entry = confusions.get(key) ?? { field, expected, predicted, count: 0, examples: [] };
      entry.count++;
      if (entry.examples.length < maxExamples) entry.examples.push(item.text);
      confusions.set(key, entry);
    }
    if (allRight) exact++;
  }
  return {
    size: items.length,
    fields: Object.fromEntries(fields.map((f) => [f, score(tally[f].correct, tally[f].total)])) as Record<
      Field,
      FieldScore
    >,
    exact: score(exact, items.length),
    confusions: [...confusions.values()].sort(
      (a, b) => b.count - a.count || a.field.localeCompare(b.field) || a.expected.localeCompare(b.expected),
    ),
    misses,
  };
}

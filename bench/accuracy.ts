// Prints the classifier's per-language, per-split, per-field accuracy and its worst confusions.
// Run: npm run accuracy -- [--json] [--misses]
import { performance } from "node:perf_hooks";
import { classify } from "../src/coaching/classify.ts";
import { readTurn } from "../src/coaching/parts.ts";
import { readTopic } from "../src/coaching/topic.ts";
import { type AccuracyReport, accuracy, type Field, fields } from "../test/fixtures/coaching/accuracy.ts";
import { consultHeldOutNl } from "../test/fixtures/coaching/consult-heldout.nl.ts";
import type { LabelledUtterance, Lang, Split } from "../test/fixtures/coaching/label.ts";
import { labelledEn } from "../test/fixtures/coaching/labelled.en.ts";
import { labelledNl } from "../test/fixtures/coaching/labelled.nl.ts";
import { type PartScore, partAccuracy, turnAccuracy } from "../test/fixtures/coaching/part-accuracy.ts";
import { type TopicScore, topicAccuracy } from "../test/fixtures/coaching/topic-accuracy.ts";
import { labelledTopics } from "../test/fixtures/coaching/topic-labelled.ts";

const sets: Record<Lang, LabelledUtterance[]> = { nl: labelledNl, en: labelledEn };
const splits: Split[] = ["tune", "heldout"];
const TOP_CONFUSIONS = 6;

interface SplitSummary {
  size: number;
  fields: AccuracyReport["fields"];
  exact: AccuracyReport["exact"];
  confusions: AccuracyReport["confusions"];
}

export interface Report {
  languages: Record<Lang, Record<Split, SplitSummary>>;
  /** What an utterance is about (topic.ts), on its own labelled set. */
  topics: Record<Lang, Record<Split, Omit<TopicScore, "misses">>>;
  /** The held-out consult block (Dutch turns, many of several parts): per part, per turn, and topic. */
  consult: { parts: PartScore; turns: SplitSummary; topic: number };
  microsPerUtterance: number;
}

/** Median of a few timed passes over every labelled utterance, so one slow pass (JIT, GC) does not skew it. */
function benchmark(items: readonly LabelledUtterance[], passes = 7): number {
  for (const u of items) classify(u.text, u.lang);
  const timings: number[] = [];
  for (let p = 0; p < passes; p++) {
    const start = performance.now();
    for (const u of items) classify(u.text, u.lang);
    timings.push(((performance.now() - start) * 1000) / items.length);
  }
  timings.sort((a, b) => a - b);
  return timings[Math.floor(timings.length / 2)] ?? 0;
}

export function buildReport(): { report: Report; full: Record<Lang, Record<Split, AccuracyReport>> } {
  const full = {} as Record<Lang, Record<Split, AccuracyReport>>;
  const languages = {} as Report["languages"];
  for (const lang of Object.keys(sets) as Lang[]) {
    full[lang] = {} as Record<Split, AccuracyReport>;
    languages[lang] = {} as Record<Split, SplitSummary>;
    for (const split of splits) {
      const r = accuracy(
        sets[lang].filter((u) => u.split === split),
        classify,
      );
      full[lang][split] = r;
      languages[lang][split] = {
        size: r.size,
        fields: r.fields,
        exact: r.exact,
        confusions: r.confusions.slice(0, TOP_CONFUSIONS),
      };
    }
  }
  const topics = {} as Report["topics"];
  for (const lang of Object.keys(sets) as Lang[]) {
    topics[lang] = {} as Record<Split, Omit<TopicScore, "misses">>;
    for (const split of splits) {
      const { misses: _, ...score } = topicAccuracy(
        labelledTopics.filter((t) => t.lang === lang && t.split === split),
        readTopic,
      );
      topics[lang][split] = score;
    }
  }
  const turns = turnAccuracy(consultHeldOutNl, (text, lang) => readTurn(text, lang).classification);
  const consult = {
    parts: partAccuracy(consultHeldOutNl, readTurn),
    turns: {
      size: turns.size,
      fields: turns.fields,
      exact: turns.exact,
      confusions: turns.confusions.slice(0, TOP_CONFUSIONS),
    },
    topic: topicAccuracy(
      consultHeldOutNl.map(([text, , topic]) => ({
        text,
        lang: "nl",
        split: "heldout",
        topic,
        special: null,
      })),
      readTopic,
    ).topic,
  };
  const everything = [...labelledNl, ...labelledEn];
  return { report: { languages, topics, consult, microsPerUtterance: benchmark(everything) }, full };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);

function table(report: Report): string {
  const lines: string[] = [];
  const header = ["lang", "split", "n", ...fields, "all 4"];
  const widths = [4, 7, 4, 10, 10, 10, 10, 8];
  const row = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i] ?? 8)).join("  ");
  lines.push(row(header));
  lines.push(row(widths.map((w) => "-".repeat(w))));
  for (const [lang, bySplit] of Object.entries(report.languages)) {
    for (const split of splits) {
      const s = bySplit[split];
      const cell = (f: Field): string =>
        `${pct(s.fields[f].accuracy)} ${String(s.fields[f].total).padStart(3)}`;
      lines.push(row([lang, split, String(s.size), ...fields.map(cell), pct(s.exact.accuracy)]));
    }
  }
  lines.push("", "(field cells: accuracy and the number of utterances the field applies to;");
  lines.push(" question is scored on labelled questions only, input on labelled input only)");
  for (const [lang, bySplit] of Object.entries(report.languages)) {
    for (const split of splits) {
      const c = bySplit[split].confusions;
      lines.push("", `worst confusions, ${lang} ${split}:`);
      if (c.length === 0) lines.push("  none");
      for (const x of c) {
        lines.push(
          `  ${String(x.count).padStart(3)}× ${x.field}: ${x.expected} → ${x.predicted}   e.g. "${x.examples[0]}"`,
        );
      }
    }
  }
  lines.push("", "topic (what the utterance is about) and special reactions (insult, suicide, scaling):");
  for (const [lang, bySplit] of Object.entries(report.topics)) {
    for (const split of splits) {
      const t = bySplit[split];
      lines.push(
        `  ${lang}  ${split.padEnd(7)}  n ${String(t.size).padStart(3)}  topic ${pct(t.topic)}  special ${pct(t.special)}`,
      );
    }
  }
  const { parts: p, turns: t } = report.consult;
  const cells = (f: Record<Field, { accuracy: number; total: number }>) =>
    fields.map((x) => `${x} ${pct(f[x].accuracy)} (${f[x].total})`).join("  ");
  lines.push(
    "",
    `consult block, held out (nl): ${t.size} turns, ${p.parts} parts; split into the labelled parts ${pct(p.splitRight.accuracy)}`,
    `  per part:  ${cells(p.fields)}  all 4 ${pct(p.exact.accuracy)}`,
    `  per turn:  ${cells(t.fields)}  all 4 ${pct(t.exact.accuracy)}`,
    `  topic per turn: ${pct(report.consult.topic)}`,
    "  worst confusions per turn:",
    ...t.confusions.map(
      (x) =>
        `  ${String(x.count).padStart(3)}× ${x.field}: ${x.expected} → ${x.predicted}   e.g. "${x.examples[0]}"`,
    ),
  );
  lines.push("", `speed: ${report.microsPerUtterance.toFixed(1)} µs per utterance (median of 7 passes)`);
  return lines.join("\n");
}

function main(argv: readonly string[]): void {
  const { report, full } = buildReport();
  if (argv.includes("--json")) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  console.log(table(report));
  if (argv.includes("--misses")) {
    for (const [lang, bySplit] of Object.entries(full)) {
      for (const split of splits) {
        console.log(`\nmisses, ${lang} ${split}:`);
        for (const m of bySplit[split].misses) {
          console.log(`  ${m.field}: ${m.expected} → ${m.predicted}   "${m.text}"`);
        }
      }
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2));

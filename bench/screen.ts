// Prints how long screen() takes per utterance over the labelled sets. A script, not a test:
// run it with `node --import tsx bench/screen.ts`; timings depend on the machine and its load.

import type { Locale } from "../src/locales.ts";
import { screen } from "../src/safety/screen.ts";
import { blindBlocks } from "../test/fixtures/safety/blind-blocks.ts";
import { chronicEn, chronicNl } from "../test/fixtures/safety/chronic.ts";
import { coverage } from "../test/fixtures/safety/coverage.ts";
import { labelledEn } from "../test/fixtures/safety/labelled.en.ts";
import { labelledNl } from "../test/fixtures/safety/labelled.nl.ts";
import type { LabelledItem } from "../test/fixtures/safety/labelled.ts";
import { score } from "../test/fixtures/safety/score.ts";

const WARM_UP_PASSES = 30;
const RUNS = 9;
const PASSES_PER_RUN = 20;

/** Median microseconds per utterance over RUNS timed runs, after a warm-up the JIT can settle in. */
function microsPerUtterance(texts: string[], lang: Locale): { median: number; min: number; max: number } {
  for (let i = 0; i < WARM_UP_PASSES; i++) for (const text of texts) screen(text, lang);
  const perRun: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    for (let i = 0; i < PASSES_PER_RUN; i++) for (const text of texts) screen(text, lang);
    perRun.push(((performance.now() - start) * 1000) / (PASSES_PER_RUN * texts.length));
  }
  perRun.sort((a, b) => a - b);
  return {
    median: perRun[Math.floor(RUNS / 2)] as number,
    min: perRun[0] as number,
    max: perRun[RUNS - 1] as number,
  };
}

/** Three answers glued together: the long end of a typical chat turn. */
function threeSentenceAnswers(texts: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + 2 < texts.length; i += 3) out.push(`${texts[i]} ${texts[i + 1]} ${texts[i + 2]}`);
  return out;
}

const sets: [string, string[], Locale][] = [
  ["labelled NL", labelledNl.map((i) => i.text), "nl"],
  ["labelled EN", labelledEn.map((i) => i.text), "en"],
  ["3-sentence NL", threeSentenceAnswers(labelledNl.map((i) => i.text)), "nl"],
  ["3-sentence EN", threeSentenceAnswers(labelledEn.map((i) => i.text)), "en"],
];

console.log(`screen(): µs per utterance, median of ${RUNS} runs after warm-up (min–max)`);
for (const [name, texts, lang] of sets) {
  const chars = Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length);
  const { median, min, max } = microsPerUtterance(texts, lang);
  console.log(
    `${name.padEnd(14)} n=${String(texts.length).padStart(3)}  avg ${String(chars).padStart(3)} chars  ${median.toFixed(1).padStart(6)} µs  (${min.toFixed(1)}–${max.toFixed(1)})`,
  );
}

// How the screener does on each block: the tuning block it was built on, and the blocks it never saw.
// Misses are listed only for blocks asked for by name (`-- --misses "field NL"`, a prefix): the lines of an
// unseen block are read once, when the work on the rules is done, or that block is unseen no longer.
const missesFor = process.argv.includes("--misses")
  ? process.argv[process.argv.indexOf("--misses") + 1]
  : undefined;
const blocks: readonly (readonly [string, readonly LabelledItem[], Locale])[] = [
  ["tuning NL", [...labelledNl, ...coverage.filter((i) => i.lang === "nl")], "nl"],
  ["tuning EN", [...labelledEn, ...coverage.filter((i) => i.lang === "en")], "en"],
  ["chronic", [...chronicNl, ...chronicEn], "nl"],
  ...blindBlocks,
];
console.log(
  "\nrecall: positives reaching their level class; no signal: positives that got not even a question; false alarms: harmless texts flagged",
);
for (const [name, items, lang] of blocks) {
  const f = score(items, lang);
  console.log(
    `${name.padEnd(14)} recall ${f.positives - f.missed.length}/${f.positives}  no signal at all ${f.silent}  false alarms ${f.falseAlarms.length}/${f.negatives}`,
  );
  if (missesFor !== undefined && name.startsWith(missesFor))
    for (const line of [...f.missed, ...f.falseAlarms]) console.log(`   ${line}`);
}

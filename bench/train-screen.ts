// Trains the screener's second-opinion model (src/safety/model) on every labelled set except the three newest
// blind blocks (3, 4 and 5) and half the everyday answers, which stay unseen, and writes src/safety/model/weights.ts. Deterministic: the same sets give
// the same file. Run with `npm run train:screen`; it prints cross-validated figures and the threshold chosen.
import { writeFileSync } from "node:fs";
import { grounded } from "../src/safety/model/concepts.ts";
import { conceptsIn, features } from "../src/safety/model/features.ts";
import { normalize } from "../src/safety/normalize.ts";
import { screenByRules } from "../src/safety/screen.ts";
import { screenCategories } from "../src/safety/types.ts";
import { everydaySet, trainingDigest, trainingSet } from "../test/fixtures/safety/training-set.ts";

const CLASSES = screenCategories;
const EPOCHS = 40;
const RATE = 0.5;
const L2 = 1e-4;
const FOLDS = 5;
/** At most this share of the look-alikes of danger the rules let through may get the model's question. */
const FALSE_ALARM_BUDGET = 0.03;
/** And at most this share of ordinary answers: a question there is one a patient would find strange. */
const EVERYDAY_BUDGET = 0.01;
const KEEP = 12000;

const items = trainingSet;

interface Example {
  f: number[];
  /** Per class: whether the text names something its question can stand on (the model asks only then). */
  grounded: boolean[];
  y: number[];
  none: boolean;
  rulesNone: boolean;
  everyday: boolean;
}

const everyday = new Set(everydaySet);
const grounds = (normalized: string): boolean[] => {
  const touched = conceptsIn(normalized);
  return CLASSES.map((c) => grounded(c, touched));
};

const examples: Example[] = items.map((item) => {
  const normalized = normalize(item.text);
  return {
    f: features(normalized),
    grounded: grounds(normalized),
    y: CLASSES.map((c) => (item.level !== "none" && item.category === c ? 1 : 0)),
    none: item.level === "none",
    rulesNone: screenByRules(item.text, item.lang ?? "nl").level === "none",
    everyday: everyday.has(item),
  };
});

/** A small fixed-seed generator, so the shuffles (and the file) are the same on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Model {
  w: Map<number, Float64Array>;
  bias: Float64Array;
}

/** Ordinary answers count twice: they are far more common in a real chat than any look-alike of danger. */
const weighted = (set: Example[]): Example[] => [...set, ...set.filter((ex) => ex.everyday)];

function train(set: Example[]): Model {
  const k = CLASSES.length;
  const w = new Map<number, Float64Array>();
  const g2 = new Map<number, Float64Array>();
  const bias = new Float64Array(k);
  const bias2 = new Float64Array(k).fill(1e-8);
  const order = set.map((_, i) => i);
  const rand = lcg(20261203);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const ex = set[index] as Example;
      const z = Array.from(bias);
      for (const f of ex.f) {
        const row = w.get(f);
        if (row !== undefined) for (let c = 0; c < k; c++) z[c] = (z[c] as number) + (row[c] as number);
      }
      for (let c = 0; c < k; c++) {
        const g = 1 / (1 + Math.exp(-(z[c] as number))) - (ex.y[c] as number);
        bias2[c] = (bias2[c] as number) + g * g;
        bias[c] = (bias[c] as number) - (RATE * g) / Math.sqrt(bias2[c] as number);
        for (const f of ex.f) {
          let row = w.get(f);
          let acc = g2.get(f);
          if (row === undefined || acc === undefined) {
            row = new Float64Array(k);
            acc = new Float64Array(k).fill(1e-8);
            w.set(f, row);
            g2.set(f, acc);
          }
          const gf = g + L2 * (row[c] as number);
          acc[c] = (acc[c] as number) + gf * gf;
          row[c] = (row[c] as number) - (RATE * gf) / Math.sqrt(acc[c] as number);
        }
      }
    }
  }
  return { w, bias };
}

/** The strongest class the text gives grounds for, as the product's model.opinion() picks it. */
function maxP(m: Model, f: number[], grounded: boolean[]): { p: number; c: number } {
  const z = Array.from(m.bias);
  for (const h of f) {
    const row = m.w.get(h);
    if (row !== undefined) for (let c = 0; c < z.length; c++) z[c] = (z[c] as number) + (row[c] as number);
  }
  let best = { p: 0, c: 0 };
  z.forEach((v, c) => {
    const p = 1 / (1 + Math.exp(-v));
    if (grounded[c] === true && p > best.p) best = { p, c };
  });
  return best;
}

// Out-of-fold probabilities: how the model does on texts it was not trained on.
const oof = new Array<number>(examples.length).fill(0);
for (let fold = 0; fold < FOLDS; fold++) {
  const trainSet = weighted(examples.filter((_, i) => i % FOLDS !== fold));
  const m = train(trainSet);
  examples.forEach((ex, i) => {
    if (i % FOLDS === fold) oof[i] = maxP(m, ex.f, ex.grounded).p;
  });
}

// The threshold: the lowest that keeps the model's questions within both budgets, counted on the texts the
// rules let through (the only ones the model ever sees in the product).
const scored = examples.map((ex, i) => ({ ex, p: oof[i] as number }));
const lowestWithin = (ps: number[], budget: number): number => {
  const sorted = [...ps].sort((a, b) => b - a);
  return (sorted[Math.floor(ps.length * budget)] ?? 0.5) + 1e-6;
};
const harmless = scored.filter((r) => r.ex.none && r.ex.rulesNone && !r.ex.everyday);
const ordinary = scored.filter((r) => r.ex.everyday && r.ex.rulesNone);
const threshold = Number(
  Math.max(
    0.5,
    lowestWithin(
      harmless.map((r) => r.p),
      FALSE_ALARM_BUDGET,
    ),
    lowestWithin(
      ordinary.map((r) => r.p),
      EVERYDAY_BUDGET,
    ),
  ).toFixed(4),
);
const missedByRules = scored.filter((r) => !r.ex.none && r.ex.rulesNone);
const caught = missedByRules.filter((r) => r.p >= threshold).length;
const flagged = harmless.filter((r) => r.p >= threshold).length;
const flaggedOrdinary = ordinary.filter((r) => r.p >= threshold).length;
console.log(
  `training items ${examples.length}; cross-validated (${FOLDS} folds), on what the rules let through:`,
);
console.log(`  positives the rules miss: ${missedByRules.length}, the model asks about ${caught}`);
console.log(
  `  look-alikes of danger: ${harmless.length}, the model asks about ${flagged} (budget ${FALSE_ALARM_BUDGET * 100}%)`,
);
console.log(
  `  ordinary answers: ${ordinary.length}, the model asks about ${flaggedOrdinary} (budget ${EVERYDAY_BUDGET * 100}%)`,
);
console.log(`  threshold ${threshold}`);

// The final model on everything, pruned to the strongest features and stored as 8-bit weights.
const final = train(weighted(examples));
const rows = [...final.w.entries()]
  .map(([h, row]) => ({ h, row, strength: Math.max(...Array.from(row, Math.abs)) }))
  .sort((a, b) => b.strength - a.strength || a.h - b.h)
  .slice(0, KEEP)
  .sort((a, b) => a.h - b.h);
const scale = CLASSES.map((_, c) => Math.max(...rows.map((r) => Math.abs(r.row[c] as number))) / 127);
// The hashes, sorted, as gaps of 7 bits a byte (high bit: more follows): about 2.6 bytes each, not 4.
const gaps: number[] = [];
let previous = 0;
for (const r of rows) {
  let gap = r.h - previous;
  previous = r.h;
  while (gap >= 0x80) {
    gaps.push((gap & 0x7f) | 0x80);
    gap = Math.floor(gap / 0x80);
  }
  gaps.push(gap);
}
const hashes = Buffer.from(gaps);
const weights = Buffer.alloc(rows.length * CLASSES.length);
rows.forEach((r, i) => {
  CLASSES.forEach((_, c) => {
    weights.writeInt8(Math.round((r.row[c] as number) / (scale[c] as number)), i * CLASSES.length + c);
  });
});
const digest = trainingDigest(items);
const round = (x: number): number => Number(x.toPrecision(6));
const list = (values: readonly (string | number)[]): string =>
  `[${values.map((v) => JSON.stringify(v)).join(", ")}]`;
// Laid out as biome formats it, so a fresh training run leaves `npm run lint` clean.
const file = `// Generated by \`npm run train:screen\` (bench/train-screen.ts) from the labelled sets, never from the
// newest blind blocks. Do not edit by hand: change the sets and train again.
export const WEIGHTS = {
  classes: ${list(CLASSES)},
  threshold: ${threshold},
  bias: ${list(Array.from(final.bias, round))},
  scale: ${list(scale.map(round))},
  hashes:
    "${hashes.toString("base64")}",
  weights:
    "${weights.toString("base64")}",
  trainedOn: { items: ${items.length}, digest: "${digest}" },
};
`;
writeFileSync(new URL("../src/safety/model/weights.ts", import.meta.url), file);
console.log(
  `wrote src/safety/model/weights.ts: ${rows.length} features, ${Math.round(file.length / 1024)} KB`,
);

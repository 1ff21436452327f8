// The screener's second opinion: a small linear model over words and letter groups, trained on the labelled
// sets, that notices danger worded in ways no rule lists. It only ever asks (a check, or the acute question),
// never stops coaching on its own: the rules keep every stop.
import type { ScreenCategory } from "../types.ts";
import { GROUNDS, grounded } from "./concepts.ts";
import { conceptsIn, features } from "./features.ts";
import { WEIGHTS } from "./weights.ts";

export interface Opinion {
  category: ScreenCategory;
  /** The model's probability for that category. */
  p: number;
  /** The part of the normalised text it was most sure about (one sentence, or the whole). */
  part: string;
}

interface Decoded {
  rows: Map<number, number>;
  weights: Int8Array;
}

let decoded: Decoded | null = null;

function bytes(base64: string): Uint8Array {
  const raw = atob(base64);
  const out = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) out[i] = raw.charCodeAt(i);
  return out;
}

/** Decoded on first use: most answers never need it, and start-up on Workers stays quick. */
function model(): Decoded {
  if (decoded !== null) return decoded;
  // The sorted hashes come as gaps, 7 bits a byte, the high bit saying another byte follows.
  const gaps = bytes(WEIGHTS.hashes);
  const rows = new Map<number, number>();
  let hash = 0;
  let gap = 0;
  let shift = 1;
  for (const byte of gaps) {
    gap += (byte & 0x7f) * shift;
    if (byte & 0x80) {
      shift *= 0x80;
      continue;
    }
    hash += gap;
    rows.set(hash, rows.size);
    gap = 0;
    shift = 1;
  }
  const w = bytes(WEIGHTS.weights);
  decoded = { rows, weights: new Int8Array(w.buffer, w.byteOffset, w.length) };
  return decoded;
}

const ANY_GROUND: readonly string[] = [...new Set(Object.values(GROUNDS).flat())];

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** Probability per class for one normalised part, in WEIGHTS.classes order. */
export function probabilities(part: string): number[] {
  const { rows, weights } = model();
  const k = WEIGHTS.classes.length;
  const z = [...WEIGHTS.bias];
  for (const f of features(part)) {
    const row = rows.get(f);
    if (row === undefined) continue;
    for (let c = 0; c < k; c++)
      z[c] = (z[c] as number) + (weights[row * k + c] as number) * (WEIGHTS.scale[c] as number);
  }
  return z.map(sigmoid);
}

/**
 * The strongest class over the whole text and each of its sentences, when it reaches the threshold and the
 * part names something that class's question can stand on (GROUNDS).
 */
export function opinion(normalized: string): Opinion | null {
  // A sentence touches no group its whole text does not: with no grounds in the whole, no part has any,
  // and most ordinary answers are done here, without the model's arithmetic.
  const whole = conceptsIn(normalized);
  if (!ANY_GROUND.some((group) => whole.has(group))) return null;
  const sentences = normalized.split(" . ").filter((p) => p.trim() !== "" && p.trim() !== ".");
  const parts = sentences.length > 1 ? [normalized, ...sentences] : [normalized];
  let best: Opinion | null = null;
  for (const part of parts) {
    const ps = probabilities(part);
    // The whole text's groups are known already; a sentence's are read only when one of its classes is sure.
    let touched: Set<string> | null = part === normalized ? whole : null;
    for (let c = 0; c < ps.length; c++) {
      const p = ps[c] as number;
      if (p < WEIGHTS.threshold || (best !== null && p <= best.p)) continue;
      const category = WEIGHTS.classes[c] as ScreenCategory;
      touched ??= conceptsIn(part);
      if (grounded(category, touched)) best = { category, p, part };
    }
  }
  return best;
}

// What the quiz remembers: the items of this round in their order (drawn by the seed) and the answers.
import type { Stance } from "../../src/coaching/classify.ts";
import type { Answer } from "../../src/engine/answer.ts";
import type { FlowInput } from "../../src/engine/flow.ts";
import type { Locale, Region } from "../../src/locales.ts";
import { type ItemId, itemIds, QUIZ_LENGTH } from "./items.ts";
import type { QuizAnswer } from "./score.ts";

export const stances = ["volgend", "activerend", "expert"] as const satisfies readonly Stance[];

export interface QuizContext {
  locale: Locale;
  region: Region;
  seed: number;
  /** The items of the rounds so far, in order: a second round appends ten items not in the first. */
  order: ItemId[];
  answers: QuizAnswer[];
  /** Whether the trainee stopped after the first round rather than playing a second. */
  stopped?: boolean;
}

/** Rounds a conversation may hold; the pool is large enough that they never share an item. */
export const MAX_ROUNDS = 2;

/** A small deterministic generator (mulberry32), so a round is the same when replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The items of a round: the pool shuffled by the seed, the `round`th stretch of QUIZ_LENGTH (0-based), so
 * the rounds of one conversation never repeat an item.
 */
export function roundOf(seed: number, length = QUIZ_LENGTH, round = 0): ItemId[] {
  const next = random(seed);
  const pool: ItemId[] = [...itemIds];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    const a = pool[i];
    const b = pool[j];
    if (a !== undefined && b !== undefined) [pool[i], pool[j]] = [b, a];
  }
  return pool.slice(round * length, (round + 1) * length);
}

/** The round the trainee is in (0-based) and the place of the current item in it. */
export function placeOf(ctx: QuizContext): { round: number; index: number } {
  const round = Math.min(Math.floor(ctx.answers.length / QUIZ_LENGTH), ctx.order.length / QUIZ_LENGTH - 1);
  return { round, index: ctx.answers.length - round * QUIZ_LENGTH };
}

export function initialContext(input: FlowInput): QuizContext {
  return {
    locale: input.locale,
    region: input.region,
    seed: input.seed,
    order: roundOf(input.seed),
    answers: [],
  };
}

export function isStance(id: string | undefined): id is Stance {
  return (stances as readonly string[]).includes(id ?? "");
}

export const choiceOf = (a: Answer): string | undefined => (a.kind === "choice" ? a.choice[0] : undefined);

/** The item the trainee is looking at now, or undefined when the round is over. */
export const currentItem = (ctx: QuizContext): ItemId | undefined => ctx.order[ctx.answers.length];

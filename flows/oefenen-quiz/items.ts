// The answer key of the quiz "herken de fase": per item the GG phase the professional's utterance
// belongs to. The words of each item (in context) live in the content files, per language.
import type { Stance } from "../../src/coaching/classify.ts";

export const itemIds = [
  "moe",
  "zwemmen",
  "suiker",
  "stilte",
  "schaal",
  "pufjes",
  "wie-helpt",
  "kleinkinderen",
  "avond",
  "artrose",
  "blij",
  "slaapuren",
  "gewone-dag",
  "dirigent",
  "rust",
  "belangrijkst",
  "vorige-keer",
  "dochter",
] as const;
export type ItemId = (typeof itemIds)[number];

export const answerKey: Record<ItemId, Stance> = {
  moe: "volgend",
  zwemmen: "activerend",
  suiker: "expert",
  stilte: "volgend",
  schaal: "activerend",
  pufjes: "expert",
  "wie-helpt": "activerend",
  kleinkinderen: "volgend",
  avond: "activerend",
  artrose: "expert",
  blij: "volgend",
  slaapuren: "expert",
  "gewone-dag": "volgend",
  dirigent: "activerend",
  rust: "expert",
  belangrijkst: "volgend",
  "vorige-keer": "activerend",
  dochter: "volgend",
};

/** Items per round, drawn from the pool. */
export const QUIZ_LENGTH = 10;

export function isItemId(id: string): id is ItemId {
  return (itemIds as readonly string[]).includes(id);
}

// Packs blocks into as many messages as Slack takes: at most 50 blocks and 12,000 characters of block
// text each (Slack answers msg_blocks_too_long well below its documented limits, around 12-13k), every
// section within 3,000. Pure.
import type { types } from "@slack/bolt";
import { LIMITS, type SlackMessage } from "../blocks.ts";
import { truncate } from "../text.ts";

/** The block text one message may carry: under the size at which Slack refuses a message. */
export const MAX_BLOCK_TEXT = 12_000;

/** All text a block carries (sections, contexts, headers, button labels), counted as Slack counts it. */
export function blockTextLength(block: unknown): number {
  if (typeof block !== "object" || block === null) return 0;
  let n = 0;
  for (const [key, value] of Object.entries(block)) {
    if (key === "text" && typeof value === "string") n += value.length;
    else if (typeof value === "object") n += blockTextLength(value);
  }
  return n;
}

/**
 * Greedy packing in order; `continued` (a short context block) opens every message after the first,
 * so a reader knows the message goes on from the one before.
 */
export function packMessages(
  blocks: types.KnownBlock[],
  fallback: string,
  continued?: types.KnownBlock,
): SlackMessage[] {
  const messages: SlackMessage[] = [];
  let current: types.KnownBlock[] = [];
  let length = 0;
  /** Blocks of this message beyond the "continued" line: a message never holds only that line. */
  let own = 0;
  const flush = () => {
    messages.push({ text: truncate(fallback, LIMITS.fallbackText) || " ", blocks: current });
    current = continued ? [continued] : [];
    length = continued ? blockTextLength(continued) : 0;
    own = 0;
  };
  for (const block of blocks) {
    const size = blockTextLength(block);
    if (own > 0 && (current.length + 1 > LIMITS.blocksPerMessage || length + size > MAX_BLOCK_TEXT)) flush();
    current.push(block);
    length += size;
    own++;
  }
  if (own > 0) flush();
  return messages;
}

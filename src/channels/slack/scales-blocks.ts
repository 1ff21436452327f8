// The spinnenweb's one step in a Slack DM: a section per part (its name and description) with a 0-10
// select beside it, one tick box group for the "hier wil ik over praten" marks, and one Klaar button.
// Slack keeps the selections itself until Klaar is pressed; the button then reads them all
// (actions.ts). Pure: input in, blocks out; within Block Kit's limits (one select per section, at
// most 100 options per select, 10 per tick box group).
import type { types } from "@slack/bolt";
import type { InputSpec } from "../../engine/types.ts";
import { ACTION } from "./actions.ts";
import type { SlackCopy } from "./copy.ts";
import { MARKS_ACTION, OPTION_TEXT, scaleAction } from "./scales-actions.ts";
import { escapeMrkdwn, truncate } from "./text.ts";

type ScalesInput = Extract<InputSpec, { kind: "scales" }>;
type KnownBlock = types.KnownBlock;

const SECTION_TEXT = 3000;
/** Block ids of the scale sections: their selects are dropped once the step is answered. */
export const SCALE_BLOCK = "gc_scale";
const plain = (text: string): types.PlainTextElement => ({
  type: "plain_text",
  text: truncate(text, OPTION_TEXT),
  emoji: true,
});

export function scalesBlocks(
  input: ScalesInput,
  conversationId: string,
  version: number,
  copy: SlackCopy,
): KnownBlock[] {
  const grades = Array.from({ length: input.max - input.min + 1 }, (_, i) => input.min + i);
  const option = (n: number): types.PlainTextOption => ({ text: plain(String(n)), value: String(n) });
  const blocks: KnownBlock[] = input.items.map((item) => {
    const about = item.description ? `\n${escapeMrkdwn(item.description)}` : "";
    return {
      type: "section",
      block_id: `${SCALE_BLOCK}_${item.id}`,
      text: { type: "mrkdwn", text: truncate(`*${escapeMrkdwn(item.label)}*${about}`, SECTION_TEXT) },
      accessory: {
        type: "static_select",
        action_id: scaleAction(item.id),
        placeholder: plain(copy.gradePlaceholder),
        options: grades.map(option),
        ...(item.value === undefined ? {} : { initial_option: option(item.value) }),
      },
    };
  });
  const marks = input.items.map(
    (item): types.PlainTextOption => ({ text: plain(item.label), value: item.id }),
  );
  const marked = marks.filter((o) => input.marked?.includes(o.value ?? ""));
  blocks.push({
    type: "section",
    block_id: `${SCALE_BLOCK}_marks`,
    text: { type: "mrkdwn", text: `*${escapeMrkdwn(input.markLabel)}*` },
    accessory: {
      type: "checkboxes",
      action_id: MARKS_ACTION,
      options: marks.slice(0, 10),
      ...(marked.length ? { initial_options: marked } : {}),
    },
  });
  const ends = copy.scaleHint(input.minLabel, input.maxLabel);
  blocks.push({
    type: "context",
    block_id: "gc_hint_scales",
    elements: [{ type: "mrkdwn", text: escapeMrkdwn([ends, copy.scalesHint].filter(Boolean).join(" · ")) }],
  });
  const names = Object.fromEntries(input.items.map((item) => [item.id, truncate(item.label, OPTION_TEXT)]));
  blocks.push({
    type: "actions",
    block_id: "gc_submit",
    elements: [
      {
        type: "button",
        action_id: ACTION.submit,
        text: plain(copy.submit),
        value: JSON.stringify({
          c: conversationId,
          v: version,
          n: names,
          m: truncate(input.markLabel, OPTION_TEXT),
        }),
        style: "primary",
      },
    ],
  });
  return blocks;
}

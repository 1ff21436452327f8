// App Home's "delete my data" and "download my data" blocks: the offers (saying exactly what is and is
// not erased), the confirmation step (with Block Kit's own confirm dialog on the final button as
// well) and the note after erasing. Pure.
import type { types } from "@slack/bolt";
import { ACTION } from "./actions.ts";
import { button, contextLine, sections } from "./blocks.ts";
import type { SlackCopy } from "./copy.ts";

/** Where the user is in "delete my data": offered (undefined), asked to confirm, or done. */
export type EraseState = "ask" | "done" | "unfinished" | undefined;

const step = (s: "ask" | "yes" | "no") => JSON.stringify({ s });

/** The note at the top of App Home after erasing. */
export function eraseNote(state: EraseState, copy: SlackCopy): types.KnownBlock[] {
  if (state === "done") return sections(copy.eraseDone);
  if (state === "unfinished") return sections(copy.eraseUnfinished);
  return [];
}

/** The offer at the bottom of App Home, or the confirmation step in its place. */
export function eraseBlocks(state: EraseState, copy: SlackCopy): types.KnownBlock[] {
  if (state !== "ask")
    return [
      { type: "divider" },
      {
        type: "section",
        text: { type: "mrkdwn", text: copy.downloadOffer },
        accessory: button(ACTION.download, copy.downloadButton, "{}"),
      },
      {
        type: "section",
        text: { type: "mrkdwn", text: copy.eraseOffer },
        accessory: button(ACTION.erase, copy.eraseButton, step("ask"), "danger"),
      },
      contextLine(copy.eraseKeeps),
    ];
  const yes = {
    ...button(`${ACTION.erase}:yes`, copy.eraseYes, step("yes"), "danger"),
    confirm: {
      title: { type: "plain_text" as const, text: copy.eraseConfirmTitle },
      text: { type: "plain_text" as const, text: copy.eraseConfirmText },
      confirm: { type: "plain_text" as const, text: copy.eraseYes },
      deny: { type: "plain_text" as const, text: copy.eraseNo },
      style: "danger" as const,
    },
  };
  return [
    { type: "divider" },
    // Our own mrkdwn: the bold "are you sure?" stays bold.
    { type: "section", text: { type: "mrkdwn", text: copy.eraseAsk } },
    contextLine(copy.eraseKeeps),
    {
      type: "actions",
      block_id: "gc_home_erase",
      elements: [yes, button(`${ACTION.erase}:no`, copy.eraseNo, step("no"))],
    },
  ];
}

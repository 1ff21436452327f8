// Block Kit messages for the DM: a conversation state as sections plus the buttons its input needs
// (0-10 scale, choices, checkboxes with a submit button, back / skip / pause), the crisis help, the
// summary, the flow chooser and short notes. Pure: state in, JSON out.
import type { types } from "@slack/bolt";
import { z } from "zod";
import type { WireAnswer } from "../../engine/answer.ts";
import type { ConversationState, InputSpec } from "../../engine/types.ts";
import type { SummarySection } from "../../summary/render.ts";
import { neutraliseBidi } from "../bidi.ts";
import { ACTION } from "./actions.ts";
import type { SlackCopy } from "./copy.ts";
import { SCALE_BLOCK, scalesBlocks } from "./scales-blocks.ts";
import { chunk, escapeMrkdwn, truncate } from "./text.ts";

type KnownBlock = types.KnownBlock;
type Button = types.Button;

export interface SlackMessage {
  /** The notification and screen-reader text; Block Kit shows the blocks. */
  text: string;
  blocks: KnownBlock[];
}

/** Block Kit limits (docs.slack.dev/reference/block-kit). */
export const LIMITS = {
  sectionText: 3000,
  buttonText: 75,
  optionText: 75,
  headerText: 150,
  elementsPerActions: 25,
  checkboxOptions: 10,
  blocksPerMessage: 50,
  fallbackText: 300,
} as const;

export function sections(text: string): KnownBlock[] {
  return chunk(escapeMrkdwn(text), LIMITS.sectionText).map((piece) => ({
    type: "section",
    text: { type: "mrkdwn", text: piece },
  }));
}

export function contextLine(text: string, blockId?: string): KnownBlock {
  return {
    type: "context",
    ...(blockId ? { block_id: blockId } : {}),
    elements: [{ type: "mrkdwn", text: truncate(escapeMrkdwn(text), LIMITS.sectionText) }],
  };
}

/** Block ids of how-to-answer hints: they go together with the buttons once a step is answered. */
const HINT = "gc_hint";

export function button(actionId: string, label: string, value: string, style?: "primary" | "danger"): Button {
  return {
    type: "button",
    action_id: actionId,
    text: { type: "plain_text", text: truncate(label, LIMITS.buttonText), emoji: true },
    value,
    ...(style ? { style } : {}),
  };
}

/** Buttons in as many actions blocks as the 25-element limit needs. */
export function buttonRows(buttons: Button[], blockId: string): KnownBlock[] {
  const rows: KnownBlock[] = [];
  for (let i = 0; i < buttons.length; i += LIMITS.elementsPerActions)
    rows.push({
      type: "actions",
      block_id: `${blockId}_${i}`,
      elements: buttons.slice(i, i + LIMITS.elementsPerActions),
    });
  return rows;
}

/** The notification text: plain, so not escaped, but without controls that would reorder it. */
function fallback(texts: string[]): string {
  return truncate(neutraliseBidi(texts.join(" ")).replace(/\s+/g, " ").trim(), LIMITS.fallbackText) || " ";
}

function limited(blocks: KnownBlock[]): KnownBlock[] {
  return blocks.slice(0, LIMITS.blocksPerMessage);
}

const coachTexts = (state: ConversationState) =>
  state.messages.filter((m) => m.role === "coach").map((m) => m.text);

function inputBlocks(
  state: ConversationState,
  conversationId: string,
  copy: SlackCopy,
  canPause: boolean,
): KnownBlock[] {
  const input = state.input;
  const value = (a: WireAnswer) => JSON.stringify({ c: conversationId, v: state.version, a });
  const blocks: KnownBlock[] = [];
  let n = 0;
  const answerId = () => `${ACTION.answer}:${n++}`;

  switch (input.kind) {
    case "text":
      blocks.push(contextLine(copy.typeAnswer(input.maxLength), `${HINT}_text`));
      break;
    case "scale": {
      const buttons: Button[] = [];
      for (let grade = input.min; grade <= input.max; grade++)
        buttons.push(
          button(
            answerId(),
            String(grade),
            value({ value: grade }),
            input.value === grade ? "primary" : undefined,
          ),
        );
      blocks.push(...buttonRows(buttons, "gc_scale"));
      const hint = copy.scaleHint(input.minLabel, input.maxLabel);
      if (hint) blocks.push(contextLine(hint, `${HINT}_scale`));
      break;
    }
    case "choice":
      if (input.multiple) blocks.push(...checkboxBlocks(input, conversationId, state.version, copy));
      else
        blocks.push(
          ...buttonRows(
            input.options.map((o) =>
              button(
                answerId(),
                o.label,
                value({ choice: o.id }),
                input.selected?.includes(o.id) ? "primary" : undefined,
              ),
            ),
            "gc_choice",
          ),
        );
      break;
    case "scales":
      blocks.push(...scalesBlocks(input, conversationId, state.version, copy));
      break;
    case "none":
      break;
  }

  const nav: Button[] = [];
  if (state.canGoBack) nav.push(button(answerId(), `← ${copy.back}`, value({ command: "back" })));
  if ("skip" in input && input.skip) nav.push(button(answerId(), input.skip, value({ command: "skip" })));
  if (canPause && !state.done && input.kind !== "none")
    nav.push(button(answerId(), copy.pause, value({ command: "pause" })));
  if (nav.length > 0) blocks.push({ type: "actions", block_id: "gc_nav", elements: nav });
  return blocks;
}

function checkboxBlocks(
  input: Extract<InputSpec, { kind: "choice" }>,
  conversationId: string,
  version: number,
  copy: SlackCopy,
): KnownBlock[] {
  const option = (o: { id: string; label: string }): types.PlainTextOption => ({
    text: { type: "plain_text", text: truncate(o.label, LIMITS.optionText), emoji: true },
    value: o.id,
  });
  const groups: KnownBlock[] = [];
  // Checkboxes hold at most 10 options each; ticks stay in Slack until the submit button is pressed.
  for (let i = 0; i < input.options.length; i += LIMITS.checkboxOptions) {
    const options = input.options.slice(i, i + LIMITS.checkboxOptions);
    const selected = options.filter((o) => input.selected?.includes(o.id)).map(option);
    groups.push({
      type: "actions",
      block_id: `gc_pick_${i}`,
      elements: [
        {
          type: "checkboxes",
          action_id: `${ACTION.pick}:${i}`,
          options: options.map(option),
          ...(selected.length > 0 ? { initial_options: selected } : {}),
        },
      ],
    });
  }
  groups.push(contextLine(copy.pickMany, `${HINT}_pick`));
  groups.push({
    type: "actions",
    block_id: "gc_submit",
    elements: [
      button(ACTION.submit, copy.submit, JSON.stringify({ c: conversationId, v: version }), "primary"),
    ],
  });
  return groups;
}

export interface PromptOptions {
  /** A line above the step, such as "welcome back" or why the step is shown again. */
  lead?: string;
  /** False while the safety check question is open: it must be answered, not paused. */
  canPause?: boolean;
}

/** The conversation's current step: what the coach says and the buttons for the answer. */
export function promptMessage(
  state: ConversationState,
  conversationId: string,
  copy: SlackCopy,
  options: PromptOptions = {},
): SlackMessage {
  const texts = coachTexts(state);
  const { lead, canPause = true } = options;
  return {
    text: fallback(lead ? [lead, ...texts] : texts),
    blocks: limited([
      ...(lead ? [contextLine(lead)] : []),
      ...texts.flatMap(sections),
      ...inputBlocks(state, conversationId, copy, canPause),
    ]),
  };
}

/** A block as Slack sent it back in an interaction payload: any object with a type. */
const returnedBlock = z.custom<KnownBlock>(
  (value) => typeof value === "object" && value !== null && "type" in value && typeof value.type === "string",
);

/**
 * A message once its button was pressed: the blocks Slack sent back without their buttons, plus
 * what was chosen, so the old message can no longer be pressed and still reads right.
 */
export function answeredMessage(
  shown: unknown[],
  text: string,
  copy: SlackCopy,
  label: string,
): SlackMessage {
  const kept = shown.flatMap((block): KnownBlock[] => {
    const parsed = returnedBlock.safeParse(block);
    if (!parsed.success || parsed.data.type === "actions" || parsed.data.block_id?.startsWith(HINT))
      return [];
    // The spinnenweb's parts stay readable, without their selects; the answer line says what was given.
    if (parsed.data.type === "section" && parsed.data.block_id?.startsWith(SCALE_BLOCK)) {
      const { accessory: _select, ...section } = parsed.data;
      return parsed.data.block_id === `${SCALE_BLOCK}_marks` ? [] : [section as KnownBlock];
    }
    return [parsed.data];
  });
  return {
    text: fallback([text]),
    blocks: limited([...kept, ...(label ? [contextLine(copy.answered(label))] : [])]),
  };
}

/** Coaching has ended for safety: the region's help, with nothing to press that could hide it. */
export function crisisMessage(state: ConversationState): SlackMessage {
  const [title = "", ...lines] = coachTexts(state);
  return {
    text: fallback([title, ...lines]),
    blocks: limited([
      {
        type: "section",
        text: { type: "mrkdwn", text: truncate(`*${escapeMrkdwn(title)}*`, LIMITS.sectionText) },
      },
      ...lines.flatMap(sections),
    ]),
  };
}

/** The last step of a finished conversation, with the summary when the flow has one. */
export function finishedMessage(
  state: ConversationState,
  copy: SlackCopy,
  summary?: SummarySection[],
): SlackMessage {
  const texts = coachTexts(state);
  return {
    text: fallback(texts),
    blocks: limited([
      ...texts.flatMap(sections),
      ...(summary?.length ? summaryBlocks(summary, copy.summaryHeading) : []),
    ]),
  };
}

export function summaryBlocks(summary: SummarySection[], heading: string): KnownBlock[] {
  return [
    { type: "divider" },
    { type: "header", text: { type: "plain_text", text: truncate(heading, LIMITS.headerText), emoji: true } },
    ...summary.flatMap((s) =>
      chunk(
        `*${escapeMrkdwn(s.heading)}*\n${s.items.map((i) => `• ${escapeMrkdwn(i.label)}: ${escapeMrkdwn(i.text)}`).join("\n")}`,
        LIMITS.sectionText,
      ).map((text): KnownBlock => ({ type: "section", text: { type: "mrkdwn", text } })),
    ),
  ];
}

export function startButtons(flowIds: string[], copy: SlackCopy): Button[] {
  return flowIds.map((id, i) =>
    button(
      `${ACTION.start}:${i}`,
      copy.flowLabel(id),
      JSON.stringify({ f: id }),
      i === 0 ? "primary" : undefined,
    ),
  );
}

/** Choose a flow; with an open conversation, offer to continue it first. */
export function chooserMessage(
  flowIds: string[],
  copy: SlackCopy,
  options: { lead?: string; open?: { conversationId: string; flowId: string } } = {},
): SlackMessage {
  const blocks: KnownBlock[] = [];
  if (options.lead) blocks.push(...sections(options.lead));
  if (options.open) {
    blocks.push(...sections(`${copy.openConversation} (${copy.flowLabel(options.open.flowId)})`));
    blocks.push({
      type: "actions",
      block_id: "gc_open",
      elements: [
        button(ACTION.continue, copy.continue, JSON.stringify({ c: options.open.conversationId }), "primary"),
      ],
    });
    blocks.push(...sections(copy.startOther));
  } else blocks.push(...sections(copy.choose));
  blocks.push(...buttonRows(startButtons(flowIds, copy), "gc_start"));
  blocks.push(contextLine(copy.notMedicalRecord));
  return {
    text: fallback([options.lead ?? "", options.open ? copy.openConversation : copy.choose]),
    blocks: limited(blocks),
  };
}

/** Paused: the engine's words, and a button to go on. */
export function pausedMessage(
  state: ConversationState,
  conversationId: string,
  copy: SlackCopy,
): SlackMessage {
  const texts = coachTexts(state);
  return {
    text: fallback(texts),
    blocks: limited([
      ...texts.flatMap(sections),
      contextLine(copy.pausedHint),
      {
        type: "actions",
        block_id: "gc_paused",
        elements: [button(ACTION.continue, copy.continue, JSON.stringify({ c: conversationId }), "primary")],
      },
    ]),
  };
}

/**
 * The direct, kind question after an ambiguous message that the engine never saw (typed where a
 * button was expected, or outside a conversation): yes ends coaching with the help, no goes on.
 */
export function checkMessage(
  question: { before?: string; question: string; yes: string; no: string },
  conversationId: string | undefined,
  category: string | null,
): SlackMessage {
  const value = (yes: boolean) =>
    JSON.stringify({ ...(conversationId ? { c: conversationId } : {}), y: yes, k: category });
  const said = question.before === undefined ? [question.question] : [question.before, question.question];
  return {
    text: fallback(said),
    blocks: [
      ...said.flatMap((text) => sections(text)),
      {
        type: "actions",
        block_id: "gc_check",
        elements: [
          button(`${ACTION.check}:yes`, question.yes, value(true)),
          button(`${ACTION.check}:no`, question.no, value(false)),
        ],
      },
    ],
  };
}

/** A short note from the coach, without buttons. */
export function noteMessage(text: string): SlackMessage {
  return { text: fallback([text]), blocks: sections(text) };
}

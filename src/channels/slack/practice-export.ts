// The end of a practice session in the Slack DM: the session to take to supervision, as a Markdown file
// in the same DM (files.uploadV2), with the words as the trainee saw them, each reply's voice, the
// labels, figures, feedback and the patient's profile, and under it a button to mark a label "dat
// bedoelde ik anders" (label-note-slack.ts). Where Slack will not take the file (an app
// installed without files:write), the same Markdown comes as messages within Slack's limits. What is
// posted is remembered, so "delete my data" removes it with the rest.

import type { types } from "@slack/bolt";
import { exportCopy } from "../../coaching/practice-export-copy.ts";
import { practiceMarkdown } from "../../coaching/practice-markdown.ts";
import { CHANNEL_ACCESS, type TurnOutcome } from "../../engine/conversations.ts";
import { flowIds } from "../../flow-ids.ts";
import type { Locale } from "../../locales.ts";
import { practiceExport } from "../practice-export.ts";
import type { SlackApi } from "./api.ts";
import { LIMITS, type SlackMessage } from "./blocks.ts";
import type { CoachKit, SlackUser } from "./coach-kit.ts";
import { packMessages } from "./intervision/pack.ts";
import { noteButtonMessage } from "./label-note-views.ts";
import { describeError } from "./logging.ts";
import { chunk, escapeMrkdwn } from "./text.ts";

const fileTitle: Record<Locale, (session: string) => string> = {
  nl: (session) => `${session}: om mee te nemen naar supervisie`,
  en: (session) => `${session}: to take to supervision`,
};

const inMessages: Record<Locale, string> = {
  nl: "Dit gesprek om mee te nemen naar je opleider of supervisie, als Markdown:",
  en: "This conversation to take to your trainer or supervision, as Markdown:",
};

/** The Markdown in code blocks, so Slack shows it as written; a fence inside it is broken up. */
export function markdownAsMessages(markdown: string, lead: string): SlackMessage[] {
  const pieces = chunk(escapeMrkdwn(markdown.replace(/```/g, "``\u200b`")), LIMITS.sectionText - 10);
  const blocks: types.KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: escapeMrkdwn(lead) } },
    ...pieces.map(
      (p): types.KnownBlock => ({ type: "section", text: { type: "mrkdwn", text: `\`\`\`${p}\`\`\`` } }),
    ),
  ];
  return packMessages(blocks, lead);
}

/** Whether this turn ended a practice session, so its export belongs after the reply. */
export const endsPractice = (outcome: TurnOutcome) =>
  outcome.flow === flowIds.practice && outcome.state.done && outcome.status === "done";

/** After the export, a button to mark a label "dat bedoelde ik anders" (label-note-slack.ts). */
export async function sendPracticeExport(
  kit: CoachKit,
  api: SlackApi,
  who: SlackUser,
  channel: string,
  outcome: TurnOutcome,
): Promise<void> {
  if (!endsPractice(outcome)) return;
  const locale = await shareExport(kit, api, who, channel, outcome.id);
  if (locale) await api.post(channel, noteButtonMessage(locale, outcome.id));
}

/**
 * Shares the session's Markdown in the DM, with the trainee's notes on labels as they are now; its
 * language, or undefined when the session has no export.
 */
export async function shareExport(
  kit: CoachKit,
  api: SlackApi,
  who: SlackUser,
  channel: string,
  id: string,
): Promise<Locale | undefined> {
  const { engine, store, now } = kit.deps;
  const result = await practiceExport(engine, id, CHANNEL_ACCESS);
  if (!result.ok) return undefined;
  const { summary, stored, notes } = result.value;
  const c = exportCopy[summary.locale];
  const markdown = practiceMarkdown(summary, stored, notes);
  let fileId: string;
  try {
    fileId = await api.upload(channel, {
      filename: "oefengesprek.md",
      title: fileTitle[summary.locale](c.title(summary.persona?.label ?? summary.persona?.name ?? "")),
      content: markdown,
    });
  } catch (error) {
    kit.deps.log.warn("practice export as file refused; sent as messages", describeError(error));
    for (const message of markdownAsMessages(markdown, inMessages[summary.locale])) {
      const posted = await api.post(channel, message);
      await store.recordPost({ ...who, channel: posted.channel, ts: posted.ts, createdAt: now() });
    }
    return summary.locale;
  }
  await store.recordPost({ ...who, channel, ts: fileId, kind: "file", createdAt: now() });
  return summary.locale;
}

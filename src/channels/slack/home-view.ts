// The App Home tab for one user: their open conversation with a continue button, start buttons,
// their own finished summaries, "delete my data", and that Slack is not a medical record. Pure.
import type { types } from "@slack/bolt";
import { type Locale, languageTag } from "../../locales.ts";
import type { SummarySection } from "../../summary/render.ts";
import { ACTION } from "./actions.ts";
import { button, buttonRows, contextLine, sections, startButtons, summaryBlocks } from "./blocks.ts";
import type { SlackCopy } from "./copy.ts";
import { type EraseState, eraseBlocks, eraseNote } from "./erase-blocks.ts";
import { escapeMrkdwn, truncate } from "./text.ts";

/** A Home tab holds at most 100 blocks. */
const MAX_HOME_BLOCKS = 100;

export interface FinishedConversation {
  flowId: string;
  startedAt: number;
  /** The flow's summary as sections; flows without a summary model show their last words instead. */
  summary: SummarySection[] | undefined;
  lastWords: string[];
}

export interface HomeData {
  flowIds: string[];
  open: { conversationId: string; flowId: string } | undefined;
  finished: FinishedConversation[];
  /** Where the user is in "delete my data"; undefined shows just its button. */
  erase?: EraseState;
}

function dateOf(ms: number, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag[locale], {
    dateStyle: "long",
    timeZone: "Europe/Amsterdam",
  }).format(new Date(ms));
}

export function homeView(data: HomeData, copy: SlackCopy, locale: Locale): types.HomeView {
  const blocks: types.KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: copy.appName, emoji: true } },
    ...sections(copy.homeIntro),
    contextLine(copy.notMedicalRecord),
    ...eraseNote(data.erase, copy),
    { type: "divider" },
  ];
  if (data.open) {
    blocks.push({
      type: "section",
      text: { type: "mrkdwn", text: copy.homeOpen(escapeMrkdwn(copy.flowLabel(data.open.flowId))) },
      accessory: button(
        ACTION.continue,
        copy.continue,
        JSON.stringify({ c: data.open.conversationId }),
        "primary",
      ),
    });
  } else blocks.push(...sections(copy.homeNothingOpen));
  blocks.push(...sections(copy.homeStart), ...buttonRows(startButtons(data.flowIds, copy), "gc_home_start"));

  blocks.push(
    { type: "divider" },
    { type: "header", text: { type: "plain_text", text: copy.homeSummaries, emoji: true } },
  );
  if (data.finished.length === 0) blocks.push(contextLine(copy.homeNoSummaries));
  for (const done of data.finished) {
    blocks.push({
      type: "section",
      text: {
        type: "mrkdwn",
        text: copy.homeItem(escapeMrkdwn(copy.flowLabel(done.flowId)), dateOf(done.startedAt, locale)),
      },
    });
    // The item line above stands in for summaryBlocks' own divider and header.
    if (done.summary?.length) blocks.push(...summaryBlocks(done.summary, copy.summaryHeading).slice(2));
    else blocks.push(...done.lastWords.flatMap((w) => sections(truncate(w, 1000))));
  }
  // "Delete my data" always fits: the summaries give way to it.
  const erase = eraseBlocks(data.erase, copy);
  return { type: "home", blocks: [...blocks.slice(0, MAX_HOME_BLOCKS - erase.length), ...erase] };
}

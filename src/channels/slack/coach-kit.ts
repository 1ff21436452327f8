// What the coach's handlers share: reading a conversation through the engine, the one reply of an
// event (which also remembers where the current step is), rendering a turn's outcome, showing where
// things stand, and the cosmetic follow-ups after the reply.
import {
  CHANNEL_ACCESS,
  type CurrentView,
  type Engine,
  type TurnOutcome,
} from "../../engine/conversations.ts";
import type { FlowRegistry } from "../../engine/flow.ts";
import { defaultLocale, type Locale } from "../../locales.ts";
import type { Logger } from "../../log.ts";
import { type SummarySection, summarySections } from "../../summary/render.ts";
import { summarySchema } from "../../summary/schema.ts";
import type { SlackApi } from "./api.ts";
import {
  answeredMessage,
  chooserMessage,
  crisisMessage,
  finishedMessage,
  pausedMessage,
  promptMessage,
  type SlackMessage,
} from "./blocks.ts";
import { type SlackCopy, slackCopy } from "./copy.ts";
import { describeError } from "./logging.ts";
import type { SlackStore } from "./store.ts";

export interface SlackUser {
  teamId: string;
  userId: string;
}

/** Where a button was pressed: a DM message (channel, ts and its blocks) or the App Home (none). */
export interface PressedWhere {
  channel: string | undefined;
  messageTs: string | undefined;
  messageBlocks: unknown[] | undefined;
  messageText: string;
}

export interface CoachDeps {
  engine: Engine;
  flows: FlowRegistry;
  store: SlackStore;
  log: Logger;
  now: () => number;
  /** More of the person's own data for "Download mijn gegevens" (their intervision contributions). */
  exportExtra?: (who: SlackUser) => Promise<Record<string, unknown>>;
}

export const isOpen = (view: Pick<CurrentView, "status">) =>
  view.status === "active" || view.status === "paused" || view.status === "check";

export const copyOf = (locale: Locale | undefined): SlackCopy => slackCopy[locale ?? defaultLocale];

export type CoachKit = ReturnType<typeof createCoachKit>;

export function createCoachKit(deps: CoachDeps) {
  const { engine, flows, store, log, now } = deps;

  /** Where the conversation stands, or undefined (and its links dropped) when it was erased or expired. */
  async function viewOf(conversationId: string): Promise<CurrentView | undefined> {
    const view = await engine.current(conversationId, CHANNEL_ACCESS);
    if (view.ok) return view.value;
    if (view.error.code === "not_found") await store.forget(conversationId);
    return undefined;
  }

  /** The language to speak about a conversation in (undefined, so Dutch, when it is gone). */
  async function localeOf(conversationId: string | null | undefined): Promise<Locale | undefined> {
    return conversationId ? (await viewOf(conversationId))?.locale : undefined;
  }

  /** The reflection's summary as sections; other flows' summaries are shown by their last words. */
  function sectionsOf(summary: unknown): SummarySection[] | undefined {
    const parsed = summarySchema.safeParse(summary);
    return parsed.success ? summarySections(parsed.data, parsed.data.locale) : undefined;
  }

  async function summaryOf(conversationId: string): Promise<SummarySection[] | undefined> {
    const result = await engine.summary(conversationId, CHANNEL_ACCESS);
    return result.ok ? sectionsOf(result.value.summary) : undefined;
  }

  /** Posts the one reply of this event and remembers where the current step is (null: none shown). */
  async function reply(
    api: SlackApi,
    who: SlackUser,
    channel: string,
    message: SlackMessage,
    isPrompt: boolean,
  ) {
    const posted = await api.post(channel, message);
    await store.updateUser(
      who.teamId,
      who.userId,
      { dmChannel: posted.channel, promptTs: isPrompt ? posted.ts : null },
      now(),
    );
    return posted;
  }

  /** After the reply: cosmetic, so a failure is logged and never makes Slack deliver the event again. */
  async function bestEffort(what: string, action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (error) {
      log.warn("slack follow-up failed", { what, ...describeError(error) });
    }
  }

  /** Takes the buttons off the message that was pressed and shows what was chosen. */
  async function closePressed(api: SlackApi, where: PressedWhere, label: string, locale: Locale | undefined) {
    const { channel, messageTs, messageBlocks } = where;
    if (!channel || !messageTs || !messageBlocks) return;
    await bestEffort("close answered message", () =>
      api.update(
        channel,
        messageTs,
        answeredMessage(messageBlocks, where.messageText, copyOf(locale), label),
      ),
    );
  }

  async function offerChooser(
    api: SlackApi,
    who: SlackUser,
    channel: string,
    lead?: string,
    locale?: Locale,
  ) {
    await reply(api, who, channel, chooserMessage(flows.ids(), copyOf(locale), lead ? { lead } : {}), false);
  }

  /** Renders a turn's outcome: crisis help, the finished summary, the paused note or the next step. */
  function renderTurn(
    outcome: TurnOutcome,
    paused: boolean,
  ): { message: SlackMessage; isPrompt: boolean; locale: Locale } {
    const { state, locale } = outcome;
    const copy = copyOf(locale);
    if (state.phase === "crisis" && state.done)
      return { message: crisisMessage(state), isPrompt: false, locale };
    if (state.done)
      return { message: finishedMessage(state, copy, sectionsOf(outcome.summary)), isPrompt: false, locale };
    if (paused) return { message: pausedMessage(state, outcome.id, copy), isPrompt: false, locale };
    const canPause = outcome.status !== "check";
    return { message: promptMessage(state, outcome.id, copy, { canPause }), isPrompt: true, locale };
  }

  /** Shows the current step again (or the crisis help, which stays). */
  async function showCurrent(
    api: SlackApi,
    who: SlackUser,
    channel: string,
    view: CurrentView,
    lead?: string,
  ) {
    if (view.status === "crisis") return reply(api, who, channel, crisisMessage(view.state), false);
    const copy = copyOf(view.locale);
    const message = promptMessage(view.state, view.id, copy, {
      lead: lead ?? copy.welcomeBack,
      canPause: view.status !== "check",
    });
    return reply(api, who, channel, message, true);
  }

  return {
    deps,
    viewOf,
    localeOf,
    summaryOf,
    reply,
    bestEffort,
    closePressed,
    offerChooser,
    renderTurn,
    showCurrent,
  };
}

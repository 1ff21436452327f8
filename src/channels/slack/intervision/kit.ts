// What the intervision handlers share: their dependencies, the copy of a round's language, private
// notes in a round's thread, DMs that are remembered so "delete my data" can remove them, modals that
// say so when they cannot open, and follow-ups whose failure is logged (by kind) but changes nothing.

import type { types } from "@slack/bolt";
import type { IntervisionStore, Round } from "../../../intervision/store.ts";
import type { Locale } from "../../../locales.ts";
import type { Logger } from "../../../log.ts";
import type { SlackMessage } from "../blocks.ts";
import { describeError } from "../logging.ts";
import type { SlackStore } from "../store.ts";
import { type IntervisionCopy, intervisionCopy } from "./copy.ts";
import { threadNote } from "./messages.ts";
import { createPeople } from "./people.ts";
import type { IntervisionApi } from "./slack-api.ts";
import { isSlackError } from "./slack-errors.ts";

export interface IntervisionDeps {
  store: IntervisionStore;
  /** Where every DM the app sends is remembered (the same list the coach's DM posts go to). */
  posts: Pick<SlackStore, "recordPost">;
  log: Logger;
  now: () => number;
}

export interface IntervisionUser {
  teamId: string;
  userId: string;
}

export const copyFor = (locale: Locale): IntervisionCopy => intervisionCopy[locale];

export type IntervisionKit = ReturnType<typeof createIntervisionKit>;

export function createIntervisionKit(deps: IntervisionDeps) {
  const { log, posts, now } = deps;
  const people = createPeople(now);

  /** After the essential reply: a failure is logged by kind and never makes Slack deliver again. */
  async function bestEffort(what: string, action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (error) {
      log.warn("intervision follow-up failed", { what, ...describeError(error) });
    }
  }

  /** A DM to `userId`, remembered (channel and ts only) so the person can have it deleted. */
  async function dm(api: IntervisionApi, teamId: string, userId: string, message: SlackMessage) {
    const posted = await api.post(userId, message);
    await posts.recordPost({ teamId, userId, channel: posted.channel, ts: posted.ts, createdAt: now() });
    return posted;
  }

  /**
   * A note only `userId` sees: in the round's thread, or where they pressed something (`place`: the
   * channel of the parent message, the DM of a rating).
   */
  function note(
    api: IntervisionApi,
    round: Round,
    userId: string,
    text: string,
    place?: { channel: string; threadTs?: string },
  ) {
    const where = place ?? { channel: round.channelId, threadTs: round.parentTs ?? undefined };
    return bestEffort("private note", () => api.ephemeral(where.channel, userId, text, where.threadTs));
  }

  /**
   * Opens a modal for a press or a shortcut; when Slack will not (the trigger expired, often because
   * Slack was slow), the person is told to try again, privately where they pressed or else by DM,
   * instead of seeing nothing. True when it opened.
   */
  async function openModal(
    api: IntervisionApi,
    round: Round,
    userId: string,
    triggerId: string,
    view: types.ModalView,
    place?: { channel: string; threadTs?: string },
  ): Promise<boolean> {
    try {
      await api.openView(triggerId, view);
      return true;
    } catch (error) {
      if (!isSlackError(error)) throw error;
      log.warn("intervision modal did not open", describeError(error));
      const text = copyFor(round.locale).pressAgain;
      const where = place ?? { channel: round.channelId, threadTs: round.parentTs ?? undefined };
      try {
        await api.ephemeral(where.channel, userId, text, where.threadTs);
      } catch {
        await bestEffort("modal failed note", () => dm(api, round.teamId, userId, threadNote(text)));
      }
      return false;
    }
  }

  return { deps, people, bestEffort, dm, note, openModal };
}

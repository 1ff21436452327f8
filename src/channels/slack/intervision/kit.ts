// What the intervision handlers share: their dependencies, the copy of a round's language, private
// notes in a round's thread, and follow-ups whose failure is logged (by kind) but changes nothing.

import type { IntervisionStore, Round } from "../../../intervision/store.ts";
import type { Locale } from "../../../locales.ts";
import type { Logger } from "../../../log.ts";
import { describeError } from "../logging.ts";
import { type IntervisionCopy, intervisionCopy } from "./copy.ts";
import type { IntervisionApi } from "./slack-api.ts";

export interface IntervisionDeps {
  store: IntervisionStore;
  log: Logger;
  now: () => number;
}

export interface IntervisionUser {
  teamId: string;
  userId: string;
}

export const copyFor = (locale: Locale): IntervisionCopy => intervisionCopy[locale];

/** Slack's platform error code ("not_in_channel"), when the error is one. */
export function slackErrorCode(error: unknown): string | undefined {
  const code = describeError(error).slackError;
  return typeof code === "string" ? code : undefined;
}

export type IntervisionKit = ReturnType<typeof createIntervisionKit>;

export function createIntervisionKit(deps: IntervisionDeps) {
  const { log } = deps;

  /** After the essential reply: a failure is logged by kind and never makes Slack deliver again. */
  async function bestEffort(what: string, action: () => Promise<unknown>): Promise<void> {
    try {
      await action();
    } catch (error) {
      log.warn("intervision follow-up failed", { what, ...describeError(error) });
    }
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

  return { deps, bestEffort, note };
}

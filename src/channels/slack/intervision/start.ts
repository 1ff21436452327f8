// Starting a round: /intervisie opens the start modal (participants default to the channel's
// members), and its submission creates the round with its first timers and posts the parent message.
// The starter is the facilitator. A repeated submission of the same modal finds the same round.

import { startState, timersFor } from "../../../intervision/round.ts";
import { type Locale, localeOr } from "../../../locales.ts";
import { describeError } from "../logging.ts";
import type { Announcer } from "./announce.ts";
import { copyFor, type IntervisionKit, type IntervisionUser, slackErrorCode } from "./kit.ts";
import { threadNote } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";
import { type StartChoice, startModal } from "./views.ts";

/** Slack's answers when the app cannot post in the channel: the round is not started there. */
const CANNOT_POST = new Set(["not_in_channel", "channel_not_found", "is_archived", "restricted_action"]);

/** `/intervisie en` runs the round in English; anything that names no language, in Dutch. */
export function localeOfCommand(text: string): Locale {
  return localeOr(text.trim().toLowerCase());
}

export function createStart(kit: IntervisionKit, announcer: Announcer) {
  const { store, log, now } = kit.deps;

  async function command(api: IntervisionApi, channel: string, text: string, triggerId: string) {
    const locale = localeOfCommand(text);
    // Without the members (the app is not in the channel yet) the list starts empty, still editable.
    const members = await api.members(channel).catch((error: unknown) => {
      log.warn("intervision members unavailable", describeError(error));
      return [];
    });
    const metadata = JSON.stringify({ c: channel, l: locale });
    await api.openView(triggerId, startModal(copyFor(locale), locale, metadata, members));
  }

  async function submitted(
    api: IntervisionApi,
    who: IntervisionUser,
    form: { channel: string; locale: Locale; choice: StartChoice; viewId: string },
  ) {
    const at = now();
    const plan = { method: form.choice.method, phaseHours: form.choice.phaseHours };
    const state = startState(plan, at);
    const round = await store.create(
      {
        teamId: who.teamId,
        channelId: form.channel,
        method: form.choice.method,
        locale: form.locale,
        facilitatorId: who.userId,
        caseBringerId: form.choice.caseBringerId,
        phaseHours: form.choice.phaseHours,
        anonymousQuestions: form.choice.anonymousQuestions,
      },
      form.choice.participants,
      {
        id: crypto.randomUUID(),
        startKey: `view:${form.viewId}`,
        state,
        timers: timersFor(state, plan, at),
        now: at,
      },
    );
    log.info("intervision started", {
      round: round.id,
      method: round.method,
      participants: form.choice.participants.length,
      phaseHours: round.phaseHours,
    });
    try {
      await announcer.announce(api, round);
    } catch (error) {
      const code = slackErrorCode(error);
      if (!code || !CANNOT_POST.has(code) || round.parentTs) throw error;
      // Never reached the channel: forget it (and its timers) and tell the facilitator why.
      await store.discard(round.id);
      log.warn("intervision could not start in channel", { slackError: code });
      await kit.bestEffort("cannot post note", () =>
        api.post(who.userId, threadNote(copyFor(form.locale).notInChannel)),
      );
    }
  }

  return { command, submitted };
}

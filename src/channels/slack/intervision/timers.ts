// The timer handlers of intervision, for the sweep on Node and Workers: at a phase's deadline the
// round moves on (choosing the most-voted case when it was choosing one); before it, participants
// who have not contributed to the phase get a reminder DM; and a version Slack refused for a moment is
// shown again. All carry the version they were scheduled for, so a timer of an older state does
// nothing; a refusal for good blocks the round instead of being retried for ever.
import { phaseAt } from "../../../intervision/methods.ts";
import { phasePlanOf } from "../../../intervision/store.ts";
import { intervisionTimerEvent, TIMER_TYPES } from "../../../intervision/timer-events.ts";
import { RetryLater, type TimerHandler } from "../../../timers/sweep.ts";
import { describeError } from "../logging.ts";
import { createAnnouncer } from "./announce.ts";
import { createCases } from "./cases.ts";
import { createChanger, type Delivery } from "./changes.ts";
import { createContributions } from "./contribute.ts";
import { copyFor, createIntervisionKit, type IntervisionDeps } from "./kit.ts";
import { channelLink, reminderMessage, threadNote } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";
import { channelGone, isSlackError, personUnreachable, retryAfterSeconds } from "./slack-errors.ts";

/** Another handler is showing the round right now: the sweep comes back to this timer. */
class StillShowing extends Error {
  override name = "StillShowing";
}

export function createIntervisionTimerHandlers(
  deps: IntervisionDeps & { api: IntervisionApi },
): Record<string, TimerHandler> {
  const kit = createIntervisionKit(deps);
  const announcer = createAnnouncer(kit);
  const changer = createChanger(kit, announcer);
  const cases = createCases(kit, changer, createContributions(kit, announcer));
  const { store, log, api } = deps;

  /** Shows an unshown version; true when the round is shown and may move on. */
  async function shown(delivery: Delivery): Promise<boolean> {
    if (delivery === "busy") throw new StillShowing("another handler is showing this round");
    return delivery === "shown";
  }

  const deadline: TimerHandler = async (event, timer) => {
    const { round: id, version } = intervisionTimerEvent.parse(event);
    const round = await store.get(id);
    if (!round) return;
    // A version not yet shown (an earlier attempt failed) is shown first.
    if (!(await shown(await changer.deliver(api, round, "timer")))) return;
    if (round.status !== "running" || round.changeKey === timer.id || round.version !== version) return;
    if (cases.choosing(round) && !round.caseBringerId) {
      const chosen = await cases.winner(round);
      if (chosen) {
        await cases.choose(api, round, chosen.userId, timer.id, "timer");
        return;
      }
      // Nobody proposed a case: choosing goes on, and the facilitator hears it.
      const { outcome } = await changer.change(
        api,
        round,
        { type: "extend", hours: round.phaseHours },
        timer.id,
        "timer",
      );
      if (outcome === "changed")
        await kit.bestEffort("no proposals note", () =>
          kit.dm(
            api,
            round.teamId,
            round.facilitatorId,
            threadNote(copyFor(round.locale).noProposalsExtended(channelLink(round.channelId))),
          ),
        );
      return;
    }
    const { outcome } = await changer.change(api, round, { type: "deadline", version }, timer.id, "timer");
    if (outcome !== "stale" && outcome !== "ended")
      log.info("intervision deadline", { round: id, version, outcome });
  };

  const remind: TimerHandler = async (event) => {
    const { round: id, version } = intervisionTimerEvent.parse(event);
    const round = await store.get(id);
    if (round?.status !== "running" || round.version !== version || !round.phaseOpen || !round.parentTs)
      return;
    const phase = phaseAt(phasePlanOf(round), round.phase);
    const [participants, contributed] = await Promise.all([
      store.participants(id),
      store.contributors(id, round.phase),
    ]);
    const done = new Set(contributed);
    const expected = participants.filter((user) =>
      phase.contributors === "caseBringer" && round.caseBringerId
        ? user === round.caseBringerId
        : phase.contributors === "group"
          ? user !== round.caseBringerId
          : true,
    );
    const missing = expected.filter((user) => !done.has(user));
    const message = reminderMessage(round, copyFor(round.locale));
    let sent = 0;
    let unreachable = 0;
    let later: unknown;
    for (const user of missing) {
      try {
        await kit.dm(api, round.teamId, user, message);
        sent++;
      } catch (error) {
        if (!isSlackError(error)) throw error;
        log.warn("intervision reminder failed", { round: id, ...describeError(error) });
        // Slack will never deliver this DM (a bot, a deactivated user) or any (the app was let go).
        if (personUnreachable(error) || channelGone(error)) unreachable++;
        else later ??= error;
      }
    }
    log.info("intervision reminders", {
      round: id,
      phase: round.phase,
      sent,
      missing: missing.length,
      unreachable,
    });
    // Retried only when nobody got it and it may pass, so a retry never reminds anyone twice.
    if (sent === 0 && later !== undefined) {
      const wait = retryAfterSeconds(later);
      throw wait === undefined ? new Error("no reminder could be sent") : new RetryLater(wait * 1000);
    }
  };

  const announce: TimerHandler = async (event) => {
    const { round: id, version } = intervisionTimerEvent.parse(event);
    const round = await store.get(id);
    if (!round || round.announcedVersion >= version) return;
    await shown(await changer.deliver(api, round, "timer"));
  };

  return { [TIMER_TYPES.deadline]: deadline, [TIMER_TYPES.remind]: remind, [TIMER_TYPES.announce]: announce };
}

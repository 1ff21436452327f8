// The timer handlers of intervision, for the sweep on Node and Workers: at a phase's deadline the
// round moves on; before it, participants who have not contributed to the phase get a reminder DM.
// Both carry the version they were scheduled for, so a timer of an older state does nothing.
import { phaseOf } from "../../../intervision/methods.ts";
import { intervisionTimerEvent, TIMER_TYPES } from "../../../intervision/timer-events.ts";
import type { TimerHandler } from "../../../timers/sweep.ts";
import { describeError } from "../logging.ts";
import { createAnnouncer } from "./announce.ts";
import { createChanger } from "./changes.ts";
import { copyFor, createIntervisionKit, type IntervisionDeps } from "./kit.ts";
import { reminderMessage } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";

export function createIntervisionTimerHandlers(
  deps: IntervisionDeps & { api: IntervisionApi },
): Record<string, TimerHandler> {
  const kit = createIntervisionKit(deps);
  const announcer = createAnnouncer(kit);
  const change = createChanger(kit, announcer);
  const { store, log, api } = deps;

  const deadline: TimerHandler = async (event, timer) => {
    const { round: id, version } = intervisionTimerEvent.parse(event);
    const round = await store.get(id);
    if (!round) return;
    // Never shown (the start failed and the modal was left): a round nobody saw is not run later.
    if (round.parentTs === null && round.announcedVersion === 0) {
      await store.discard(id);
      log.info("intervision discarded unseen round", { round: id });
      return;
    }
    // A version not yet shown (an earlier attempt failed) is shown first; failing throws, and the
    // sweep retries this timer with backoff.
    await announcer.announce(api, round);
    if (round.changeKey === timer.id) return;
    const outcome = await change(api, round, { type: "deadline", version }, timer.id);
    if (outcome !== "stale" && outcome !== "ended")
      log.info("intervision deadline", { round: id, version, outcome });
  };

  const remind: TimerHandler = async (event) => {
    const { round: id, version } = intervisionTimerEvent.parse(event);
    const round = await store.get(id);
    if (round?.status !== "running" || round.version !== version || !round.phaseOpen || !round.parentTs)
      return;
    const phase = phaseOf(round.method, round.phase);
    const [participants, contributed] = await Promise.all([
      store.participants(id),
      store.contributors(id, round.phase),
    ]);
    const done = new Set(contributed);
    const expected = participants.filter((user) =>
      phase.contributors === "caseBringer"
        ? user === round.caseBringerId
        : phase.contributors === "group"
          ? user !== round.caseBringerId
          : true,
    );
    const missing = expected.filter((user) => !done.has(user));
    const message = reminderMessage(round, copyFor(round.locale));
    let sent = 0;
    for (const user of missing) {
      try {
        await api.post(user, message);
        sent++;
      } catch (error) {
        log.warn("intervision reminder failed", { round: id, ...describeError(error) });
      }
    }
    // Retried only when nobody got it, so a retry never reminds anyone twice.
    if (missing.length > 0 && sent === 0) throw new Error("no reminder could be sent");
    log.info("intervision reminders", { round: id, phase: round.phase, sent, missing: missing.length });
  };

  return { [TIMER_TYPES.deadline]: deadline, [TIMER_TYPES.remind]: remind };
}

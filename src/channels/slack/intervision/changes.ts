// Applying a command to a round (the pure transition, saved with its timers only if nobody changed
// the round meanwhile) and delivering it to Slack without a silent failure: a refusal that passes is
// tried again (by the sweep's backoff, or a timer a minute later), a refusal for good blocks the round
// and tells the facilitator, and a round that never reached its channel is forgotten with a DM why.
import { type RoundCommand, timersFor, transition } from "../../../intervision/round.ts";
import { type Round, roundPlanOf, type StateChange } from "../../../intervision/store.ts";
import { RetryLater } from "../../../timers/sweep.ts";
import { describeError } from "../logging.ts";
import { AnnouncementBusy, type Announcer } from "./announce.ts";
import { copyFor, type IntervisionKit } from "./kit.ts";
import { threadNote } from "./messages.ts";
import type { IntervisionApi } from "./slack-api.ts";
import { channelGone, isSlackError, messageRefused, retryAfterSeconds } from "./slack-errors.ts";

/** changed; or why not: the round ended or is blocked, the command came too late, or another change won. */
export type ChangeOutcome = "changed" | "ended" | "blocked" | "stale" | "closed" | "lost";

/**
 * shown; busy: someone else is showing it; retrying: Slack refused for now, a timer tries again;
 * blocked: Slack refuses the channel for good; discarded: the round never reached its channel.
 */
export type Delivery = "shown" | "busy" | "retrying" | "blocked" | "discarded";

/** timer: a failure is thrown for the sweep to retry; event: a timer a minute later retries it. */
export type DeliveryMode = "timer" | "event";

const RETRY_IN_MS = 60_000;

export type Extras = Pick<StateChange, "nextSteps" | "caseBringerId" | "blockedReason">;

export function createChanger(kit: IntervisionKit, announcer: Announcer) {
  const { store, log, now } = kit.deps;

  /** The transition saved with its timers; the round as it now is, or why not. */
  async function save(
    round: Round,
    command: RoundCommand,
    key: string,
    extras: Extras = {},
  ): Promise<{ outcome: Exclude<ChangeOutcome, "changed"> } | { outcome: "changed"; round: Round }> {
    const at = now();
    const plan = roundPlanOf(round);
    const next = transition(round, plan, command, at);
    if (!next.ok) return { outcome: next.reason };
    const defined = Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined)) as Extras;
    const saved = await store.change(
      round.id,
      round.version,
      { state: next.state, changeKey: key, timers: timersFor(next.state, plan, at), ...defined },
      at,
    );
    if (!saved) return { outcome: "lost" };
    return { outcome: "changed", round: { ...round, ...next.state, changeKey: key, ...defined } };
  }

  /** Slack refuses the channel for good: the round stops, and the facilitator hears it (with the record). */
  async function block(api: IntervisionApi, round: Round, code: string): Promise<Delivery> {
    const copy = copyFor(round.locale);
    if (round.parentTs === null && round.announcedVersion === 0) {
      // It never reached its channel: nothing ran, so nothing is kept.
      await store.discard(round.id);
      log.warn("intervision could not start in channel", { round: round.id, slackError: code });
      await kit.bestEffort("cannot post note", () =>
        kit.dm(
          api,
          round.teamId,
          round.facilitatorId,
          threadNote(
            code === "is_archived"
              ? copy.archived
              : messageRefused(code)
                ? copy.startRefused
                : copy.notInChannel,
          ),
        ),
      );
      return "discarded";
    }
    const saved = await save(round, { type: "block" }, `blocked:${code}`, { blockedReason: code });
    const blocked = saved.outcome === "changed" ? saved.round : await store.get(round.id);
    log.warn("intervision round blocked", { round: round.id, slackError: code });
    if (blocked?.status !== "blocked") return "blocked";
    try {
      await announcer.announce(api, blocked);
    } catch (error) {
      // The facilitator cannot be reached either: nothing more to try.
      log.warn("intervision blocked note failed", { round: round.id, ...describeError(error) });
      await announcer.giveUp(blocked);
    }
    return "blocked";
  }

  /** Shows the round's current version, handling whatever Slack answers (see Delivery). */
  async function deliver(api: IntervisionApi, round: Round, mode: DeliveryMode): Promise<Delivery> {
    try {
      await announcer.announce(api, round);
      return "shown";
    } catch (error) {
      if (error instanceof AnnouncementBusy) return "busy";
      if (!isSlackError(error)) throw error;
      const gone = channelGone(error);
      if (gone && round.status !== "blocked") return block(api, round, gone);
      log.warn("intervision announcement failed", { round: round.id, mode, ...describeError(error) });
      const wait = retryAfterSeconds(error);
      if (mode === "timer") throw wait === undefined ? error : new RetryLater(wait * 1000, { cause: error });
      await store.retryAnnouncement(
        round.id,
        round.version,
        now() + Math.max(RETRY_IN_MS, (wait ?? 0) * 1000),
      );
      return "retrying";
    }
  }

  /** Saves a command and delivers it. */
  async function change(
    api: IntervisionApi,
    round: Round,
    command: RoundCommand,
    key: string,
    mode: DeliveryMode,
    extras: Extras = {},
  ): Promise<{ outcome: ChangeOutcome; delivery?: Delivery; round?: Round }> {
    const saved = await save(round, command, key, extras);
    if (saved.outcome !== "changed") return { outcome: saved.outcome };
    return { outcome: "changed", delivery: await deliver(api, saved.round, mode), round: saved.round };
  }

  return { save, deliver, change };
}

export type Changer = ReturnType<typeof createChanger>;

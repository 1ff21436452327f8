// Applying a command to a round: the pure transition, saved with its timers only if nobody changed the
// round meanwhile, then announced in Slack. Used by the facilitator's controls and the deadline timer.
import { type RoundCommand, type RoundPlan, timersFor, transition } from "../../../intervision/round.ts";
import type { Round } from "../../../intervision/store.ts";
import type { Announcer } from "./announce.ts";
import type { IntervisionKit } from "./kit.ts";
import type { IntervisionApi } from "./slack-api.ts";

/** changed; or why not: the round ended, the command came too late, or another change won the race. */
export type ChangeOutcome = "changed" | "ended" | "stale" | "closed" | "lost";

export const planOf = (round: Round): RoundPlan => ({ method: round.method, phaseHours: round.phaseHours });

export function createChanger(kit: IntervisionKit, announcer: Announcer) {
  const { store, now } = kit.deps;

  return async function change(
    api: IntervisionApi,
    round: Round,
    command: RoundCommand,
    key: string,
    nextSteps?: string | null,
  ): Promise<ChangeOutcome> {
    const at = now();
    const plan = planOf(round);
    const next = transition(round, plan, command, at);
    if (!next.ok) return next.reason;
    const saved = await store.change(
      round.id,
      round.version,
      {
        state: next.state,
        changeKey: key,
        timers: timersFor(next.state, plan, at),
        ...(nextSteps !== undefined ? { nextSteps } : {}),
      },
      at,
    );
    if (!saved) return "lost";
    await announcer.announce(api, {
      ...round,
      ...next.state,
      changeKey: key,
      ...(nextSteps !== undefined ? { nextSteps } : {}),
    });
    return "changed";
  };
}

export type Changer = ReturnType<typeof createChanger>;

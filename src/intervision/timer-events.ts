// The timers of a round as rows of the timers table: their ids (stable per round, version and kind,
// so scheduling twice is harmless) and their events, read back with zod when they fire.
import { z } from "zod";
import type { NewTimer } from "../timers/store.ts";
import type { PlannedTimer } from "./round.ts";

/** deadline and remind follow from the state; announce retries showing a version Slack refused for a moment. */
export const TIMER_TYPES = {
  deadline: "intervision.deadline",
  remind: "intervision.remind",
  announce: "intervision.announce",
} as const;
export type TimerKind = keyof typeof TIMER_TYPES;

export const intervisionTimerEvent = z.object({
  type: z.enum([TIMER_TYPES.deadline, TIMER_TYPES.remind, TIMER_TYPES.announce]),
  round: z.string().min(1).max(64),
  version: z.number().int().min(1),
});
export type IntervisionTimerEvent = z.infer<typeof intervisionTimerEvent>;

export function timerRow(
  roundId: string,
  timer: PlannedTimer | { kind: TimerKind; dueAt: number; version: number },
): NewTimer {
  const event: IntervisionTimerEvent = {
    type: TIMER_TYPES[timer.kind],
    round: roundId,
    version: timer.version,
  };
  return {
    id: `iv:${roundId}:${timer.version}:${timer.kind}`,
    // Rounds are not conversations: the retention purge of conversations leaves these alone.
    conversationId: null,
    dueAt: timer.dueAt,
    event: JSON.stringify(event),
  };
}

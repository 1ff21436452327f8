// The round's state machine as a pure transition function: advance, deadline, extend, close, end.
// Every accepted change bumps the version; deadlines and reminders are timers stamped with it, so a
// timer of an earlier version finds a newer state and does nothing.
import { isLastPhase, type MethodId, phaseOf } from "./methods.ts";

export type RoundStatus = "running" | "ended";
/** What made the current version: the announcement in Slack follows from it. */
export type Change = "started" | "advanced" | "extended" | "closed" | "ended";
export type ChangedBy = "facilitator" | "deadline";

export interface RoundState {
  status: RoundStatus;
  phase: number;
  /** False once the facilitator closed the phase: no contributions; it still moves on at its deadline. */
  phaseOpen: boolean;
  phaseStartedAt: number;
  /** When the phase moves on; null once the round has ended. */
  deadlineAt: number | null;
  version: number;
  change: Change;
  changedBy: ChangedBy;
  endedAt: number | null;
}

export interface RoundPlan {
  method: MethodId;
  /** The length of a phase unless the phase has its own (fixedHours). */
  phaseHours: number;
}

export type RoundCommand =
  | { type: "advance" }
  /** A deadline timer fired; `version` is the one it was scheduled for. */
  | { type: "deadline"; version: number }
  | { type: "extend"; hours: number }
  | { type: "close" }
  | { type: "end" };

export type Refusal = "ended" | "stale" | "closed";

export type Transition = { ok: true; state: RoundState } | { ok: false; reason: Refusal };

export interface PlannedTimer {
  kind: "deadline" | "remind";
  dueAt: number;
  version: number;
}

const HOUR = 60 * 60 * 1000;

export function phaseHoursOf(plan: RoundPlan, index: number): number {
  return phaseOf(plan.method, index).fixedHours ?? plan.phaseHours;
}

export function startState(plan: RoundPlan, now: number): RoundState {
  return {
    status: "running",
    phase: 0,
    phaseOpen: true,
    phaseStartedAt: now,
    deadlineAt: now + phaseHoursOf(plan, 0) * HOUR,
    version: 1,
    change: "started",
    changedBy: "facilitator",
    endedAt: null,
  };
}

function ended(state: RoundState, by: ChangedBy, now: number): RoundState {
  return {
    ...state,
    status: "ended",
    phaseOpen: false,
    deadlineAt: null,
    version: state.version + 1,
    change: "ended",
    changedBy: by,
    endedAt: now,
  };
}

/** The next phase, or the end after the last one. */
function advanced(state: RoundState, plan: RoundPlan, by: ChangedBy, now: number): RoundState {
  if (isLastPhase(plan.method, state.phase)) return ended(state, by, now);
  const phase = state.phase + 1;
  return {
    ...state,
    phase,
    phaseOpen: true,
    phaseStartedAt: now,
    deadlineAt: now + phaseHoursOf(plan, phase) * HOUR,
    version: state.version + 1,
    change: "advanced",
    changedBy: by,
  };
}

export function transition(
  state: RoundState,
  plan: RoundPlan,
  command: RoundCommand,
  now: number,
): Transition {
  if (state.status === "ended") return { ok: false, reason: "ended" };
  switch (command.type) {
    case "advance":
      return { ok: true, state: advanced(state, plan, "facilitator", now) };
    case "deadline":
      // Only the deadline of this very version counts; an extension or a step since made it stale.
      if (command.version !== state.version) return { ok: false, reason: "stale" };
      return { ok: true, state: advanced(state, plan, "deadline", now) };
    case "extend": {
      // From the later of now and the old deadline; extending a closed phase opens it again.
      const from = Math.max(now, state.deadlineAt ?? now);
      return {
        ok: true,
        state: {
          ...state,
          phaseOpen: true,
          deadlineAt: from + command.hours * HOUR,
          version: state.version + 1,
          change: "extended",
          changedBy: "facilitator",
        },
      };
    }
    case "close":
      if (!state.phaseOpen) return { ok: false, reason: "closed" };
      return {
        ok: true,
        state: {
          ...state,
          phaseOpen: false,
          version: state.version + 1,
          change: "closed",
          changedBy: "facilitator",
        },
      };
    case "end":
      return { ok: true, state: ended(state, "facilitator", now) };
  }
}

/** How long before the deadline the reminder goes out: a quarter of the phase, from 1 to 12 hours. */
export function remindLeadMs(phaseHours: number): number {
  return Math.min(12 * HOUR, Math.max(HOUR, (phaseHours * HOUR) / 4));
}

/** The timers a state needs: its deadline, and a reminder while the phase is open and there is time. */
export function timersFor(state: RoundState, plan: RoundPlan, now: number): PlannedTimer[] {
  if (state.status !== "running" || state.deadlineAt === null) return [];
  const timers: PlannedTimer[] = [{ kind: "deadline", dueAt: state.deadlineAt, version: state.version }];
  const remindAt = state.deadlineAt - remindLeadMs(phaseHoursOf(plan, state.phase));
  if (state.phaseOpen && remindAt > now)
    timers.push({ kind: "remind", dueAt: remindAt, version: state.version });
  return timers;
}

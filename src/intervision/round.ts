// The round's state machine as a pure transition function: advance, deadline, extend, close, end,
// block. Every accepted change bumps the version; deadlines and reminders are timers stamped with it,
// so a timer of an earlier version finds a newer state and does nothing. Deadlines and reminders fall
// in working hours unless the round says otherwise (working-hours.ts).
import { isLastPhaseOf, type PhasePlan, phaseAt } from "./methods.ts";
import { nextWorkingTime, previousWorkingTime } from "./working-hours.ts";

export const ROUND_STATUSES = ["running", "ended", "blocked"] as const;
/** blocked: Slack refuses the channel for good (archived, app removed, uninstalled); nothing more is sent there. */
export type RoundStatus = (typeof ROUND_STATUSES)[number];
export const CHANGES = ["started", "advanced", "extended", "closed", "ended", "blocked"] as const;
/** What made the current version: the announcement in Slack follows from it. */
export type Change = (typeof CHANGES)[number];
export type ChangedBy = "facilitator" | "deadline";

export interface RoundState {
  status: RoundStatus;
  phase: number;
  /** False once the facilitator closed the phase: no contributions; it still moves on at its deadline. */
  phaseOpen: boolean;
  phaseStartedAt: number;
  /** When each phase so far began (index = phase): a reply is filed by when it was written. */
  phaseStarts: number[];
  /** When the facilitator closed the current phase; null while it is open. */
  closedAt: number | null;
  /** When the phase moves on; null once the round has ended. */
  deadlineAt: number | null;
  version: number;
  change: Change;
  changedBy: ChangedBy;
  endedAt: number | null;
}

export interface RoundPlan extends PhasePlan {
  /** The length of a phase unless the phase has its own (fixedHours). */
  phaseHours: number;
  /** The participants' time zones whose working hours deadlines and reminders keep to; null: any time. */
  workZones: string[] | null;
}

export type RoundCommand =
  | { type: "advance" }
  /** A deadline timer fired; `version` is the one it was scheduled for. */
  | { type: "deadline"; version: number }
  | { type: "extend"; hours: number }
  | { type: "close" }
  | { type: "end" }
  /** Slack refuses the round's channel for good. */
  | { type: "block" };

export type Refusal = "ended" | "blocked" | "stale" | "closed";

export type Transition = { ok: true; state: RoundState } | { ok: false; reason: Refusal };

export interface PlannedTimer {
  kind: "deadline" | "remind";
  dueAt: number;
  version: number;
}

const HOUR = 60 * 60 * 1000;

export function phaseHoursOf(plan: RoundPlan, index: number): number {
  return phaseAt(plan, index).fixedHours ?? plan.phaseHours;
}

/** A deadline `hours` after `from`, moved forward into working hours when the round keeps to them. */
function deadlineFrom(plan: RoundPlan, from: number, hours: number): number {
  const due = from + hours * HOUR;
  return plan.workZones ? nextWorkingTime(due, plan.workZones) : due;
}

export function startState(plan: RoundPlan, now: number): RoundState {
  return {
    status: "running",
    phase: 0,
    phaseOpen: true,
    phaseStartedAt: now,
    phaseStarts: [now],
    closedAt: null,
    deadlineAt: deadlineFrom(plan, now, phaseHoursOf(plan, 0)),
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
    closedAt: state.closedAt ?? now,
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
  if (isLastPhaseOf(plan, state.phase)) return ended(state, by, now);
  const phase = state.phase + 1;
  return {
    ...state,
    phase,
    phaseOpen: true,
    phaseStartedAt: now,
    phaseStarts: [...startsOf(state).slice(0, phase), now],
    closedAt: null,
    deadlineAt: deadlineFrom(plan, now, phaseHoursOf(plan, phase)),
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
  if (state.status !== "running") return { ok: false, reason: state.status };
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
          closedAt: null,
          deadlineAt: deadlineFrom(plan, from, command.hours),
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
          closedAt: now,
          version: state.version + 1,
          change: "closed",
          changedBy: "facilitator",
        },
      };
    case "end":
      return { ok: true, state: ended(state, "facilitator", now) };
    case "block":
      return {
        ok: true,
        state: {
          ...state,
          status: "blocked",
          phaseOpen: false,
          closedAt: state.closedAt ?? now,
          deadlineAt: null,
          version: state.version + 1,
          change: "blocked",
          changedBy: "deadline",
        },
      };
  }
}

/** The phase starts, also for a round stored before they were kept (then only the current one is known). */
function startsOf(state: Pick<RoundState, "phase" | "phaseStarts" | "phaseStartedAt">): number[] {
  if (state.phaseStarts.length === state.phase + 1) return state.phaseStarts;
  const starts = state.phaseStarts.slice(0, state.phase);
  while (starts.length < state.phase) starts.push(starts.at(-1) ?? 0);
  return [...starts, state.phaseStartedAt];
}

/**
 * The phase a message written at `writtenAt` belongs to: the last phase that had begun by then. A
 * reply Slack delivers late (a retry after the phase moved on) stays in the phase it was written in.
 */
export function phaseWrittenIn(
  state: Pick<RoundState, "phase" | "phaseStarts" | "phaseStartedAt">,
  writtenAt: number,
): number {
  const starts = startsOf(state);
  for (let i = starts.length - 1; i > 0; i--) if ((starts[i] ?? 0) <= writtenAt) return i;
  return 0;
}

/** Whether something written at `writtenAt` in the current phase came after the facilitator closed it. */
export function writtenAfterClose(state: Pick<RoundState, "closedAt">, writtenAt: number): boolean {
  return state.closedAt !== null && writtenAt >= state.closedAt;
}

/** How long before the deadline the reminder goes out: a quarter of the phase, from 1 to 12 hours. */
export function remindLeadMs(phaseHours: number): number {
  return Math.min(12 * HOUR, Math.max(HOUR, (phaseHours * HOUR) / 4));
}

/**
 * The timers a state needs: its deadline, and a reminder while the phase is open and there is time
 * (moved back into working hours when the round keeps to them).
 */
export function timersFor(state: RoundState, plan: RoundPlan, now: number): PlannedTimer[] {
  if (state.status !== "running" || state.deadlineAt === null) return [];
  const timers: PlannedTimer[] = [{ kind: "deadline", dueAt: state.deadlineAt, version: state.version }];
  const due = state.deadlineAt - remindLeadMs(phaseHoursOf(plan, state.phase));
  const remindAt = plan.workZones ? previousWorkingTime(due, plan.workZones) : due;
  if (state.phaseOpen && remindAt > now)
    timers.push({ kind: "remind", dueAt: remindAt, version: state.version });
  return timers;
}

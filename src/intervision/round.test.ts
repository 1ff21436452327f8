// The round's transition function: advancing through the phases to the end, deadlines of older
// versions doing nothing, extending, closing, ending, and the timers each state needs.
import { describe, expect, it } from "vitest";
import { METHODS } from "./methods.ts";
import {
  phaseHoursOf,
  phaseWrittenIn,
  type RoundPlan,
  type RoundState,
  remindLeadMs,
  startState,
  timersFor,
  transition,
  writtenAfterClose,
} from "./round.ts";

const HOUR = 3_600_000;
const T0 = 1_800_000_000_000;
const plan: RoundPlan = { method: "incident", phaseHours: 24, caseCollection: false, workZones: null };

function ok(result: ReturnType<typeof transition>): RoundState {
  if (!result.ok) throw new Error(`refused: ${result.reason}`);
  return result.state;
}

describe("transition", () => {
  it("starts at the first phase with its deadline", () => {
    expect(startState(plan, T0)).toMatchObject({
      status: "running",
      phase: 0,
      phaseOpen: true,
      deadlineAt: T0 + 24 * HOUR,
      version: 1,
      change: "started",
    });
  });

  it("advances through every phase and ends after the last, bumping the version each time", () => {
    let state = startState(plan, T0);
    const phases = METHODS.incident.phases.length;
    for (let i = 1; i < phases; i++) {
      state = ok(transition(state, plan, { type: "advance" }, T0 + i));
      expect(state).toMatchObject({ phase: i, version: i + 1, change: "advanced", changedBy: "facilitator" });
    }
    // The incident method's look back comes two weeks later.
    expect(state.deadlineAt).toBe(T0 + phases - 1 + 14 * 24 * HOUR);
    state = ok(transition(state, plan, { type: "advance" }, T0 + 99));
    expect(state).toMatchObject({ status: "ended", deadlineAt: null, change: "ended", endedAt: T0 + 99 });
    expect(transition(state, plan, { type: "advance" }, T0 + 100)).toEqual({ ok: false, reason: "ended" });
  });

  it("moves on at the deadline of the current version only", () => {
    const state = startState(plan, T0);
    expect(transition(state, plan, { type: "deadline", version: 0 }, T0)).toEqual({
      ok: false,
      reason: "stale",
    });
    const next = ok(transition(state, plan, { type: "deadline", version: 1 }, T0 + 24 * HOUR));
    expect(next).toMatchObject({ phase: 1, changedBy: "deadline", deadlineAt: T0 + 48 * HOUR });
  });

  it("extends from the later of now and the deadline, making the old deadline stale", () => {
    const state = startState(plan, T0);
    const extended = ok(transition(state, plan, { type: "extend", hours: 24 }, T0 + HOUR));
    expect(extended).toMatchObject({ phase: 0, deadlineAt: T0 + 48 * HOUR, version: 2, change: "extended" });
    expect(transition(extended, plan, { type: "deadline", version: 1 }, T0 + 24 * HOUR).ok).toBe(false);
    const late = ok(transition(extended, plan, { type: "extend", hours: 24 }, T0 + 50 * HOUR));
    expect(late.deadlineAt).toBe(T0 + 74 * HOUR);
  });

  it("closes a phase for contributions; it still moves on at its deadline, and extending opens it", () => {
    const state = startState(plan, T0);
    const closed = ok(transition(state, plan, { type: "close" }, T0 + HOUR));
    expect(closed).toMatchObject({ phaseOpen: false, deadlineAt: T0 + 24 * HOUR, change: "closed" });
    expect(transition(closed, plan, { type: "close" }, T0 + HOUR)).toEqual({ ok: false, reason: "closed" });
    expect(ok(transition(closed, plan, { type: "deadline", version: 2 }, T0 + 24 * HOUR)).phase).toBe(1);
    expect(ok(transition(closed, plan, { type: "extend", hours: 24 }, T0 + HOUR)).phaseOpen).toBe(true);
  });

  it("ends from any phase", () => {
    const state = startState(plan, T0);
    expect(ok(transition(state, plan, { type: "end" }, T0 + 5))).toMatchObject({
      status: "ended",
      endedAt: T0 + 5,
      changedBy: "facilitator",
    });
  });
});

describe("timersFor", () => {
  it("plans the deadline and a reminder a quarter of the phase before it", () => {
    const state = startState(plan, T0);
    expect(timersFor(state, plan, T0)).toEqual([
      { kind: "deadline", dueAt: T0 + 24 * HOUR, version: 1 },
      { kind: "remind", dueAt: T0 + 18 * HOUR, version: 1 },
    ]);
  });

  it("plans no reminder for a closed phase or when its time has passed, and nothing once ended", () => {
    const state = startState(plan, T0);
    const closed = ok(transition(state, plan, { type: "close" }, T0));
    expect(timersFor(closed, plan, T0).map((t) => t.kind)).toEqual(["deadline"]);
    expect(timersFor(state, plan, T0 + 23 * HOUR).map((t) => t.kind)).toEqual(["deadline"]);
    expect(timersFor(ok(transition(state, plan, { type: "end" }, T0)), plan, T0)).toEqual([]);
  });

  it("keeps the reminder lead between one and twelve hours", () => {
    expect(remindLeadMs(2)).toBe(HOUR);
    expect(remindLeadMs(24)).toBe(6 * HOUR);
    expect(remindLeadMs(14 * 24)).toBe(12 * HOUR);
    expect(phaseHoursOf(plan, 5)).toBe(14 * 24);
  });
});

describe("phases by when a message was written", () => {
  it("files a late reply in the phase it was written in, and knows when the phase was closed", () => {
    let state = startState(plan, T0);
    state = ok(transition(state, plan, { type: "advance" }, T0 + 10 * HOUR));
    state = ok(transition(state, plan, { type: "advance" }, T0 + 20 * HOUR));
    expect(state.phaseStarts).toEqual([T0, T0 + 10 * HOUR, T0 + 20 * HOUR]);
    expect(phaseWrittenIn(state, T0 + 9 * HOUR)).toBe(0);
    expect(phaseWrittenIn(state, T0 + 10 * HOUR)).toBe(1);
    expect(phaseWrittenIn(state, T0 + 19 * HOUR)).toBe(1);
    expect(phaseWrittenIn(state, T0 + 30 * HOUR)).toBe(2);
    // Before the round began (a clock skew): the first phase.
    expect(phaseWrittenIn(state, T0 - HOUR)).toBe(0);
    const closed = ok(transition(state, plan, { type: "close" }, T0 + 25 * HOUR));
    expect(writtenAfterClose(closed, T0 + 24 * HOUR)).toBe(false);
    expect(writtenAfterClose(closed, T0 + 25 * HOUR)).toBe(true);
    expect(ok(transition(closed, plan, { type: "extend", hours: 24 }, T0 + 26 * HOUR)).closedAt).toBeNull();
  });

  it("reads a round stored before phase starts were kept by its current phase", () => {
    const old = { phase: 3, phaseStarts: [], phaseStartedAt: T0 };
    expect(phaseWrittenIn(old, T0 + 1)).toBe(3);
    // Earlier starts are unknown: before the current phase means the one before it.
    expect(phaseWrittenIn(old, T0 - 1)).toBe(2);
  });
});

describe("blocking", () => {
  it("stops the round with no deadline and no timers", () => {
    const blocked = ok(transition(startState(plan, T0), plan, { type: "block" }, T0 + HOUR));
    expect(blocked).toMatchObject({ status: "blocked", deadlineAt: null, change: "blocked", version: 2 });
    expect(timersFor(blocked, plan, T0 + HOUR)).toEqual([]);
    expect(transition(blocked, plan, { type: "advance" }, T0 + 2 * HOUR)).toEqual({
      ok: false,
      reason: "blocked",
    });
  });
});

describe("a round that collects cases first", () => {
  it("has the collection phase before the method's own", () => {
    const collecting: RoundPlan = { ...plan, caseCollection: true };
    let state = startState(collecting, T0);
    for (let i = 0; i < METHODS.incident.phases.length; i++)
      state = ok(transition(state, collecting, { type: "advance" }, T0 + i + 1));
    expect(state.status).toBe("running");
    expect(phaseHoursOf(collecting, 6)).toBe(14 * 24);
    expect(ok(transition(state, collecting, { type: "advance" }, T0 + 99)).status).toBe("ended");
  });
});

describe("working hours", () => {
  // Monday 2 March 2026, 20:00 in Amsterdam.
  const evening = Date.UTC(2026, 2, 2, 19);
  const office: RoundPlan = { ...plan, workZones: ["Europe/Amsterdam"] };

  it("puts the deadline at 08:00 and the reminder at 17:30 the day before, not at night", () => {
    const state = startState(office, evening);
    expect(state.deadlineAt).toBe(Date.UTC(2026, 2, 4, 7));
    expect(timersFor(state, office, evening)).toEqual([
      { kind: "deadline", dueAt: Date.UTC(2026, 2, 4, 7), version: 1 },
      { kind: "remind", dueAt: Date.UTC(2026, 2, 3, 16, 30), version: 1 },
    ]);
  });

  it("keeps an extension in working hours too", () => {
    const state = startState(office, evening);
    const extended = ok(transition(state, office, { type: "extend", hours: 24 }, evening + HOUR));
    // Wednesday 08:00 + 24 h is Thursday 08:00: working time already.
    expect(extended.deadlineAt).toBe(Date.UTC(2026, 2, 5, 7));
  });

  it("leaves the times alone for a round that may run at any hour", () => {
    expect(startState(plan, evening).deadlineAt).toBe(evening + 24 * HOUR);
  });
});

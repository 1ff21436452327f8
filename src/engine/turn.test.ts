// The turn core without a database: each decision planTurn makes, on the test flow.
import { describe, expect, it } from "vitest";
import { proefFlow } from "../../test/flows/proef/machine.ts";
import type { WireAnswer } from "./answer.ts";
import { unpackJson } from "./phrase-code.ts";
import type { ConversationRecord, EventRecord } from "./records.ts";
import { renderStep } from "./reply.ts";
import { startFlow } from "./step.ts";
import { readAnswer } from "./stored-answer.ts";
import { readReply } from "./stored-reply.ts";
import { planTurn, type TurnPlan } from "./turn.ts";

const AT = 1_700_000_000_000;

/** A conversation at the test flow's start, or wherever `answers` take it. */
function conversation(...answers: WireAnswer[]): ConversationRecord {
  const started = startFlow(proefFlow, { locale: "nl", region: "NL", seed: 0 });
  let row: ConversationRecord = {
    id: "c1",
    flowId: proefFlow.id,
    flowVersion: proefFlow.version,
    channel: "web",
    locale: "nl",
    region: "NL",
    tokenHash: "",
    resumeHash: null,
    snapshot: JSON.stringify(started.persisted),
    version: 0,
    phase: renderStep(proefFlow, started.snapshot, "nl", 0).phase,
    status: "active",
    safety: null,
    createdAt: AT,
    updatedAt: AT,
    expiresAt: AT,
  };
  answers.forEach((answer, i) => {
    const plan = appended(plan0(row, { turnId: `setup-${i}`, answer }));
    row = { ...row, ...plan.update };
  });
  return row;
}

function plan0(
  row: ConversationRecord,
  request: { turnId: string; answer: WireAnswer; version?: number },
  known?: EventRecord,
) {
  return planTurn({
    flow: proefFlow,
    row,
    known,
    request,
    at: AT + 1000,
    expiresAt: (status, at) => at + (status === "done" ? 90 : 30),
  });
}

function appended(result: ReturnType<typeof planTurn>): Extract<TurnPlan, { kind: "append" }> {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  if (result.value.kind !== "append") throw new Error(`expected append, got ${result.value.kind}`);
  return result.value;
}

describe("planTurn", () => {
  it("applies an answer: the reply, the event that stores it and the update, version + 1", () => {
    const plan = appended(plan0(conversation(), { turnId: "t-0001", answer: { choice: "ja" } }));
    expect(plan.state).toMatchObject({ version: 1, phase: "gg1", input: { kind: "text" } });
    expect(plan.state.messages.map((m) => m.text)).toEqual(["Wat is belangrijk voor je?"]);
    expect(plan.event).toMatchObject({ seq: 1, turnId: "t-0001", kind: "answer", createdAt: AT + 1000 });
    expect(readAnswer(plan.event.answer ?? "")).toEqual({
      given: { kind: "answer", answer: { kind: "choice", choice: ["ja"] } },
      shown: "Ja",
    });
    expect(readReply(plan.event.result, 1)).toEqual(plan.state);
    expect(plan.update).toMatchObject({ version: 1, phase: "gg1", status: "active", safety: null });
    expect(plan.update.expiresAt).toBe(AT + 1000 + 30);
  });

  it("replays a known turnId with its stored reply, and refuses it with another answer", () => {
    const row = conversation();
    const first = appended(plan0(row, { turnId: "t-0001", answer: { choice: "ja" } }));
    const after = { ...row, ...first.update };
    const again = plan0(after, { turnId: "t-0001", answer: { choice: "ja" } }, first.event);
    expect(again).toEqual({ ok: true, value: { kind: "replay", state: first.state } });
    const other = plan0(after, { turnId: "t-0001", answer: { choice: "nee" } }, first.event);
    expect(other).toMatchObject({ ok: false, error: { code: "turn_id_reused" } });
  });

  it("refuses an answer given at another version, and any answer once done", () => {
    const row = conversation({ choice: "ja" });
    expect(plan0(row, { turnId: "t-0002", answer: { text: "x" }, version: 0 })).toMatchObject({
      ok: false,
      error: { code: "version_conflict" },
    });
    const done = conversation({ choice: "nee" });
    expect(done.status).toBe("done");
    expect(plan0(done, { turnId: "t-0002", answer: { choice: "ja" } })).toMatchObject({
      ok: false,
      error: { code: "finished" },
    });
  });

  it("refuses what does not fit the step, and back where there is nowhere to go", () => {
    const row = conversation({ choice: "ja" });
    expect(plan0(row, { turnId: "t-0002", answer: { value: 3 } })).toMatchObject({
      ok: false,
      error: { code: "invalid_request", message: "this step expects a text answer: { text }" },
    });
    expect(plan0(conversation(), { turnId: "t-0001", answer: { command: "back" } })).toMatchObject({
      ok: false,
      error: { code: "invalid_request" },
    });
  });

  it("pauses without moving: the same snapshot, the paused note, status paused", () => {
    const row = conversation({ choice: "ja" });
    const plan = appended(plan0(row, { turnId: "t-0002", answer: { command: "pause" } }));
    expect(plan.update.snapshot).toBe(row.snapshot);
    expect(plan.update.status).toBe("paused");
    expect(plan.state.messages[0]?.text).toMatch(/bewaard/);
    expect(plan.state.input).toEqual({ kind: "text", maxLength: 500 });
  });

  it("holds a crisis answer: the help is the reply, the text never reaches the flow", () => {
    const row = conversation({ choice: "ja" });
    const plan = appended(plan0(row, { turnId: "t-0002", answer: { text: "ik wil niet meer leven" } }));
    expect(plan.state).toMatchObject({ phase: "crisis", done: true, input: { kind: "none" } });
    expect(plan.update).toMatchObject({ status: "crisis", snapshot: row.snapshot });
    expect(JSON.parse(plan.update.safety ?? "null")).toMatchObject({ type: "crisis", level: "crisis" });
    expect(unpackJson(plan.event.screening ?? "null")).toMatchObject({ level: "crisis" });
    const later = plan0({ ...row, ...plan.update }, { turnId: "t-0003", answer: { text: "gaat al beter" } });
    expect(later).toEqual({ ok: true, value: { kind: "held" } });
  });

  it("ends with the summary once the flow is done", () => {
    const row = conversation({ choice: "ja" }, { text: "wandelen" }, { value: 6 });
    const plan = appended(plan0(row, { turnId: "t-0004", answer: { choice: ["slapen"] } }));
    expect(plan.update.status).toBe("done");
    expect(plan.update.expiresAt).toBe(AT + 1000 + 90);
    expect(plan.summary).toEqual({ done: true, value: "wandelen", grade: 6, topics: ["slapen"] });
  });

  it("speaks the language the flow settled on, for the reply and the row", () => {
    // The flow's context says nl (it was started so); the row's en is what it was before this turn.
    const row = { ...conversation(), locale: "en" as const, region: "BE" as const };
    const plan = appended(plan0(row, { turnId: "t-0001", answer: { choice: "ja" } }));
    expect(plan.state.messages[0]?.text).toBe("Wat is belangrijk voor je?");
    expect(plan.update).toMatchObject({ locale: "nl", region: "NL" });
  });
});

// The timer sweep on a real database file: exactly once under overlapping sweeps, retries with
// backoff, takeover after a crashed sweep, and retention deleting what has expired.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTimerRepository } from "../../db/timer-repository.ts";
import { proefFlow } from "../../test/flows/proef/machine.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { createEngine } from "../engine/conversations.ts";
import { FlowRegistry } from "../engine/flow.ts";
import { createLogger } from "../log.ts";
import type { TimerStore } from "./store.ts";
import { backoffMs, createTimerSweep, RetryLater, type TimerHandler } from "./sweep.ts";

let db: TempDatabase;
let store: TimerStore;
const log = createLogger("silent");
const T0 = 1_800_000_000_000;

beforeEach(async () => {
  db = await tempDatabase();
  store = createTimerRepository(db.opened.db);
});
afterEach(() => db.cleanup());

async function statusOf(id: string) {
  const rows = await db.opened.client.execute({
    sql: "select status, due_at, attempts from timers where id = ?",
    args: [id],
  });
  return rows.rows[0];
}

describe("runDueTimers", () => {
  it("fires a due timer exactly once when two sweeps start together", async () => {
    const fired: string[] = [];
    // The sweeps overlap for certain, not by a sleep: no handler finishes before both have claimed.
    let claims = 0;
    let bothClaimed: () => void = () => {};
    const overlap = new Promise<void>((resolve) => {
      bothClaimed = resolve;
    });
    const counting = (timers: TimerStore): TimerStore => ({
      ...timers,
      claimDue: async (...args) => {
        const claimed = await timers.claimDue(...args);
        if (++claims === 2) bothClaimed();
        return claimed;
      },
    });
    const handler: TimerHandler = async (event) => {
      fired.push(String(event.note));
      await overlap;
    };
    for (let i = 0; i < 50; i++)
      await store.schedule({
        id: `t${i}`,
        conversationId: null,
        dueAt: T0 - i,
        event: JSON.stringify({ type: "ping", note: `n${i}` }),
      });
    await store.schedule({
      id: "later",
      conversationId: null,
      dueAt: T0 + 60_000,
      event: JSON.stringify({ type: "ping", note: "later" }),
    });
    const a = createTimerSweep({ store: counting(store), handlers: { ping: handler }, log, batchSize: 7 });
    const b = createTimerSweep({
      store: counting(createTimerRepository(db.opened.db)),
      handlers: { ping: handler },
      log,
      batchSize: 7,
    });
    const [ra, rb] = await Promise.all([a.runDueTimers(T0), b.runDueTimers(T0)]);
    expect(ra.fired + rb.fired).toBe(50);
    expect(fired).toHaveLength(50);
    expect(new Set(fired).size).toBe(50);
    expect(fired).not.toContain("later");
    expect((await statusOf("t0"))?.status).toBe("done");
    expect((await statusOf("later"))?.status).toBe("pending");
  });

  it("retries a failing handler with backoff and never drops the timer", async () => {
    let calls = 0;
    const flaky: TimerHandler = async () => {
      calls++;
      if (calls < 3) throw new Error("Slack is down");
    };
    await store.schedule({
      id: "r1",
      conversationId: null,
      dueAt: T0,
      event: JSON.stringify({ type: "remind" }),
    });
    const sweep = createTimerSweep({ store, handlers: { remind: flaky }, log });
    expect(await sweep.runDueTimers(T0)).toMatchObject({ fired: 0, failed: 1 });
    expect(await statusOf("r1")).toMatchObject({ status: "pending", due_at: T0 + backoffMs(1), attempts: 1 });
    expect(await sweep.runDueTimers(T0 + backoffMs(1) - 1)).toMatchObject({ fired: 0, failed: 0 });
    const second = T0 + backoffMs(1);
    expect(await sweep.runDueTimers(second)).toMatchObject({ failed: 1 });
    expect(await statusOf("r1")).toMatchObject({
      status: "pending",
      due_at: second + backoffMs(2),
      attempts: 2,
    });
    expect(await sweep.runDueTimers(second + backoffMs(2))).toMatchObject({ fired: 1 });
    expect(await statusOf("r1")).toMatchObject({ status: "done", attempts: 3 });
  });

  it("waits as long as a handler was told to (Slack's Retry-After) instead of its own backoff", async () => {
    await store.schedule({
      id: "w1",
      conversationId: null,
      dueAt: T0,
      event: JSON.stringify({ type: "slow" }),
    });
    const sweep = createTimerSweep({
      store,
      handlers: {
        slow: async () => {
          throw new RetryLater(120_000);
        },
      },
      log,
    });
    expect(await sweep.runDueTimers(T0)).toMatchObject({ failed: 1 });
    expect(await statusOf("w1")).toMatchObject({ status: "pending", due_at: T0 + 120_000 });
  });

  it("a timer whose event has no handler stays and is retried, not lost", async () => {
    await store.schedule({
      id: "u1",
      conversationId: null,
      dueAt: T0,
      event: JSON.stringify({ type: "unknown" }),
    });
    const sweep = createTimerSweep({ store, handlers: {}, log });
    expect(await sweep.runDueTimers(T0)).toMatchObject({ failed: 1 });
    expect((await statusOf("u1"))?.status).toBe("pending");
  });

  it("takes over a timer whose sweep crashed once its claim has expired", async () => {
    await store.schedule({
      id: "c1",
      conversationId: null,
      dueAt: T0,
      event: JSON.stringify({ type: "ping" }),
    });
    expect(await store.claimDue(T0, 10, 60_000)).toHaveLength(1);
    const fired: string[] = [];
    const sweep = createTimerSweep({
      store,
      handlers: { ping: async () => void fired.push("c1") },
      log,
      leaseMs: 60_000,
    });
    await sweep.runDueTimers(T0 + 30_000);
    expect(fired).toEqual([]);
    await sweep.runDueTimers(T0 + 60_000);
    expect(fired).toEqual(["c1"]);
  });

  it("deletes conversations whose retention has ended, with their events and timers, and keeps the rest", async () => {
    let clock = T0;
    const engine = createEngine({
      store: db.store,
      flows: new FlowRegistry([proefFlow]),
      now: () => clock,
      idleDays: 30,
      retentionDays: 90,
    });
    const old = await engine.create({ flow: "proef", locale: "nl", region: "NL" });
    if (!old.ok) throw new Error("create failed");
    await engine.turn(old.value.id, old.value.token, { turnId: "turn-0001", answer: { choice: "ja" } });
    await store.schedule({
      id: "old-timer",
      conversationId: old.value.id,
      dueAt: T0 + 99 * 86_400_000,
      event: "{}",
    });
    clock = T0 + 20 * 86_400_000;
    const fresh = await engine.create({ flow: "proef", locale: "nl", region: "NL" });
    if (!fresh.ok) throw new Error("create failed");

    // Slack's pointers at the old conversation must go with it.
    await db.opened.client.execute({
      sql: "insert into slack_conversations (conversation_id, team_id, user_id, flow_id, started_by, created_at) values (?, 'T1', 'U1', 'proef', 'k1', 0)",
      args: [old.value.id],
    });
    await db.opened.client.execute({
      sql: "insert into slack_users (team_id, user_id, conversation_id, prompt_ts, updated_at) values ('T1', 'U1', ?, '1.2', 0)",
      args: [old.value.id],
    });
    // And a trainee's note on a label.
    await db.store.saveLabelNote(old.value.id, { turn: 1, part: 0, text: "anders bedoeld", createdAt: 0 });
    const sweep = createTimerSweep({ store, handlers: {}, log });
    expect((await sweep.runDueTimers(T0 + 30 * 86_400_000 - 1)).purged).toBe(0);
    expect((await sweep.runDueTimers(T0 + 30 * 86_400_000)).purged).toBe(1);
    for (const table of [
      "conversations",
      "events",
      "timers",
      "slack_conversations",
      "slack_users",
      "label_notes",
    ]) {
      const column = table === "conversations" ? "id" : "conversation_id";
      const left = await db.opened.client.execute({
        sql: `select count(*) as n from ${table} where ${column} = ?`,
        args: [old.value.id],
      });
      expect(left.rows[0]?.n, table).toBe(0);
    }
    expect(await db.store.find(fresh.value.id)).toBeDefined();
  });

  it("keeps an audit line per action without content, and deletes lines older than the retention", async () => {
    const engine = createEngine({ store: db.store, flows: new FlowRegistry([proefFlow]), now: () => T0 });
    const created = await engine.create({ flow: "proef", locale: "nl", region: "NL" });
    if (!created.ok) throw new Error("create failed");
    const { id, token } = created.value;
    await engine.turn(id, token, { turnId: "turn-0001", answer: { choice: "ja" } });
    await engine.turn(id, token, { turnId: "turn-0002", answer: { text: "geheim-antwoord-9981" } });
    const exported = await engine.exportData(id, token);
    if (!exported.ok) throw new Error("export failed");
    expect(exported.value.audit).toEqual([
      { at: T0, action: "create", actor: "token", conversationId: id, detail: "web" },
      { at: T0, action: "export", actor: "token", conversationId: id, detail: null },
    ]);
    expect(await engine.erase(id, token)).toEqual({ ok: true, value: { erased: true } });
    const lines = await db.opened.client.execute(
      "select action, actor, conversation_id, detail from audit_log order by id",
    );
    expect(lines.rows.map((r) => r.action)).toEqual(["create", "export", "erase"]);
    expect(JSON.stringify(lines.rows)).not.toContain("geheim-antwoord-9981");

    const sweep = createTimerSweep({ store, handlers: {}, log, auditRetentionDays: 90 });
    await sweep.runDueTimers(T0 + 89 * 86_400_000);
    expect((await db.opened.client.execute("select count(*) as n from audit_log")).rows[0]?.n).toBe(3);
    await sweep.runDueTimers(T0 + 90 * 86_400_000 + 1);
    expect((await db.opened.client.execute("select count(*) as n from audit_log")).rows[0]?.n).toBe(0);
  });
});

// Appends on a real database file with group commit on: writes that share one transaction must
// still land, or not, each on its own, exactly as if they had been written one by one.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/conversations.ts";
import { FlowRegistry } from "../src/engine/flow.ts";
import type { ConversationUpdate, EventRecord } from "../src/engine/store.ts";
import { proefFlow } from "../test/flows/proef/machine.ts";
import { type TempDatabase, tempDatabase } from "../test/support/database.ts";
import { value } from "../test/support/result.ts";

let db: TempDatabase;
beforeEach(async () => {
  db = await tempDatabase();
});
afterEach(() => db.cleanup());

async function conversation(): Promise<string> {
  const engine = createEngine({ store: db.store, flows: new FlowRegistry([proefFlow]) });
  return value(await engine.create({ flow: "proef", locale: "nl", region: "NL" })).id;
}

const event = (seq: number, turnId: string): EventRecord => ({
  seq,
  turnId,
  kind: "answer",
  answer: JSON.stringify({ turnId }),
  result: "{}",
  screening: null,
  createdAt: 1,
});
const update = (version: number, phase = "p"): ConversationUpdate => ({
  snapshot: "{}",
  version,
  phase,
  status: "active",
  safety: null,
  locale: "nl",
  region: "NL",
  updatedAt: 1,
  expiresAt: 2,
});

describe("grouped appends", () => {
  it("a double submission in one group lands once", async () => {
    const id = await conversation();
    const results = await Promise.all([
      db.store.append(id, 0, event(1, "turn-0001"), update(1)),
      db.store.append(id, 0, event(1, "turn-0001"), update(1)),
    ]);
    expect(results.sort()).toEqual([false, true]);
    expect((await db.store.events(id)).map((e) => e.turnId)).toEqual(["start", "turn-0001"]);
    expect((await db.store.find(id))?.version).toBe(1);
  });

  it("of two answers to one version in one group, the first wins and the second changes nothing", async () => {
    const id = await conversation();
    const results = await Promise.all([
      db.store.append(id, 0, event(1, "turn-aaaa"), update(1, "first")),
      db.store.append(id, 0, event(1, "turn-bbbb"), update(1, "second")),
    ]);
    expect(results).toEqual([true, false]);
    expect((await db.store.events(id)).map((e) => e.turnId)).toEqual(["start", "turn-aaaa"]);
    expect((await db.store.find(id))?.phase).toBe("first");
  });

  it("consecutive versions in one group both land, in order", async () => {
    const id = await conversation();
    const results = await Promise.all([
      db.store.append(id, 0, event(1, "turn-0001"), update(1)),
      db.store.append(id, 1, event(2, "turn-0002"), update(2)),
    ]);
    expect(results).toEqual([true, true]);
    expect((await db.store.find(id))?.version).toBe(2);
  });

  it("a turn id used before, or a conversation that is gone, is refused without touching the others", async () => {
    const [a, b] = [await conversation(), await conversation()];
    expect(await db.store.append(a, 0, event(1, "turn-0001"), update(1))).toBe(true);
    const results = await Promise.all([
      db.store.append(a, 1, event(2, "turn-0001"), update(2)),
      db.store.append("no-such-conversation", 0, event(1, "turn-0002"), update(1)),
      db.store.append(b, 0, event(1, "turn-0003"), update(1)),
    ]);
    expect(results).toEqual([false, false, true]);
    expect((await db.store.find(a))?.version).toBe(1);
    expect((await db.store.events(a)).map((e) => e.seq)).toEqual([0, 1]);
    expect(await db.store.events("no-such-conversation")).toEqual([]);
    expect((await db.store.find(b))?.version).toBe(1);
  });

  it("a write the database refuses fails alone; the rest of its group is written", async () => {
    const [a, b] = [await conversation(), await conversation()];
    // A missing result breaks NOT NULL: the whole group's transaction is refused, then retried one by one.
    const broken = { ...event(1, "turn-0002"), result: null } as unknown as EventRecord;
    const results = await Promise.allSettled([
      db.store.append(a, 0, event(1, "turn-0001"), update(1)),
      db.store.append(b, 0, broken, update(1)),
    ]);
    expect(results[0]).toEqual({ status: "fulfilled", value: true });
    expect(results[1]?.status).toBe("rejected");
    expect((await db.store.find(a))?.version).toBe(1);
    expect((await db.store.find(b))?.version).toBe(0);
    expect((await db.store.events(b)).map((e) => e.seq)).toEqual([0]);
  });
});

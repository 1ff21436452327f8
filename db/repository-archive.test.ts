// A conversation's last turn folds its event rows into the archive: every read of the store gives
// the same records as before, replays of any earlier turn return what that turn returned, and rows
// of conversations finished before the archive existed read as they always did.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createEngine } from "../src/engine/conversations.ts";
import { FlowRegistry } from "../src/engine/flow.ts";
import { proefFlow } from "../test/flows/proef/machine.ts";
import { type TempDatabase, tempDatabase } from "../test/support/database.ts";
import { value } from "../test/support/result.ts";

let db: TempDatabase;
beforeEach(async () => {
  db = await tempDatabase();
});
afterEach(() => db.cleanup());

const engineOf = () => createEngine({ store: db.store, flows: new FlowRegistry([proefFlow]) });

/** Answers the proef flow to its end; returns what every turn returned. */
async function finish(engine: ReturnType<typeof engineOf>) {
  const created = value(await engine.create({ flow: "proef", locale: "nl", region: "NL" }));
  let state = created.state;
  const turns: {
    turnId: string;
    answer: { text: string } | { value: number } | { choice: string };
    state: typeof state;
  }[] = [];
  for (let i = 0; !state.done && i < 50; i++) {
    const input = state.input;
    const answer =
      input.kind === "text"
        ? { text: `antwoord ${i}` }
        : input.kind === "scale"
          ? { value: input.min }
          : { choice: input.kind === "choice" ? (input.options[0]?.id ?? "ja") : "ja" };
    const turnId = `turn-${String(i).padStart(4, "0")}`;
    state = value(await engine.turn(created.id, created.token, { turnId, answer })).state;
    turns.push({ turnId, answer, state });
  }
  expect(state.done).toBe(true);
  return { ...created, turns };
}

const rowCount = async (id: string) =>
  Number(
    (
      await db.opened.client.execute({
        sql: "select count(*) from events where conversation_id = ?",
        args: [id],
      })
    ).rows[0]?.[0],
  );

describe("the archive of a finished conversation", () => {
  it("replaces the event rows, and every read gives the same records", async () => {
    const engine = engineOf();
    const done = await finish(engine);
    const events = await db.store.events(done.id);
    expect(await rowCount(done.id)).toBe(0);
    expect(events.map((e) => e.seq)).toEqual(Array.from({ length: done.turns.length + 1 }, (_, i) => i));
    const last = done.turns.at(-1);
    expect((await db.store.currentEvent(done.id))?.turnId).toBe(last?.turnId);
    expect((await db.store.findEvent(done.id, "turn-0000"))?.seq).toBe(1);
    const forTurn = await db.store.findForTurn(done.id, "turn-0001");
    expect(forTurn?.event?.seq).toBe(2);
    expect(forTurn?.conversation.snapshot).not.toBe("");
    const summary = value(await engine.summary(done.id, done.token));
    expect(summary.done).toBe(true);
  });

  it("replays any earlier turn with exactly the state that turn returned", async () => {
    const engine = engineOf();
    const done = await finish(engine);
    for (const turn of done.turns) {
      const again = value(
        await engine.turn(done.id, done.token, { turnId: turn.turnId, answer: turn.answer }),
      );
      expect(again.state).toEqual(turn.state);
    }
    const refused = await engine.turn(done.id, done.token, {
      turnId: "turn-0000",
      answer: { text: "anders" },
    });
    expect(refused.ok).toBe(false);
  });

  it("shows the same transcript and export as the rows did", async () => {
    const engine = engineOf();
    const created = value(await engine.create({ flow: "proef", locale: "nl", region: "NL" }));
    const done = await finish(engine);
    const viewed = value(await engine.get(done.id, done.token));
    expect(viewed.state).toEqual(done.turns.at(-1)?.state);
    expect(viewed.transcript.filter((m) => m.role === "user").length).toBeGreaterThan(0);
    const exported = value(await engine.exportData(done.id, done.token));
    expect((exported.events as unknown[]).length).toBe(done.turns.length + 1);
    expect(created.id).not.toBe(done.id);
  });

  it("reads a conversation finished before archives existed from its rows", async () => {
    const engine = engineOf();
    const done = await finish(engine);
    const archived = await db.store.events(done.id);
    // As an older release left it: the rows, the snapshot in its column, no archive.
    const snapshot = (await db.store.find(done.id))?.snapshot ?? "";
    for (const e of archived)
      await db.opened.client.execute({
        sql: "insert into events (conversation_id, seq, turn_id, kind, answer, result, screening, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        args: [done.id, e.seq, e.turnId, e.kind, e.answer, e.result, e.screening, e.createdAt],
      });
    await db.opened.client.execute({
      sql: "update conversations set archive = null, snapshot = ? where id = ?",
      args: [snapshot, done.id],
    });
    expect(await db.store.events(done.id)).toEqual(archived);
    const first = done.turns[0];
    if (!first) throw new Error("no turns");
    const again = value(
      await engine.turn(done.id, done.token, { turnId: first.turnId, answer: first.answer }),
    );
    expect(again.state).toEqual(first.state);
  });
});

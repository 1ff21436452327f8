import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { proefFlow } from "../../test/flows/proef/machine.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { stateOf, value } from "../../test/support/result.ts";
import type { Locale } from "../locales.ts";
import { createEngine, type Engine } from "./conversations.ts";
import { FlowRegistry } from "./flow.ts";
import { unpackJson } from "./phrase-code.ts";
import type { TurnRequest } from "./requests.ts";
import { storeReply } from "./stored-reply.ts";

let db: TempDatabase;
let engine: Engine;
const clock = 1_700_000_000_000;

beforeEach(async () => {
  db = await tempDatabase();
  engine = createEngine({
    store: db.store,
    flows: new FlowRegistry([proefFlow]),
    now: () => clock,
    idleDays: 30,
    retentionDays: 90,
  });
});
afterEach(() => db.cleanup());

const turn = (turnId: string, answer: TurnRequest["answer"]): TurnRequest => ({ turnId, answer });

async function started(locale: Locale = "nl") {
  return value(await engine.create({ flow: "proef", locale, region: "NL" }));
}

describe("create", () => {
  it("starts at the first step and stores only a hash of the token", async () => {
    const { id, token, state } = await started();
    expect(state).toEqual({
      version: 0,
      phase: "welkom",
      messages: [{ role: "coach", text: "Welkom bij de proef. Doe je mee?" }],
      input: {
        kind: "choice",
        multiple: false,
        options: [
          { id: "ja", label: "Ja" },
          { id: "nee", label: "Nee" },
        ],
      },
      canGoBack: false,
      done: false,
    });
    const row = await db.store.find(id);
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toContain(token);
    expect(row?.expiresAt).toBe(clock + 30 * 86_400_000);
  });

  it("renders the chosen locale", async () => {
    const { state } = await started("en");
    expect(state.messages[0]?.text).toBe("Welcome to the trial. Will you join?");
  });

  it("refuses an unknown flow and stores nothing", async () => {
    const result = await engine.create({ flow: "bestaat-niet", locale: "nl", region: "NL" });
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_request" } });
    expect((await db.opened.client.execute("select count(*) as n from conversations")).rows[0]?.n).toBe(0);
  });
});

describe("turns", () => {
  it("walks the flow, restoring from the stored snapshot every time, to a final state", async () => {
    const { id, token } = await started();
    expect(stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" }))).phase).toBe("gg1");
    const afterValue = stateOf(
      await engine.turn(id, token, turn("turn-0002", { text: "  mijn kleinkinderen " })),
    );
    expect(afterValue.messages.map((m) => m.text)).toEqual([
      "Je zei: mijn kleinkinderen",
      "Welk cijfer geef je?",
    ]);
    expect(afterValue.input).toEqual({ kind: "scale", min: 0, max: 10 });
    stateOf(await engine.turn(id, token, turn("turn-0003", { value: 7 })));
    const end = stateOf(await engine.turn(id, token, turn("turn-0004", { choice: ["slapen", "contact"] })));
    expect(end).toMatchObject({ version: 4, phase: "samenvatting", done: true, input: { kind: "none" } });

    const summary = value(await engine.summary(id, token));
    expect(summary).toEqual({
      done: true,
      summary: { done: true, value: "mijn kleinkinderen", grade: 7, topics: ["slapen", "contact"] },
    });
    expect((await db.store.find(id))?.status).toBe("done");
    expect((await db.store.find(id))?.expiresAt).toBe(clock + 90 * 86_400_000);
  });

  it("a fresh engine on the same database continues exactly where the old one was", async () => {
    const { id, token } = await started();
    stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    stateOf(await engine.turn(id, token, turn("turn-0002", { text: "wandelen" })));
    const other = createEngine({ store: db.store, flows: new FlowRegistry([proefFlow]) });
    const view = value(await other.get(id, token));
    expect(view.state).toMatchObject({ version: 2, phase: "gg1", input: { kind: "scale" } });
    expect(view.state.messages[0]?.text).toBe("Je zei: wandelen");
    expect(view.transcript).toEqual([
      { role: "coach", text: "Welkom bij de proef. Doe je mee?" },
      { role: "user", text: "Ja" },
      { role: "coach", text: "Wat is belangrijk voor je?" },
      { role: "user", text: "wandelen" },
      { role: "coach", text: "Je zei: wandelen" },
      { role: "coach", text: "Welk cijfer geef je?" },
    ]);
  });

  it("the same turnId again returns the stored state and applies nothing", async () => {
    const { id, token } = await started();
    const first = stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    stateOf(await engine.turn(id, token, turn("turn-0002", { text: "fietsen" })));
    const again = stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    expect(again).toEqual(first);
    expect((await db.store.find(id))?.version).toBe(2);
    expect(await db.store.events(id)).toHaveLength(3);
  });

  it("a reused turnId with a different answer is refused, not silently dropped", async () => {
    const { id, token } = await started();
    stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    const reused = await engine.turn(id, token, turn("turn-0001", { choice: "nee" }));
    expect(reused).toMatchObject({ ok: false, error: { code: "turn_id_reused" } });
  });

  it("when two turns race on one version, one wins and the other gets a conflict and writes nothing", async () => {
    const { id, token } = await started();
    stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    const results = await Promise.all([
      engine.turn(id, token, turn("turn-a", { text: "eerste" })),
      engine.turn(id, token, turn("turn-b", { text: "tweede" })),
    ]);
    const codes = results.map((r) => (r.ok ? "ok" : r.error.code)).sort();
    expect(codes).toEqual(["ok", "version_conflict"]);
    const events = await db.store.events(id);
    expect(events.map((e) => e.seq)).toEqual([0, 1, 2]);
    expect((await db.store.find(id))?.version).toBe(2);
  });

  it("an answer given at an older version is a conflict, not applied to the newer step", async () => {
    const { id, token } = await started();
    stateOf(await engine.turn(id, token, { turnId: "turn-0001", answer: { choice: "ja" }, version: 0 }));
    stateOf(await engine.turn(id, token, { turnId: "turn-0002", answer: { text: "koken" }, version: 1 }));
    const stale = await engine.turn(id, token, {
      turnId: "turn-0003",
      answer: { text: "bakken" },
      version: 1,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: "version_conflict" } });
    expect((await db.store.find(id))?.version).toBe(2);
    // The refusal brings the conversation as it stands, so a channel answering it reads nothing again.
    const current = value(await engine.current(id, token));
    expect(stale.ok ? undefined : stale.error.current).toEqual(current);
    // A refusal before the conversation is opened brings nothing of it.
    const wrong = await engine.turn(id, "x".repeat(43), turn("turn-0004", { text: "bakken" }));
    expect(wrong.ok ? undefined : wrong.error).toEqual({ code: "unauthorized", message: expect.any(String) });
  });

  it("rejects an answer of the wrong kind or out of range and changes nothing", async () => {
    const { id, token } = await started();
    stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    stateOf(await engine.turn(id, token, turn("turn-0002", { text: "lezen" })));
    for (const [turnId, answer] of [
      ["bad-0001", { text: "zeven" }],
      ["bad-0002", { value: 11 }],
      ["bad-0003", { value: 6.5 }],
      ["bad-0004", { choice: "ja" }],
    ] as const) {
      const result = await engine.turn(id, token, turn(turnId, answer));
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_request" } });
    }
    expect((await db.store.find(id))?.version).toBe(2);
    expect(await db.store.events(id)).toHaveLength(3);
  });

  it("goes back where the flow allows it, and says no where it does not", async () => {
    const { id, token } = await started();
    expect(await engine.turn(id, token, turn("back-0001", { command: "back" }))).toMatchObject({
      ok: false,
      error: { code: "invalid_request", message: "going back is not possible at this step" },
    });
    stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    stateOf(await engine.turn(id, token, turn("turn-0002", { text: "lezen" })));
    const back = stateOf(await engine.turn(id, token, turn("back-0002", { command: "back" })));
    expect(back).toMatchObject({ version: 3, input: { kind: "text" } });
    expect(back.messages[0]?.text).toBe("Wat is belangrijk voor je?");
  });

  it("pause keeps the step and says the answers are kept; the next answer carries on", async () => {
    const { id, token } = await started();
    stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    const paused = stateOf(await engine.turn(id, token, turn("pause-001", { command: "pause" })));
    expect(paused.input).toEqual({ kind: "text", maxLength: 500 });
    expect(paused.messages[0]?.text).toMatch(/bewaard/);
    expect((await db.store.find(id))?.status).toBe("paused");
    stateOf(await engine.turn(id, token, turn("turn-0002", { text: "tuinieren" })));
    expect((await db.store.find(id))?.status).toBe("active");
  });

  it("shows the reply stored with the last turn, byte for byte, not a fresh rendering", async () => {
    const { id, token } = await started();
    const reply = stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    // What the flow would render now differs from what the turn said: the stored words win.
    const stored = JSON.stringify({
      ...(unpackJson(storeReply(reply)) as object),
      messages: ["Zo zei de coach het toen."],
    });
    await db.opened.client.execute({
      sql: "update events set result = ? where conversation_id = ? and seq = 1",
      args: [stored, id],
    });
    const view = value(await engine.get(id, token));
    expect(view.state.messages).toEqual([{ role: "coach", text: "Zo zei de coach het toen." }]);
    expect(view.transcript.at(-1)).toEqual({ role: "coach", text: "Zo zei de coach het toen." });
    expect(value(await engine.current(id, token)).state).toEqual(view.state);
  });

  it("after a pause, shows the step the pause kept, at the paused version", async () => {
    const { id, token } = await started();
    const step = stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    stateOf(await engine.turn(id, token, turn("pause-001", { command: "pause" })));
    stateOf(await engine.turn(id, token, turn("pause-002", { command: "pause" })));
    const view = value(await engine.get(id, token));
    expect(view.state).toEqual({ ...step, version: 3 });
    expect(view.status).toBe("paused");
    expect(value(await engine.current(id, token)).state).toEqual(view.state);
  });

  it("a turn's result says where the conversation now stands, and its summary once done", async () => {
    const { id, token } = await started("en");
    const first = value(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    expect(first).toMatchObject({ id, flow: "proef", status: "active", locale: "en", region: "NL" });
    expect(first.summary).toBeUndefined();
    const paused = value(await engine.turn(id, token, turn("turn-0002", { command: "pause" })));
    expect(paused.status).toBe("paused");
    value(await engine.turn(id, token, turn("turn-0003", { text: "wandelen" })));
    value(await engine.turn(id, token, turn("turn-0004", { value: 4 })));
    const done = value(await engine.turn(id, token, turn("turn-0005", { choice: ["bewegen"] })));
    expect(done).toMatchObject({ status: "done", state: { done: true } });
    expect(done.summary).toEqual({ done: true, value: "wandelen", grade: 4, topics: ["bewegen"] });
  });

  it("a finished conversation takes no more answers", async () => {
    const { id, token } = await started();
    expect(stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "nee" })))).toMatchObject({
      done: true,
    });
    const late = await engine.turn(id, token, turn("turn-0002", { choice: "ja" }));
    expect(late).toMatchObject({ ok: false, error: { code: "finished" } });
  });
});

describe("access", () => {
  it("needs the right token", async () => {
    const { id } = await started();
    const other = await started();
    expect(await engine.get(id, other.token)).toMatchObject({ ok: false, error: { code: "unauthorized" } });
    expect(await engine.get(id, undefined)).toMatchObject({ ok: false, error: { code: "unauthorized" } });
    // An unknown id is refused exactly as another's token is: nothing tells whether it exists.
    expect(await engine.get("00000000-0000-4000-8000-000000000000", other.token)).toEqual(
      await engine.get(id, other.token),
    );
  });

  it("exports everything but the token hash, and erasure removes every row", async () => {
    const { id, token } = await started();
    stateOf(await engine.turn(id, token, turn("turn-0001", { choice: "ja" })));
    stateOf(await engine.turn(id, token, turn("turn-0002", { text: "zingen in een koor" })));
    const exported = value(await engine.exportData(id, token));
    expect(JSON.stringify(exported)).toContain("zingen in een koor");
    expect(JSON.stringify(exported)).not.toContain((await db.store.find(id))?.tokenHash);
    expect(exported.events).toHaveLength(3);

    value(await engine.erase(id, token));
    expect(await db.store.find(id)).toBeUndefined();
    const left = await db.opened.client.execute({
      sql: "select count(*) as n from events where conversation_id = ?",
      args: [id],
    });
    expect(left.rows[0]?.n).toBe(0);
  });
});

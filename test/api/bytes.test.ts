// A finished reflection's storage, bounded: at most 10 KB on an embedded libsql file (issue 17), with
// every earlier turn replayed exactly and the transcript whole. `npm run bench` prints the figures,
// the D1 one beside it (bench/bytes.ts); this holds the libsql one to its bound.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { libsqlBytes } from "../../bench/bytes.ts";
import { reflectieFlow } from "../../flows/reflectie/flow.ts";
import { createEngine } from "../../src/engine/conversations.ts";
import { FlowRegistry } from "../../src/engine/flow.ts";
import { scriptedReflection } from "../fixtures/scripted-reflection.ts";
import { type TempDatabase, tempDatabase } from "../support/database.ts";
import { value } from "../support/result.ts";

const BOUND = 10 * 1024;

let db: TempDatabase;
beforeAll(async () => {
  db = await tempDatabase();
});
afterAll(() => db?.cleanup());

describe("bytes per finished reflection", () => {
  it("stay within 10 KB on libsql, all of it in the conversation's row", async () => {
    const measured = await libsqlBytes(3);
    expect(measured.turns).toBeGreaterThan(30);
    expect(measured.perConversation).toBeLessThanOrEqual(BOUND);
    expect(measured.byColumn["events.result"]).toBe(0);
  });

  it("replay every turn with exactly the state it returned, and keep the transcript whole", async () => {
    const engine = createEngine({ store: db.store, flows: new FlowRegistry([reflectieFlow]) });
    const done = await scriptedReflection(engine);
    for (const step of done.steps) {
      const again = value(
        await engine.turn(done.id, done.token, { turnId: step.turnId, answer: step.answer }),
      );
      expect(again.state).toEqual(step.state);
    }
    const viewed = value(await engine.get(done.id, done.token));
    expect(viewed.state).toEqual(done.state);
    const typed = done.steps.flatMap((s) => ("text" in s.answer ? [s.answer.text] : []));
    const shown = viewed.transcript.filter((m) => m.role === "user").map((m) => m.text);
    for (const text of typed) expect(shown).toContain(text);
    const summary = value(await engine.summary(done.id, done.token));
    expect(summary.done).toBe(true);
  });
});

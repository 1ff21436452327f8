// The spinnenweb as one step (six scales, their descriptions and marks, answered at once), and
// conversations stored by the seven-step version continuing at that step.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createActor } from "xstate";
import type { Answer } from "../../src/engine/answer.ts";
import { createEngine, type Engine } from "../../src/engine/conversations.ts";
import { type FlowEvent, FlowRegistry } from "../../src/engine/flow.ts";
import { PHRASES } from "../../src/engine/phrases.ts";
import { restoreFlow } from "../../src/engine/step.ts";
import { readReply, storeReply } from "../../src/engine/stored-reply.ts";
import { storeSnapshot } from "../../src/engine/stored-snapshot.ts";
import { sevenStepReply, sevenStepSnapshot } from "../../test/fixtures/seven-step-spinnenweb.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { stateOf, value } from "../../test/support/result.ts";
import type { ReflectieContext } from "./context.ts";
import { reflectieFlow } from "./flow.ts";
import { reflectieMachine } from "./machine.ts";
import { upgradeReflectie } from "./upgrade.ts";

const choose = (...ids: string[]): FlowEvent => ({ type: "answer", answer: { kind: "choice", choice: ids } });
const scales = (grades: Record<string, number>, ...marks: string[]): FlowEvent => ({
  type: "answer",
  answer: { kind: "scales", scales: grades, marks } satisfies Answer,
});
const skip: FlowEvent = { type: "skip" };
const back: FlowEvent = { type: "back" };
const toWeb = [choose("nl"), choose("NL"), choose("ja"), skip, skip, skip, skip];

function drive(events: FlowEvent[]) {
  const actor = createActor(reflectieMachine, { input: { locale: "nl", region: "NL", seed: 0 } });
  actor.start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

describe("the spinnenweb step", () => {
  it("asks all six parts at once, each with its plain-words description and a mark", () => {
    const snapshot = drive(toWeb);
    expect(snapshot.value).toBe("web_schalen");
    const view = reflectieFlow.view(snapshot, "nl");
    expect(view.phase).toBe("gg1");
    expect(view.input).toMatchObject({
      kind: "scales",
      min: 0,
      max: 10,
      markLabel: "Hier wil ik over praten",
      skip: "Sla over",
    });
    const items = view.input.kind === "scales" ? view.input.items : [];
    expect(items.map((item) => item.label)).toEqual([
      "Lichaam",
      "Gevoel en gedachten",
      "Zingeving",
      "Kwaliteit van leven",
      "Meedoen",
      "Dagelijks leven",
    ]);
    expect(items[0]?.description).toBe("Hoe je je lichamelijk voelt, hoe je slaapt, eet en beweegt");
    // One step in phase 1 asks, it does not advise: the coach's lead has no "should" in it.
    expect(view.messages.join(" ")).not.toMatch(/\b(moet|zou je moeten)\b/);
  });

  it("keeps the grades and marks given, and goes on to the Doelzoeker", () => {
    const snapshot = drive([...toWeb, scales({ lichaam: 4, meedoen: 3 }, "meedoen")]);
    expect(snapshot.value).toBe("dz_kies");
    const ctx = snapshot.context as ReflectieContext;
    expect(ctx.web).toEqual({ lichaam: 4, meedoen: 3 });
    expect(ctx.talk).toEqual(["meedoen"]);
    const web = reflectieFlow.summarize(snapshot, "nl").spinnenweb;
    expect(web.map((d) => [d.dimension, d.grade, d.talk])).toEqual([
      ["lichaam", 4, false],
      ["mentaal", null, false],
      ["zingeving", null, false],
      ["kwaliteit", null, false],
      ["meedoen", 3, true],
      ["dagelijks", null, false],
    ]);
  });

  it("shows the earlier grades and marks after back, and skipping clears them", () => {
    const answered = [...toWeb, scales({ lichaam: 4, mentaal: 9 }, "lichaam")];
    const input = reflectieFlow.view(drive([...answered, back]), "nl").input;
    expect(input.kind === "scales" && input.items.map((item) => item.value)).toEqual([
      4,
      9,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(input).toMatchObject({ marked: ["lichaam"] });
    const skipped = drive([...answered, back, skip]).context as ReflectieContext;
    expect(skipped.web).toEqual({});
    expect(skipped.talk).toEqual([]);
  });

  it("is one step: back from the Doelzoeker returns to it, and back from it to the health grade", () => {
    const atDoelzoeker = [...toWeb, scales({ lichaam: 4 })];
    expect(drive([...atDoelzoeker, back]).value).toBe("web_schalen");
    expect(drive([...atDoelzoeker, back, back]).value).toBe("gg1_cijfer");
  });

  it("speaks English too", () => {
    const snapshot = drive([choose("en"), choose("NL"), choose("ja"), skip, skip, skip, skip]);
    const input = reflectieFlow.view(snapshot, "en").input;
    expect(input).toMatchObject({ kind: "scales", markLabel: "I want to talk about this" });
    expect(input.kind === "scales" && input.items[0]?.label).toBe("Body");
  });
});

describe("conversations stored by the seven-step spinnenweb", () => {
  it("is the shape those rows were stored in (the frozen phrase table has its state names)", () => {
    for (const name of ["web_start", "web_meedoen", "web_praten"]) expect(PHRASES).toContain(name);
    expect(PHRASES).toContain(sevenStepReply.messages[0]);
  });

  it("continue at the one step, with the grades already given filled in", () => {
    const snapshot = restoreFlow(reflectieFlow, sevenStepSnapshot);
    expect(snapshot.value).toBe("web_schalen");
    const input = reflectieFlow.view(snapshot, "nl").input;
    expect(input.kind === "scales" && input.items.map((item) => item.value)).toEqual([
      5,
      7,
      8,
      6,
      undefined,
      undefined,
    ]);
    // `back` goes to the question before the spinnenweb, not to a step that no longer exists.
    expect((snapshot.context as ReflectieContext).history.at(-1)).toBe("gg1_cijfer");
  });

  it("map every old step and leave today's snapshots alone", () => {
    for (const value of ["web_start", "web_lichaam", "web_dagelijks", "web_praten"])
      expect(upgradeReflectie({ value, context: sevenStepSnapshot.context })?.value).toBe("web_schalen");
    // Past the spinnenweb: the state stays, the history loses the old steps.
    const later = upgradeReflectie({
      value: "dz_kies",
      context: {
        ...sevenStepSnapshot.context,
        history: [...sevenStepSnapshot.context.history, "web_praten"],
      },
    });
    expect(later?.value).toBe("dz_kies");
    expect((later?.context as ReflectieContext | undefined)?.history.slice(-2)).toEqual([
      "gg1_cijfer",
      "web_schalen",
    ]);
    const today = drive([...toWeb, scales({ lichaam: 4 })]);
    expect(
      upgradeReflectie({ value: today.value, context: today.context as ReflectieContext }),
    ).toBeUndefined();
  });
});

describe("a stored row of the seven-step shape, through the engine", () => {
  let db: TempDatabase;
  let engine: Engine;
  beforeEach(async () => {
    db = await tempDatabase();
    engine = createEngine({
      store: db.store,
      flows: new FlowRegistry([reflectieFlow]),
      now: () => 1_700_000_000_000,
    });
  });
  afterEach(() => db.cleanup());

  /** A conversation whose row holds the old snapshot and whose last event the old reply. */
  async function storedOldRow(coded: boolean) {
    const { id, token } = value(await engine.create({ flow: "reflectie", locale: "nl", region: "NL" }));
    const turns = [{ choice: "nl" }, { choice: "NL" }, { choice: "ja" }] as const;
    for (const [i, answer] of turns.entries())
      stateOf(await engine.turn(id, token, { turnId: `turn-000${i}`, answer }));
    const snapshot = coded ? storeSnapshot(sevenStepSnapshot) : JSON.stringify(sevenStepSnapshot);
    const reply = coded
      ? storeReply(readReply(JSON.stringify(sevenStepReply), 3))
      : JSON.stringify(sevenStepReply);
    await db.opened.client.execute({
      sql: "UPDATE conversations SET snapshot = ? WHERE id = ?",
      args: [snapshot, id],
    });
    await db.opened.client.execute({
      sql: "UPDATE events SET result = ? WHERE conversation_id = ? AND seq = 3",
      args: [reply, id],
    });
    return { id, token };
  }

  for (const coded of [false, true])
    it(`loads at the one step and continues (${coded ? "coded" : "plain JSON"} row)`, async () => {
      const { id, token } = await storedOldRow(coded);
      const view = value(await engine.get(id, token));
      expect(view.state).toMatchObject({ version: 3, phase: "gg1", canGoBack: true });
      expect(view.state.input).toMatchObject({ kind: "scales" });
      const next = stateOf(
        await engine.turn(id, token, {
          turnId: "turn-0004",
          version: 3,
          answer: {
            scales: { lichaam: 5, mentaal: 7, zingeving: 8, kwaliteit: 6, meedoen: 3 },
            marks: ["meedoen"],
          },
        }),
      );
      expect(next.version).toBe(4);
      expect(next.input.kind).toBe("choice");
      const summary = value(await engine.summary(id, token)).summary;
      expect(summary).toMatchObject({
        spinnenweb: [
          { dimension: "lichaam", grade: 5, talk: false },
          { dimension: "mentaal", grade: 7 },
          { dimension: "zingeving", grade: 8 },
          { dimension: "kwaliteit", grade: 6 },
          { dimension: "meedoen", grade: 3, talk: true },
          { dimension: "dagelijks", grade: null },
        ],
      });
      // Back returns to the one step with everything filled in, then to the health grade.
      const again = stateOf(
        await engine.turn(id, token, { turnId: "turn-0005", answer: { command: "back" } }),
      );
      expect(again.input).toMatchObject({ kind: "scales", marked: ["meedoen"] });
      const before = stateOf(
        await engine.turn(id, token, { turnId: "turn-0006", answer: { command: "back" } }),
      );
      expect(before.input).toMatchObject({ kind: "scale", value: 6 });
    });

  it("refuses a single grade at the one step, in the person's language", async () => {
    const { id, token } = await storedOldRow(false);
    const refused = await engine.turn(id, token, { turnId: "turn-0004", version: 3, answer: { value: 4 } });
    expect(refused).toMatchObject({ ok: false, error: { code: "invalid_request" } });
    expect(refused.ok ? "" : refused.error.message).toMatch(/cijfers per onderdeel/);
  });
});

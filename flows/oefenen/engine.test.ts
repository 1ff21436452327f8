// The practice flow driven through the engine with a real temporary database, as the web and Slack
// drive it: not screened, a session ended with the skip command, and the feedback from the summary.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { practiceSummarySchema } from "../../src/coaching/feedback-schema.ts";
import { createEngine, type Engine } from "../../src/engine/conversations.ts";
import { FlowRegistry } from "../../src/engine/flow.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { stateOf, value } from "../../test/support/result.ts";
import { oefenenFlow } from "./flow.ts";

let db: TempDatabase;
let engine: Engine;

beforeEach(async () => {
  db = await tempDatabase();
  engine = createEngine({ store: db.store, flows: new FlowRegistry([oefenenFlow]) });
});
afterEach(() => db.cleanup());

describe("oefenen through the engine", () => {
  it("runs a session, ends it with skip, and returns the feedback as summary", async () => {
    const { id, token, state } = value(await engine.create({ flow: "oefenen", locale: "nl", region: "NL" }));
    expect(state).toMatchObject({ phase: "voorbereiding", canGoBack: false, input: { kind: "choice" } });
    let turn = 0;
    const send = async (answer: Parameters<Engine["turn"]>[2]["answer"]) =>
      stateOf(await engine.turn(id, token, { turnId: `turn-${String(++turn).padStart(4, "0")}`, answer }));

    await send({ choice: "henk" });
    const start = await send({ choice: "ja" });
    expect(start).toMatchObject({
      phase: "volgend",
      canGoBack: true,
      input: { kind: "text", skip: "Afronden en feedback" },
    });

    // Not screened: words that would stop a patient-facing flow reach the practice conversation.
    const said = await send({ text: "Hoe gaat het met je? Denk je weleens aan de dood?" });
    expect(said.canGoBack).toBe(false);
    expect(said.messages[0]?.text).toMatch(/^Henk: /);
    await send({ text: "Je moet stoppen met roken." });
    await send({ text: "Zullen we nu kijken wat je zou willen veranderen?" });
    const done = await send({ command: "skip" });
    expect(done).toMatchObject({ done: true, phase: "feedback", input: { kind: "none" } });

    const { done: finished, summary } = value(await engine.summary(id, token));
    expect(finished).toBe(true);
    const feedback = practiceSummarySchema.parse(summary);
    expect(feedback).toMatchObject({
      flow: "oefenen",
      persona: { id: "henk", name: "Henk" },
      ended: "trainee",
      turns: 3,
      counts: { openQuestions: 1, advice: 1 },
      expertMovesInPhase1: [{ turn: 2, input: "advice" }],
      namedShifts: [{ turn: 3, to: "activerend", permission: true }],
    });

    const view = value(await engine.get(id, token));
    expect(view.transcript.filter((m) => m.role === "user").map((m) => m.text)).toEqual([
      "Henk (67), COPD",
      "Ja, met tips",
      "Hoe gaat het met je? Denk je weleens aan de dood?",
      "Je moet stoppen met roken.",
      "Zullen we nu kijken wat je zou willen veranderen?",
    ]);
  });
});

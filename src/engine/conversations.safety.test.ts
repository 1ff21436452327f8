// The safety screening inside the turn pipeline: crisis and acute answers end coaching for good,
// an ambiguous answer gets a direct, kind question first, and only the decision is stored.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { proefFlow } from "../../test/flows/proef/machine.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { stateOf, value } from "../../test/support/result.ts";
import type { Locale, Region } from "../locales.ts";
import { createEngine, type Engine } from "./conversations.ts";
import { FlowRegistry } from "./flow.ts";
import { unpackJson } from "./phrase-code.ts";

let db: TempDatabase;
let engine: Engine;

beforeEach(async () => {
  db = await tempDatabase();
  engine = createEngine({ store: db.store, flows: new FlowRegistry([proefFlow]) });
});
afterEach(() => db.cleanup());

async function atTextQuestion(region: Region = "NL", locale: Locale = "nl") {
  const created = value(await engine.create({ flow: "proef", locale, region }));
  const asked = stateOf(
    await engine.turn(created.id, created.token, { turnId: "turn-0001", answer: { choice: "ja" } }),
  );
  return { ...created, asked };
}

describe("screening in the turn pipeline", () => {
  it("a crisis answer mid-flow ends coaching with the region's help, and no later turn resumes it", async () => {
    const { id, token } = await atTextQuestion("BE");
    const help = stateOf(
      await engine.turn(id, token, {
        turnId: "turn-0002",
        answer: { text: "Ik wil er een einde aan maken" },
      }),
    );
    expect(help).toMatchObject({ phase: "crisis", done: true, input: { kind: "none" }, canGoBack: false });
    const text = help.messages.map((m) => m.text).join("\n");
    expect(text).toContain("1813");
    expect(text).toContain("112");

    for (const [turnId, answer] of [
      ["later-01", { text: "het gaat al beter, ga maar verder" }],
      ["later-02", { command: "back" }],
      ["later-03", { command: "pause" }],
      ["later-04", { choice: "ja" }],
    ] as const) {
      const later = stateOf(await engine.turn(id, token, { turnId, answer }));
      expect(later.messages).toEqual(help.messages);
      expect(later.done).toBe(true);
    }
    const view = value(await engine.get(id, token));
    expect(view.state.phase).toBe("crisis");
    expect((await db.store.find(id))?.status).toBe("crisis");
  });

  it("screens text typed where the step waits for a button, and text typed at the check question", async () => {
    const created = value(await engine.create({ flow: "proef", locale: "nl", region: "NL" }));
    const help = stateOf(
      await engine.turn(created.id, created.token, {
        turnId: "turn-0001",
        answer: { text: "ik wil niet meer leven" },
      }),
    );
    expect(help.phase).toBe("crisis");

    const other = await atTextQuestion();
    stateOf(
      await engine.turn(other.id, other.token, {
        turnId: "turn-0002",
        answer: { text: "ik zie het niet meer zitten" },
      }),
    );
    const typed = stateOf(
      await engine.turn(other.id, other.token, {
        turnId: "turn-0003",
        answer: { text: "ja, ik heb de pillen al klaarliggen" },
      }),
    );
    expect(typed.phase).toBe("crisis");
  });

  it("an acute medical answer shows 112 and the out-of-hours GP for the region", async () => {
    const { id, token } = await atTextQuestion("NL");
    const help = stateOf(
      await engine.turn(id, token, {
        turnId: "turn-0002",
        answer: { text: "ik heb sinds een uur een drukkende pijn op de borst" },
      }),
    );
    expect(help.phase).toBe("crisis");
    const text = help.messages.map((m) => m.text).join("\n");
    expect(text).toContain("112");
    expect(text.toLowerCase()).toContain("huisartsenpost");
  });

  it("stores the screening decision with the event, not a copy of the text in it", async () => {
    const { id, token } = await atTextQuestion();
    stateOf(await engine.turn(id, token, { turnId: "turn-0002", answer: { text: "ik wil dood" } }));
    const events = await db.store.events(id);
    const screened = events.find((e) => e.turnId === "turn-0002");
    const screening = unpackJson(screened?.screening ?? "null") as {
      level: string;
      category: string;
      cues: string[];
    };
    expect(screening).toMatchObject({ level: "crisis", category: "suicide" });
    expect(screened?.screening).not.toContain("ik wil dood");
  });

  it("check, answered no: the open question again, and the worrying text is never taken as its answer", async () => {
    const { id, token, asked } = await atTextQuestion();
    const check = stateOf(
      await engine.turn(id, token, {
        turnId: "turn-0002",
        answer: { text: "Soms denk ik dat iedereen beter af is zonder mij" },
      }),
    );
    expect(check.input).toMatchObject({ kind: "choice", options: [{ id: "ja" }, { id: "nee" }] });
    expect(check.done).toBe(false);
    const held = await db.store.find(id);
    expect(held?.status).toBe("check");
    // The hold keeps the decision, never a copy of the text.
    expect(held?.safety).not.toContain("iedereen");
    // Only yes or no is taken while the question is open.
    expect(await engine.turn(id, token, { turnId: "turn-0003", answer: { command: "back" } })).toMatchObject({
      ok: false,
      error: { code: "invalid_request" },
    });
    const next = stateOf(await engine.turn(id, token, { turnId: "turn-0004", answer: { choice: "nee" } }));
    expect(next.messages[0]?.text).toBe("Dank je voor je antwoord. Dan stel ik mijn vraag nog een keer.");
    expect(next.messages.slice(1)).toEqual(asked.messages);
    expect(next.input).toEqual(asked.input);
    expect(next.phase).toBe(asked.phase);
    expect((await db.store.find(id))?.status).toBe("active");
    // The next answer is the one the flow takes; the worrying sentence never reaches the summary.
    stateOf(await engine.turn(id, token, { turnId: "turn-0005", answer: { text: "Van mijn tuin" } }));
    const summary = JSON.stringify(value(await engine.summary(id, token)));
    expect(summary).toContain("Van mijn tuin");
    expect(summary).not.toContain("iedereen");
  });

  it("acute question: the number is shown with it, no goes back, yes ends coaching with the acute help", async () => {
    const first = await atTextQuestion("BE");
    const asked = stateOf(
      await engine.turn(first.id, first.token, {
        turnId: "turn-0002",
        answer: { text: "Ik heb pijn op de borst." },
      }),
    );
    const question = asked.messages.map((m) => m.text).join("\n");
    expect(question).toContain("112");
    expect(question).toContain("gebeurt dit nu");
    expect(asked.input).toMatchObject({ options: [{ id: "ja" }, { id: "nee" }] });
    const back = stateOf(
      await engine.turn(first.id, first.token, { turnId: "turn-0003", answer: { choice: "nee" } }),
    );
    expect(back.input).toEqual(first.asked.input);
    expect((await db.store.find(first.id))?.status).toBe("active");

    const second = await atTextQuestion("NL", "en");
    stateOf(
      await engine.turn(second.id, second.token, {
        turnId: "turn-0002",
        answer: { text: "I have chest pain." },
      }),
    );
    const help = stateOf(
      await engine.turn(second.id, second.token, { turnId: "turn-0003", answer: { choice: "ja" } }),
    );
    expect(help.phase).toBe("crisis");
    expect(help.messages[0]?.text).toBe("This may be an emergency");
    expect((await db.store.find(second.id))?.status).toBe("crisis");
  });

  it("acute question: a worse sign typed instead of yes or no ends coaching with the acute help", async () => {
    const { id, token } = await atTextQuestion();
    stateOf(await engine.turn(id, token, { turnId: "turn-0002", answer: { text: "Ik zie dubbel." } }));
    const help = stateOf(
      await engine.turn(id, token, {
        turnId: "turn-0003",
        answer: { text: "ja nu, en ik krijg geen lucht" },
      }),
    );
    expect(help.phase).toBe("crisis");
    expect(help.messages[0]?.text).toBe("Dit kan een noodgeval zijn");
  });

  it("a current, severe sign stops at once, with no question first", async () => {
    const { id, token } = await atTextQuestion();
    const help = stateOf(
      await engine.turn(id, token, {
        turnId: "turn-0002",
        answer: { text: "Ik heb sinds een uur pijn op de borst." },
      }),
    );
    expect(help.phase).toBe("crisis");
  });

  it("a goal said with an emergency's words is taken as a goal", async () => {
    const { id, token, asked } = await atTextQuestion();
    const next = stateOf(
      await engine.turn(id, token, {
        turnId: "turn-0002",
        answer: { text: "Ik wil weer kunnen wandelen zonder benauwd te worden." },
      }),
    );
    expect(next.phase).not.toBe("crisis");
    expect(next.input).not.toEqual(asked.input);
    expect((await db.store.find(id))?.status).toBe("active");
  });

  it("check, answered yes: coaching ends with the crisis help", async () => {
    const { id, token } = await atTextQuestion("NL", "en");
    stateOf(
      await engine.turn(id, token, { turnId: "turn-0002", answer: { text: "I feel so hopeless lately" } }),
    );
    const help = stateOf(await engine.turn(id, token, { turnId: "turn-0003", answer: { choice: "ja" } }));
    expect(help.phase).toBe("crisis");
    expect(help.messages.map((m) => m.text).join("\n")).toContain("113");
  });

  it("idioms pass straight through", async () => {
    const { id, token } = await atTextQuestion();
    const next = stateOf(
      await engine.turn(id, token, {
        turnId: "turn-0002",
        answer: { text: "ik ben doodmoe maar ik lach me dood om mijn kleinzoon" },
      }),
    );
    expect(next.phase).toBe("gg1");
    expect(next.input.kind).toBe("scale");
  });

  it("asks about safety, not about ending one's life, when the unclear signal is about being unsafe", async () => {
    const { id, token } = await atTextQuestion("NL");
    const check = stateOf(
      await engine.turn(id, token, { turnId: "turn-0002", answer: { text: "ik voel me niet veilig" } }),
    );
    const question = check.messages[0]?.text ?? "";
    expect(check.input).toMatchObject({ kind: "choice", options: [{ id: "ja" }, { id: "nee" }] });
    expect(question).toMatch(/bang|pijn/);
    expect(question).not.toMatch(/einde aan je leven/);
    const help = stateOf(await engine.turn(id, token, { turnId: "turn-0003", answer: { choice: "ja" } }));
    expect(help.phase).toBe("crisis");
    expect(help.messages.map((m) => m.text).join("\n")).toContain("0800-2000");
  });
});

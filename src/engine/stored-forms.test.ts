// The compact forms a turn's answer and reply are stored in.
import { describe, expect, it } from "vitest";
import type { ParsedAnswer } from "./answer.ts";
import { unpackJson } from "./phrase-code.ts";
import { readAnswer, shownOf, storeAnswer } from "./stored-answer.ts";
import { readReply, storeReply } from "./stored-reply.ts";
import { readSnapshot, storeSnapshot } from "./stored-snapshot.ts";
import type { ConversationState } from "./types.ts";

describe("stored answers", () => {
  const answers: [ParsedAnswer, string | undefined][] = [
    [{ kind: "answer", answer: { kind: "text", text: "wandelen" } }, undefined],
    [{ kind: "answer", answer: { kind: "value", value: 7 } }, "7 van 10"],
    [{ kind: "answer", answer: { kind: "choice", choice: ["nl", "en"] } }, "Nederlands, English"],
    [{ kind: "command", command: "back" }, undefined],
  ];

  it.each(answers)("keeps %j in the shape a channel sends it, and reads it back", (given, shown) => {
    const stored = storeAnswer(given, shown);
    expect(stored).not.toContain("given");
    expect(readAnswer(stored)).toEqual(shown === undefined ? { given } : { given, shown });
  });

  it("keeps a typed text once, and shows the label or else the typed text", () => {
    const typed: ParsedAnswer = { kind: "answer", answer: { kind: "text", text: "wandelen" } };
    expect(unpackJson(storeAnswer(typed, "wandelen"))).toEqual({ text: "wandelen" });
    expect(shownOf(readAnswer(storeAnswer(typed, "wandelen")))).toBe("wandelen");
    const chosen: ParsedAnswer = { kind: "answer", answer: { kind: "choice", choice: ["ja"] } };
    expect(shownOf(readAnswer(storeAnswer(chosen, "Ja")))).toBe("Ja");
    expect(shownOf(readAnswer(storeAnswer({ kind: "command", command: "back" }, undefined)))).toBeUndefined();
  });

  it("reads answers stored as plain JSON before the phrase coding", () => {
    expect(readAnswer('{"text":"wandelen"}')).toEqual({ given: answers[0]?.[0] });
    expect(readAnswer('{"choice":["ja"],"shown":"Ja"}')).toEqual({
      given: { kind: "answer", answer: { kind: "choice", choice: ["ja"] } },
      shown: "Ja",
    });
  });

  it("refuses a stored answer of no known form", () => {
    expect(() => readAnswer(JSON.stringify({ txt: "wandelen" }))).toThrow();
  });
});

describe("stored replies", () => {
  const state: ConversationState = {
    version: 4,
    phase: "gg1",
    messages: [
      { role: "coach", text: "Wat maakt jou gelukkig?" },
      { role: "user", text: "zelden" },
    ],
    input: { kind: "text", maxLength: 1000, skip: "Sla over" },
    canGoBack: true,
    done: false,
  };

  it("leaves out the version, the coach as speaker and false flags, and reads back the same state", () => {
    const stored = storeReply(state);
    expect(unpackJson(stored)).toEqual({
      phase: "gg1",
      messages: ["Wat maakt jou gelukkig?", { role: "user", text: "zelden" }],
      input: state.input,
      canGoBack: true,
    });
    expect(readReply(stored, 4)).toEqual(state);
  });

  it("reads a reply stored as plain JSON before the phrase coding, and codes the flow's words short", () => {
    const plain = JSON.stringify({
      phase: "gg1",
      messages: ["Wat maakt jou gelukkig?", { role: "user", text: "zelden" }],
      input: state.input,
      canGoBack: true,
    });
    expect(readReply(plain, 4)).toEqual(state);
    expect(storeReply(state).length).toBeLessThan(plain.length);
  });

  it("refuses a stored reply without its input", () => {
    expect(() => readReply(JSON.stringify({ phase: "gg1", messages: [] }), 1)).toThrow();
  });
});

describe("stored snapshots", () => {
  const persisted = {
    status: "active",
    value: { gg1: "gg1_blij" },
    historyValue: {},
    context: { locale: "nl", region: "NL", seed: 7, texts: { happy: "~ wandelen" } },
    children: {},
  };

  it("keep the state value and the context, coded, and read back what the flow is restored from", () => {
    const stored = storeSnapshot(persisted);
    expect(readSnapshot(stored)).toEqual({ value: persisted.value, context: persisted.context });
    expect(stored.length).toBeLessThan(JSON.stringify(persisted).length);
  });

  it("read XState's whole persisted form as plain JSON, as rows stored before hold it", () => {
    expect(readSnapshot(JSON.stringify(persisted))).toEqual(persisted);
  });

  it("refuse what is not a flow snapshot", () => {
    expect(() => storeSnapshot({ context: {} })).toThrow();
  });
});

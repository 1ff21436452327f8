// The help-number wrapper asks for the practice only when a reply holds the general sentence.
import { describe, expect, it } from "vitest";
import type { Engine } from "../engine/conversations.ts";
import { ok } from "../engine/errors.ts";
import type { ConversationState } from "../engine/types.ts";
import { helpFor } from "../safety/help.ts";
import { withPracticeHelp } from "./help-engine.ts";
import type { Practice } from "./practice.ts";

const state = (texts: string[]): ConversationState => ({
  version: 1,
  phase: "x",
  messages: texts.map((text) => ({ role: "coach", text })),
  input: { kind: "none" },
  canGoBack: false,
  done: false,
});

function fakeEngine(texts: string[]): Engine {
  const view = {
    id: "c1",
    flow: "reflectie",
    status: "active" as const,
    locale: "nl" as const,
    region: "NL" as const,
    state: state(texts),
  };
  return { current: async () => ok(view) } as unknown as Engine;
}

const practice = { outOfHours: "0900-4444" } as Practice;

describe("practice help on the engine", () => {
  it("does not look up the practice for an ordinary reply", async () => {
    let lookups = 0;
    const engine = withPracticeHelp(fakeEngine(["Wat maakt je blij?"]), {
      practiceOf: async () => {
        lookups++;
        return practice;
      },
    });
    const result = await engine.current("c1", "token");
    expect(result.ok && result.value.state.messages.map((m) => m.text)).toEqual(["Wat maakt je blij?"]);
    expect(lookups).toBe(0);
  });

  it("swaps the general sentence for a practice conversation, and keeps it for the rest", async () => {
    const lines = helpFor("crisis", "suicide", "NL", "nl").lines;
    const withPractice = withPracticeHelp(fakeEngine(lines), { practiceOf: async () => practice });
    const shown = await withPractice.current("c1", "token");
    expect(shown.ok && shown.value.state.messages.map((m) => m.text).join(" ")).toContain("0900-4444");
    const without = withPracticeHelp(fakeEngine(lines), { practiceOf: async () => undefined });
    const general = await without.current("c1", "token");
    expect(general.ok && general.value.state.messages.map((m) => m.text)).toEqual(lines);
  });
});

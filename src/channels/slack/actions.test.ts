// Reading our buttons back from a block_actions payload: only our own action ids with values that
// parse; checkbox ticks collected from state.values when the submit button is pressed.
import { describe, expect, it } from "vitest";
import { readAction } from "./actions.ts";
import { turnIdFor } from "./turn-id.ts";

const button = (action_id: string, value: unknown, text = "Label") => ({
  type: "button",
  action_id,
  value: JSON.stringify(value),
  text: { type: "plain_text", text },
});

describe("readAction", () => {
  it("reads start, answer, continue and check buttons", () => {
    expect(readAction(button("gc_start:0", { f: "reflectie" }, "Nadenken"), undefined)).toEqual({
      kind: "start",
      flow: "reflectie",
      label: "Nadenken",
    });
    expect(readAction(button("gc_answer:3", { c: "conv-1", v: 4, a: { value: 7 } }, "7"), undefined)).toEqual(
      {
        kind: "answer",
        conversationId: "conv-1",
        version: 4,
        answer: { value: 7 },
        label: "7",
      },
    );
    expect(
      readAction(button("gc_answer:0", { c: "conv-1", v: 4, a: { command: "back" } }), undefined),
    ).toMatchObject({
      answer: { command: "back" },
    });
    expect(readAction(button("gc_continue", { c: "conv-1" }), undefined)).toEqual({
      kind: "continue",
      conversationId: "conv-1",
    });
    expect(readAction(button("gc_check:no", { y: false, k: "despair" }, "Nee"), undefined)).toEqual({
      kind: "check",
      conversationId: undefined,
      yes: false,
      category: "despair",
      label: "Nee",
    });
    expect(readAction(button("gc_erase", { s: "ask" }), undefined)).toEqual({ kind: "erase", step: "ask" });
    expect(readAction(button("gc_erase:yes", { s: "yes" }), undefined)).toEqual({
      kind: "erase",
      step: "yes",
    });
    expect(readAction(button("gc_erase:no", { s: "no" }), undefined)).toEqual({ kind: "erase", step: "no" });
  });

  it("collects the ticked options of our checkboxes for the submit button", () => {
    const state = {
      gc_pick_0: {
        "gc_pick:0": {
          type: "checkboxes",
          selected_options: [{ value: "meedoen", text: { text: "Meedoen" } }],
        },
      },
      gc_pick_10: {
        "gc_pick:10": {
          type: "checkboxes",
          selected_options: [{ value: "lichaam", text: { text: "Lichaam" } }],
        },
      },
      other: { something: { type: "plain_text_input", value: "ignored" } },
    };
    expect(readAction(button("gc_submit", { c: "conv-1", v: 9 }), state)).toEqual({
      kind: "submit",
      conversationId: "conv-1",
      version: 9,
      choice: ["meedoen", "lichaam"],
      label: "Meedoen, Lichaam",
    });
    expect(readAction(button("gc_submit", { c: "conv-1", v: 9 }), {})).toMatchObject({ choice: [] });
  });

  it("treats a checkbox tick as nothing to do", () => {
    expect(
      readAction({ type: "checkboxes", action_id: "gc_pick:0", selected_options: [] }, undefined),
    ).toEqual({ kind: "tick" });
  });

  it("ignores foreign action ids and values that do not parse", () => {
    expect(readAction(button("someone_else", { f: "x" }), undefined)).toBeUndefined();
    expect(
      readAction(button("gc_answer:0", { c: "conv-1", v: -1, a: { value: 1 } }), undefined),
    ).toBeUndefined();
    expect(
      readAction(button("gc_answer:0", { c: "conv-1", v: 1, a: { eval: "x" } }), undefined),
    ).toBeUndefined();
    expect(
      readAction({ type: "button", action_id: "gc_start:0", value: "{oops" }, undefined),
    ).toBeUndefined();
    expect(readAction("not an object", undefined)).toBeUndefined();
    expect(readAction(button("gc_erase", { s: "everything" }), undefined)).toBeUndefined();
  });
});

describe("turnIdFor", () => {
  it("derives the same valid turnId from the same key, every time", async () => {
    expect(await turnIdFor("event:Ev0123ABC")).toBe("slack:event:Ev0123ABC");
    expect(await turnIdFor("interaction:13345224609.738474920.8088930838d88f008e0")).toBe(
      "slack:interaction:13345224609.738474920.8088930838d88f008e0",
    );
    const odd = "interaction:with spaces/and+symbols";
    expect(await turnIdFor(odd)).toBe(await turnIdFor(odd));
    expect(await turnIdFor(odd)).toMatch(/^slack:h:[0-9a-f]{48}$/);
  });
});

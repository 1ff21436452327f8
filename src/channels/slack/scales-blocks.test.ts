// The spinnenweb's one step in Slack: a select per part beside its name and description, one tick
// box group for the marks, one Klaar button; the press read back as one { scales, marks } answer.
import { describe, expect, it } from "vitest";
import type { ConversationState, InputSpec } from "../../engine/types.ts";
import { readAction } from "./actions.ts";
import { answeredMessage, LIMITS, promptMessage } from "./blocks.ts";
import { slackCopy } from "./copy.ts";

const input: InputSpec = {
  kind: "scales",
  min: 0,
  max: 10,
  minLabel: "0 = heel slecht",
  maxLabel: "10 = heel goed",
  items: [
    { id: "lichaam", label: "Lichaam", description: "Hoe je je lichamelijk voelt", value: 5 },
    { id: "mentaal", label: "Gevoel en gedachten", description: "Hoe je je voelt" },
    { id: "meedoen", label: "Meedoen", description: "Contact met anderen" },
  ],
  markLabel: "Hier wil ik over praten",
  marked: ["meedoen"],
  skip: "Sla over",
};
const state: ConversationState = {
  version: 7,
  phase: "gg1",
  messages: [{ role: "coach", text: "Hoe gaat het met de kanten van je leven?" }],
  input,
  canGoBack: true,
  done: false,
};

interface Accessory {
  type: string;
  action_id: string;
  options: { value: string; text: { text: string } }[];
  initial_option?: { value: string };
  initial_options?: { value: string }[];
}
type Block = {
  type: string;
  block_id?: string;
  text?: { text: string };
  accessory?: Accessory;
  elements?: { type: string; value?: string; action_id?: string }[];
};

const message = promptMessage(state, "conv-1", slackCopy.nl);
const blocks = message.blocks as unknown as Block[];

describe("the spinnenweb in Slack", () => {
  it("puts each part's name and description beside a 0-10 select, the earlier grade chosen", () => {
    const parts = blocks.filter((b) => b.accessory?.type === "static_select");
    expect(parts.map((b) => b.text?.text)).toEqual([
      "*Lichaam*\nHoe je je lichamelijk voelt",
      "*Gevoel en gedachten*\nHoe je je voelt",
      "*Meedoen*\nContact met anderen",
    ]);
    expect(parts[0]?.accessory?.options.map((o) => o.value)).toEqual(
      Array.from({ length: 11 }, (_, i) => String(i)),
    );
    expect(parts[0]?.accessory?.initial_option?.value).toBe("5");
    expect(parts[1]?.accessory?.initial_option).toBeUndefined();
    expect(new Set(parts.map((b) => b.accessory?.action_id)).size).toBe(3);
  });

  it("has one tick box group for the marks and one Klaar, besides back, skip and pause", () => {
    const marks = blocks.filter((b) => b.accessory?.type === "checkboxes");
    expect(marks).toHaveLength(1);
    expect(marks[0]?.text?.text).toBe("*Hier wil ik over praten*");
    expect(marks[0]?.accessory?.initial_options?.map((o) => o.value)).toEqual(["meedoen"]);
    const buttons = blocks.flatMap((b) => b.elements ?? []).filter((e) => e.type === "button");
    expect(buttons.filter((b) => b.action_id === "gc_submit")).toHaveLength(1);
    expect(buttons.map((b) => JSON.parse(b.value ?? "{}").a?.command).filter(Boolean)).toEqual([
      "back",
      "skip",
      "pause",
    ]);
  });

  it("stays within Block Kit's limits with all six parts", () => {
    const six = promptMessage(
      {
        ...state,
        input: {
          ...input,
          items: ["a", "b", "c", "d", "e", "f"].map((id) => ({
            id,
            label: `Deel ${id}`,
            description: "x".repeat(400),
          })),
        },
      },
      "conv-1",
      slackCopy.nl,
    );
    expect(six.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    for (const b of six.blocks as unknown as Block[]) {
      expect((b.text?.text ?? "").length).toBeLessThanOrEqual(LIMITS.sectionText);
      expect(b.accessory?.options.length ?? 0).toBeLessThanOrEqual(
        b.accessory?.type === "checkboxes" ? 10 : 100,
      );
    }
  });

  it("reads the press of Klaar as one answer with every grade and mark Slack kept", () => {
    const submit = blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === "gc_submit");
    const pressed = readAction(
      {
        type: "button",
        action_id: "gc_submit",
        value: submit?.value,
        text: { type: "plain_text", text: "Klaar" },
      },
      {
        gc_scale_lichaam: {
          "gc_pick:scale-lichaam": { type: "static_select", selected_option: { value: "6" } },
        },
        gc_scale_mentaal: { "gc_pick:scale-mentaal": { type: "static_select", selected_option: null } },
        gc_scale_meedoen: {
          "gc_pick:scale-meedoen": { type: "static_select", selected_option: { value: "3" } },
        },
        gc_scale_marks: { "gc_pick:marks": { type: "checkboxes", selected_options: [{ value: "meedoen" }] } },
      },
    );
    expect(pressed).toEqual({
      kind: "answer",
      conversationId: "conv-1",
      version: 7,
      answer: { scales: { lichaam: 6, meedoen: 3 }, marks: ["meedoen"] },
      label: "Lichaam 6, Meedoen 3 (hier wil ik over praten)",
    });
    // Choosing in a select is no answer yet: Slack keeps it until Klaar.
    expect(readAction({ type: "static_select", action_id: "gc_pick:scale-lichaam" }, undefined)).toEqual({
      kind: "tick",
    });
  });

  it("once answered, keeps the parts readable without their selects and says what was given", () => {
    const closed = answeredMessage(message.blocks, message.text, slackCopy.nl, "Lichaam 6");
    const kept = closed.blocks as unknown as Block[];
    expect(kept.some((b) => b.accessory)).toBe(false);
    expect(kept.some((b) => b.type === "actions")).toBe(false);
    expect(kept.filter((b) => b.text?.text?.startsWith("*Lichaam*"))).toHaveLength(1);
    expect(JSON.stringify(kept)).toContain("Lichaam 6");
  });
});

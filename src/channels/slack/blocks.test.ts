// Block Kit rendering of conversation states: the buttons each kind of input gets, what a crisis and
// a finished conversation look like, and Slack's limits on lengths and counts.
import { describe, expect, it } from "vitest";
import type { ConversationState, InputSpec } from "../../engine/types.ts";
import {
  answeredMessage,
  chooserMessage,
  crisisMessage,
  finishedMessage,
  LIMITS,
  pausedMessage,
  promptMessage,
  type SlackMessage,
} from "./blocks.ts";
import { slackCopy } from "./copy.ts";

const nl = slackCopy.nl;

function state(input: InputSpec, extra: Partial<ConversationState> = {}): ConversationState {
  return {
    version: 3,
    phase: "gg1",
    messages: [{ role: "coach", text: "Hoe gaat het met je?" }],
    input,
    canGoBack: true,
    done: false,
    ...extra,
  };
}

interface Element {
  type: string;
  action_id?: string;
  value?: string;
  style?: string;
  text?: { text: string };
  options?: { value: string; text: { text: string } }[];
  initial_options?: { value: string }[];
}
const elements = (m: SlackMessage) =>
  m.blocks.flatMap((b) => (b.type === "actions" ? (b.elements as unknown as Element[]) : []));
const buttons = (m: SlackMessage) => elements(m).filter((e) => e.type === "button");
const values = (m: SlackMessage) =>
  buttons(m).map((b) => JSON.parse(b.value ?? "{}") as { c: string; v: number; a?: unknown });
const texts = (m: SlackMessage) =>
  m.blocks
    .map((b) =>
      "text" in b && b.text && typeof b.text === "object" && "text" in b.text ? String(b.text.text) : "",
    )
    .join("\n");

describe("promptMessage", () => {
  it("renders a 0-10 scale as eleven buttons that carry conversation, version and value", () => {
    const m = promptMessage(
      state({ kind: "scale", min: 0, max: 10, value: 6, minLabel: "0 = slecht", maxLabel: "10 = goed" }),
      "c1",
      nl,
    );
    const scale = values(m).filter((v) => v.a && typeof v.a === "object" && "value" in v.a);
    expect(scale.map((v) => v.a)).toEqual(Array.from({ length: 11 }, (_, i) => ({ value: i })));
    expect(scale.every((v) => v.c === "c1" && v.v === 3)).toBe(true);
    expect(buttons(m).find((b) => b.text?.text === "6")?.style).toBe("primary");
    expect(JSON.stringify(m.blocks)).toContain("0 = slecht · 10 = goed");
  });

  it("renders a single choice as buttons, the earlier choice marked", () => {
    const options = [
      { id: "ja", label: "Ja" },
      { id: "nee", label: "Nee" },
    ];
    const m = promptMessage(state({ kind: "choice", multiple: false, options, selected: ["nee"] }), "c1", nl);
    expect(values(m).map((v) => v.a)).toEqual([
      { choice: "ja" },
      { choice: "nee" },
      { command: "back" },
      { command: "pause" },
    ]);
    expect(buttons(m).find((b) => b.text?.text === "Nee")?.style).toBe("primary");
  });

  it("renders a multiple choice as checkboxes of at most 10 options and one submit button", () => {
    const options = Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, label: `Optie ${i}` }));
    const m = promptMessage(state({ kind: "choice", multiple: true, options, selected: ["o11"] }), "c1", nl);
    const boxes = elements(m).filter((e) => e.type === "checkboxes");
    expect(boxes.map((b) => b.options?.length)).toEqual([10, 2]);
    expect(new Set(boxes.map((b) => b.action_id)).size).toBe(2);
    expect(boxes[1]?.initial_options?.map((o) => o.value)).toEqual(["o11"]);
    const submit = buttons(m).find((b) => b.action_id === "gc_submit");
    expect(JSON.parse(submit?.value ?? "{}")).toEqual({ c: "c1", v: 3 });
  });

  it("asks for free text as the next message, with back, skip and pause where allowed", () => {
    const m = promptMessage(state({ kind: "text", maxLength: 500, skip: "Sla over" }), "c1", nl);
    expect(JSON.stringify(m.blocks)).toContain("Typ je antwoord als bericht hieronder (hooguit 500 tekens)");
    expect(values(m).map((v) => v.a)).toEqual([
      { command: "back" },
      { command: "skip" },
      { command: "pause" },
    ]);
    expect(buttons(m).map((b) => b.text?.text)).toEqual(["← Terug", "Sla over", "Pauzeer"]);

    const first = promptMessage(state({ kind: "text", maxLength: 500 }, { canGoBack: false }), "c1", nl, {
      canPause: false,
    });
    expect(buttons(first)).toEqual([]);
  });

  it("keeps Block Kit's limits: button labels, 25 elements per actions block, 50 blocks", () => {
    const options = Array.from({ length: 30 }, (_, i) => ({
      id: `o${i}`,
      label: `${"lang ".repeat(30)}${i}`,
    }));
    const m = promptMessage(state({ kind: "choice", multiple: false, options }), "c1", nl);
    for (const b of buttons(m)) expect(b.text?.text.length).toBeLessThanOrEqual(LIMITS.buttonText);
    for (const block of m.blocks)
      if (block.type === "actions") expect(block.elements.length).toBeLessThanOrEqual(25);
    const many = promptMessage(
      state({ kind: "none" }, { messages: Array.from({ length: 80 }, () => ({ role: "coach", text: "x" })) }),
      "c1",
      nl,
    );
    expect(many.blocks.length).toBeLessThanOrEqual(LIMITS.blocksPerMessage);
    const long = promptMessage(
      state({ kind: "none" }, { messages: [{ role: "coach", text: "woord ".repeat(1500) }] }),
      "c1",
      nl,
    );
    for (const block of long.blocks)
      if (block.type === "section") expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    expect(long.text.length).toBeLessThanOrEqual(LIMITS.fallbackText);
  });

  it("escapes what the coach quotes back, so a person's words cannot become mentions or links", () => {
    const m = promptMessage(
      state(
        { kind: "none" },
        { messages: [{ role: "coach", text: "Je zei: <!channel> & <https://x|klik>" }] },
      ),
      "c1",
      nl,
    );
    expect(texts(m)).toContain("Je zei: &lt;!channel&gt; &amp; &lt;https://x|klik&gt;");
  });
});

describe("other messages", () => {
  it("shows crisis help with its title first and nothing to press", () => {
    const m = crisisMessage(
      state(
        { kind: "none" },
        {
          phase: "crisis",
          done: true,
          messages: [
            { role: "coach", text: "Je hoeft dit niet alleen te dragen" },
            { role: "coach", text: "Bel 113." },
          ],
        },
      ),
    );
    expect(m.blocks.filter((b) => b.type === "actions")).toEqual([]);
    expect(texts(m)).toBe("*Je hoeft dit niet alleen te dragen*\nBel 113.");
  });

  it("shows a finished conversation with its summary and no buttons", () => {
    const m = finishedMessage(
      state({ kind: "none" }, { done: true, messages: [{ role: "coach", text: "Dank je wel." }] }),
      nl,
      [
        {
          id: "visit",
          heading: "Mijn vraag",
          items: [{ label: "Hoofdvraag", text: "Waarom slaap ik slecht?" }],
        },
      ],
    );
    expect(texts(m)).toContain("Jouw samenvatting");
    expect(texts(m)).toContain("• Hoofdvraag: Waarom slaap ik slecht?");
    expect(buttons(m)).toEqual([]);
  });

  it("offers each flow, the open conversation first when there is one, and says Slack is not a medical record", () => {
    const m = chooserMessage(["reflectie", "oefenen"], nl, {
      open: { conversationId: "c9", flowId: "reflectie" },
    });
    expect(buttons(m).map((b) => [b.action_id, JSON.parse(b.value ?? "")])).toEqual([
      ["gc_continue", { c: "c9" }],
      ["gc_start:0", { f: "reflectie" }],
      ["gc_start:1", { f: "oefenen" }],
    ]);
    expect(JSON.stringify(m.blocks)).toContain("Slack is geen medisch dossier");
  });

  it("shows a paused conversation with one continue button", () => {
    const m = pausedMessage(state({ kind: "text", maxLength: 10 }), "c1", nl);
    expect(buttons(m).map((b) => b.action_id)).toEqual(["gc_continue"]);
  });

  it("closes an answered message: its buttons and hints go, the answer shows", () => {
    const shown = promptMessage(state({ kind: "scale", min: 0, max: 10, minLabel: "0 = slecht" }), "c1", nl);
    const closed = answeredMessage(shown.blocks, shown.text, nl, "7");
    expect(closed.blocks.filter((b) => b.type === "actions")).toEqual([]);
    expect(JSON.stringify(closed.blocks)).not.toContain("0 = slecht");
    expect(JSON.stringify(closed.blocks)).toContain("Jouw antwoord: 7");
    expect(answeredMessage(["junk", null, { no: "type" }], "", nl, "x").blocks).toHaveLength(1);
  });

  it("drops the controls that would reorder an answer, in blocks and in the notification text", () => {
    const spoofed = "\u202Eslecht\u202C \u2066slaap\u2069\u200F";
    const finished = finishedMessage(
      state({ kind: "none" }, { done: true, messages: [{ role: "coach", text: `Je schreef: ${spoofed}` }] }),
      nl,
      [{ id: "visit", heading: "Mijn vraag", items: [{ label: "Hoofdvraag", text: spoofed }] }],
    );
    const shown = promptMessage(state({ kind: "text", maxLength: 100 }), "c1", nl);
    const answered = answeredMessage(shown.blocks, shown.text, nl, spoofed);
    for (const m of [finished, answered]) {
      const all = JSON.stringify(m);
      expect(all).toContain("slecht slaap");
      expect(all).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
    }
  });
});

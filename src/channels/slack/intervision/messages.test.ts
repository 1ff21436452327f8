// The intervision messages: the parent's steps and controls as the round moves, the phase message's
// buttons, escaping of what people wrote, Block Kit's limits, and App Home's insertion point.
import type { types } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { startState, transition } from "../../../intervision/round.ts";
import type { Round } from "../../../intervision/store.ts";
import { intervisionCopy } from "./copy.ts";
import { withBlocks } from "./home.ts";
import {
  contributionMessage,
  homeBlocks,
  markdownMessages,
  parentMessage,
  phaseMessage,
} from "./messages.ts";

const copy = intervisionCopy.nl;
const T0 = 1_800_000_000_000;
const plan = { method: "incident", phaseHours: 24 } as const;
const round: Round = {
  ...startState(plan, T0),
  id: "R1",
  teamId: "T1",
  channelId: "C1",
  method: "incident",
  locale: "nl",
  facilitatorId: "U0FAC",
  caseBringerId: "U0CASE",
  phaseHours: 24,
  anonymousQuestions: true,
  parentTs: "1.1",
  phaseTs: null,
  announcedVersion: 1,
  changeKey: "k",
  nextSteps: null,
  createdAt: T0,
};
const text = (message: { blocks: unknown[] }) => JSON.stringify(message.blocks);

describe("parentMessage", () => {
  it("shows the steps, where the round is and the facilitator's controls with the version", () => {
    const message = parentMessage(round, 4, copy);
    expect(text(message)).toContain("▶️ *1. Casus* · tot <!date^1800086400^");
    expect(text(message)).toContain("◻️ 6. Terugblik");
    expect(text(message)).toContain('"value":"{\\"r\\":\\"R1\\",\\"v\\":1}"');
  });

  it("offers to finish on the last phase, no close on a closed phase, and nothing once ended", () => {
    const last = { ...round, phase: 5 };
    expect(text(parentMessage(last, 4, copy))).toContain("Rond af");
    const closed = { ...round, phaseOpen: false };
    expect(text(parentMessage(closed, 4, copy))).not.toContain("Sluit fase");
    expect(text(parentMessage(closed, 4, copy))).toContain("gesloten voor bijdragen");
    const result = transition(round, plan, { type: "end" }, T0 + 1);
    if (!result.ok) throw new Error("refused");
    const ended = parentMessage({ ...round, ...result.state }, 4, copy);
    expect(ended.blocks.some((b) => b.type === "actions")).toBe(false);
    expect(text(ended)).toContain("Afgerond op");
  });
});

describe("phaseMessage", () => {
  it("has the anonymous question button only in a question phase with anonymous questions", () => {
    expect(text(phaseMessage(round, 1, copy, "current"))).toContain("gc_iv_ask");
    expect(text(phaseMessage(round, 2, copy, "current"))).not.toContain("gc_iv_ask");
    expect(text(phaseMessage({ ...round, anonymousQuestions: false }, 1, copy, "current"))).not.toContain(
      "gc_iv_ask",
    );
    expect(text(phaseMessage(round, 1, copy, "over"))).not.toContain("gc_iv_write");
  });
});

describe("contributionMessage", () => {
  it("escapes what people wrote and keeps within the section limit", () => {
    const message = contributionMessage(`<!channel> & ${"x".repeat(5000)}`, "U0BOB", false, copy);
    expect(text(message)).toContain("&lt;!channel&gt; &amp;");
    expect(text(message)).toContain("Bijdrage van <@U0BOB>");
    for (const block of message.blocks)
      if (block.type === "section") expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    expect(text(contributionMessage("vraag", "U0BOB", true, copy))).not.toContain("U0BOB");
  });
});

describe("markdownMessages", () => {
  it("splits long Markdown into code blocks of at most 3000 characters", () => {
    const messages = markdownMessages(`# Titel\n${"- punt\n".repeat(2000)}`, "C1", copy);
    const sections = messages.flatMap((m) => m.blocks).filter((b) => b.type === "section");
    expect(sections.length).toBeGreaterThan(4);
    for (const m of messages) expect(m.blocks.length).toBeLessThanOrEqual(50);
  });
});

describe("App Home", () => {
  it("puts the running rounds after the coach's intro", () => {
    const view: types.HomeView = {
      type: "home",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "Coach" } },
        { type: "divider" },
        { type: "section", text: { type: "mrkdwn", text: "summaries" } },
      ],
    };
    const blocks = withBlocks(view, homeBlocks([round], "U0FAC", copy)).blocks;
    expect(blocks.map((b) => b.type)).toEqual([
      "header",
      "divider",
      "header",
      "section",
      "divider",
      "section",
    ]);
    expect(JSON.stringify(blocks[3])).toContain("jij bent gespreksleider");
  });
});

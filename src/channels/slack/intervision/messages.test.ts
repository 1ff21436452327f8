// The intervision messages: the parent's steps and controls as the round moves, the phase message's
// buttons and whose turn it is, escaping of what people wrote (notification text included), Block
// Kit's limits for the record, and App Home's insertion point.
import type { types } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { buildRecord } from "../../../intervision/record.ts";
import { type RoundPlan, startState, transition } from "../../../intervision/round.ts";
import type { Round } from "../../../intervision/store.ts";
import { intervisionCopy } from "./copy.ts";
import { withBlocks } from "./home.ts";
import {
  contributionMessage,
  homeBlocks,
  markdownMessages,
  mentions,
  parentMessage,
  phaseMessage,
  ratingMessage,
  recordMessages,
  reminderMessage,
} from "./messages.ts";
import { blockTextLength, MAX_BLOCK_TEXT } from "./pack.ts";

const copy = intervisionCopy.nl;
const T0 = 1_800_000_000_000;
const plan: RoundPlan = { method: "incident", phaseHours: 24, caseCollection: false, workZones: null };
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
  moderated: false,
  caseCollection: false,
  workHours: "always",
  timeZones: ["Europe/Amsterdam"],
  channelPrivate: true,
  parentTs: "1.1",
  phaseTs: null,
  parentLink: "https://test.slack.com/archives/C1/p11",
  recordTs: null,
  recordLink: null,
  recordParts: [],
  blockedReason: null,
  announcedVersion: 1,
  changeKey: "k",
  nextSteps: null,
  createdAt: T0,
};
const facts = { participants: 4, confirmed: 1 };
const text = (message: { blocks: unknown[] }) => JSON.stringify(message.blocks);

describe("parentMessage", () => {
  it("shows the steps, where the round is and the facilitator's controls with the version", () => {
    const message = parentMessage(round, facts, copy);
    expect(text(message)).toContain("▶️ *1. Casus* · tot <!date^1800086400^");
    expect(text(message)).toContain("◻️ 6. Terugblik");
    expect(text(message)).toContain('"value":"{\\"r\\":\\"R1\\",\\"v\\":1}"');
  });

  it("offers to finish on the last phase, no close on a closed phase, and nothing once ended", () => {
    const last = { ...round, phase: 5 };
    expect(text(parentMessage(last, facts, copy))).toContain("Rond af");
    const closed = { ...round, phaseOpen: false };
    expect(text(parentMessage(closed, facts, copy))).not.toContain("Sluit fase");
    expect(text(parentMessage(closed, facts, copy))).toContain("gesloten voor bijdragen");
    const result = transition(round, plan, { type: "end" }, T0 + 1);
    if (!result.ok) throw new Error("refused");
    const ended = parentMessage({ ...round, ...result.state }, facts, copy);
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

describe("phaseMessage's turn", () => {
  const people = ["U0FAC", "U0CASE", "U0ANNA", "U0BOB"];

  it("names who should act now and never the case bringer in a group phase", () => {
    const phase = phaseMessage(round, 1, copy, "current", people);
    expect(text(phase)).toContain("Aan de beurt: <@U0FAC>, <@U0ANNA> en <@U0BOB>.");
    expect(text(phase)).not.toContain("behalve");
    expect(phase.text).toContain("<@U0ANNA>");
    expect(phase.text).not.toContain("<@U0CASE>");
    expect(text(phaseMessage(round, 0, copy, "current", people))).toContain("Aan de beurt: <@U0CASE>.");
  });

  it("counts people past twenty instead of naming them all", () => {
    const many = Array.from({ length: 30 }, (_, i) => `U0P${i}`);
    expect(mentions(many, copy)).toContain("en 10 anderen");
    expect(mentions(many, copy).match(/<@/g)).toHaveLength(20);
  });

  it("opens the round with the confidentiality agreement, the channel warning and last round's agreements", () => {
    const first = phaseMessage({ ...round, channelPrivate: false }, 0, copy, "current", people, {
      previous: { endedAt: T0 - 86_400_000, nextSteps: "Bel mevrouw Jansen terug\n- Huisbezoek plannen" },
    });
    const shown = text(first);
    expect(shown).toContain("Vertrouwelijk");
    expect(shown).toContain("gc_iv_agree");
    expect(shown).toContain("openbaar kanaal");
    expect(shown).toContain("Afspraken uit de vorige ronde");
    expect(shown).toContain("Huisbezoek plannen");
    // Masked like the record: no patient name from last round reaches the new thread.
    expect(shown).not.toContain("Jansen");
    expect(text(phaseMessage(round, 1, copy, "current", people))).not.toContain("gc_iv_agree");
  });
});

describe("contributionMessage", () => {
  it("escapes what people wrote, in the blocks and the notification text, and keeps within the section limit", () => {
    const message = contributionMessage(`<!channel> & ${"x".repeat(5000)}`, "U0BOB", false, copy);
    expect(text(message)).toContain("&lt;!channel&gt; &amp;");
    expect(message.text).toContain("&lt;!channel&gt;");
    expect(message.text).not.toContain("<!channel>");
    expect(text(message)).toContain("Bijdrage van <@U0BOB>");
    for (const block of message.blocks)
      if (block.type === "section") expect(block.text?.text.length).toBeLessThanOrEqual(3000);
    expect(text(contributionMessage("vraag", "U0BOB", true, copy))).not.toContain("U0BOB");
  });
});

describe("ratingMessage and reminderMessage", () => {
  it("escape the question in the notification text and link to the thread", () => {
    const rating = ratingMessage(
      round,
      {
        id: "C1",
        phase: 1,
        text: "<@U0EVIL> <https://evil.example|klik>?",
        userId: "U0ANNA",
        anonymous: false,
      },
      copy,
      null,
    );
    expect(rating.text).not.toContain("<@U0EVIL>");
    expect(rating.text).not.toContain("<https://evil");
    expect(text(rating)).toContain("<https://test.slack.com/archives/C1/p11|Naar de draad>");
    expect(text(reminderMessage(round, copy))).toContain("|Naar de draad>");
    // Without a permalink the channel stands in.
    expect(text(reminderMessage({ ...round, channelId: "C0TEAM", parentLink: null }, copy))).toContain(
      "<#C0TEAM>",
    );
  });
});

const withinLimits = (messages: { blocks: unknown[] }[]) => {
  for (const m of messages) {
    expect(m.blocks.length).toBeLessThanOrEqual(50);
    expect(m.blocks.reduce((n: number, b) => n + blockTextLength(b), 0)).toBeLessThanOrEqual(MAX_BLOCK_TEXT);
  }
};

describe("markdownMessages", () => {
  it("splits long Markdown into code blocks of at most 3000 characters, each message within Slack's limits", () => {
    const messages = markdownMessages(`# Titel\n${"- punt <!here>\n".repeat(2000)}`, "C1", copy);
    const sections = messages.flatMap((m) => m.blocks).filter((b) => b.type === "section");
    expect(sections.length).toBeGreaterThan(4);
    withinLimits(messages);
    expect(JSON.stringify(messages)).not.toContain("<!here>");
  });
});

describe("recordMessages", () => {
  it("splits a long record over several messages within 50 blocks and 12,000 characters each", () => {
    const long = "Een lange bijdrage over wat er gebeurde en wat we ervan denken. ".repeat(40);
    const model = buildRecord({
      method: "vijfstappen",
      locale: "nl",
      startedAt: T0,
      endedAt: T0 + 1,
      participantCount: 6,
      contributions: Array.from({ length: 60 }, (_, i) => ({
        phase: i % 5,
        kind: "contribution" as const,
        text: long,
        rating: null,
      })),
      nextSteps: "Terugkoppelen",
    });
    const messages = recordMessages(model, copy);
    expect(messages.length).toBeGreaterThan(3);
    withinLimits(messages);
    // Every message after the first says it continues the record.
    for (const m of messages.slice(1))
      expect(JSON.stringify(m.blocks[0])).toContain("Vervolg van het verslag");
    expect(JSON.stringify(messages.at(-1))).toContain("Terugkoppelen");
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
    const blocks = withBlocks(view, homeBlocks([round], [], "U0FAC", copy)).blocks;
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

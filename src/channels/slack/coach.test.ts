// The coach's decisions without HTTP: a recording Slack API, the real engine on a temporary database.
// Text typed where a button is expected is screened for patient-facing flows only; a practice flow's
// trainee may type anything; and a retried start reuses the conversation its first attempt made.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackRepository } from "../../../db/slack-repository.ts";
import { proefFlow } from "../../../test/flows/proef/machine.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { createEngine } from "../../engine/conversations.ts";
import { FlowRegistry } from "../../engine/flow.ts";
import { createLogger } from "../../log.ts";
import type { SlackApi } from "./api.ts";
import type { SlackMessage } from "./blocks.ts";
import { createSlackCoach, type PressedWhere } from "./coach.ts";
import type { SlackStore } from "./store.ts";

let db: TempDatabase;
let store: SlackStore;
let posts: SlackMessage[];
let notes: string[];
const api: SlackApi = {
  async post(channel, message) {
    posts.push(message);
    return { channel, ts: `1.${posts.length}` };
  },
  async update() {},
  async ephemeral(_channel, _user, text) {
    notes.push(text);
  },
  async publishHome() {},
  async delete() {
    return "deleted";
  },
  async upload() {
    return "F1";
  },
  async deleteFile() {
    return "deleted";
  },
  async openView() {},
};
const who = { teamId: "T1", userId: "U1" };
const nowhere: PressedWhere = {
  channel: "D1",
  messageTs: undefined,
  messageBlocks: undefined,
  messageText: "",
};
const lastText = () => JSON.stringify(posts.at(-1)?.blocks ?? []);

beforeEach(async () => {
  db = await tempDatabase();
  store = createSlackRepository(db.opened.db);
  posts = [];
  notes = [];
});
afterEach(() => db.cleanup());

function coachWith(screened: boolean) {
  // The test flow, once as patient-facing (screened) and once as a practice flow would be.
  const flows = new FlowRegistry([{ ...proefFlow, screened }]);
  const engine = createEngine({ store: db.store, flows });
  return createSlackCoach({ engine, flows, store, log: createLogger("silent"), now: Date.now });
}

describe("text typed where a button is expected", () => {
  it("is screened in a patient-facing flow: crisis words end coaching in Slack with the help", async () => {
    const coach = coachWith(true);
    await coach.action(api, who, { kind: "start", flow: "proef", label: "Proef" }, "interaction:s1", nowhere);
    await coach.message(api, who, { channel: "D1", text: "ik wil dood" }, "event:E1");
    expect(lastText()).toContain("113");
    // The engine screened it although the step wants a button, and ended the conversation there.
    const id = (await store.user("T1", "U1"))?.conversationId;
    expect(id ? (await db.store.find(id))?.status : "gone").toBe("crisis");
  });

  it("is not screened in a practice flow: the step is shown again with a note", async () => {
    const coach = coachWith(false);
    await coach.action(api, who, { kind: "start", flow: "proef", label: "Proef" }, "interaction:s1", nowhere);
    await coach.message(api, who, { channel: "D1", text: "denkt u aan zelfdoding?" }, "event:E1");
    expect(lastText()).not.toContain("113");
    expect(lastText()).toContain("kies je een antwoord met de knoppen");
    expect((await store.user("T1", "U1"))?.conversationId).not.toBeNull();
  });
});

describe("starting", () => {
  it("reuses the conversation a retried start created, instead of starting a second one", async () => {
    const coach = coachWith(true);
    await coach.action(api, who, { kind: "start", flow: "proef", label: "Proef" }, "interaction:s1", nowhere);
    const first = (await store.user("T1", "U1"))?.conversationId;
    await coach.action(api, who, { kind: "start", flow: "proef", label: "Proef" }, "interaction:s1", nowhere);
    expect((await store.user("T1", "U1"))?.conversationId).toBe(first);
    expect(await store.conversations("T1", "U1", 10)).toHaveLength(1);
    await coach.action(api, who, { kind: "start", flow: "proef", label: "Proef" }, "interaction:s2", nowhere);
    expect(await store.conversations("T1", "U1", 10)).toHaveLength(2);
  });

  it("offers the flows again for a flow it does not know", async () => {
    const coach = coachWith(true);
    await coach.action(
      api,
      who,
      { kind: "start", flow: "bestaat-niet", label: "?" },
      "interaction:s1",
      nowhere,
    );
    expect(lastText()).toContain("gc_start:0");
    expect(await store.conversations("T1", "U1", 10)).toHaveLength(0);
  });
});

describe("reads", () => {
  /** The coach on an engine whose store counts every read of a conversation, by method name. */
  function countingCoach() {
    const reads: string[] = [];
    const counted = new Proxy(db.store, {
      get(target, name, receiver) {
        const member = Reflect.get(target, name, receiver);
        if (typeof member !== "function" || !/^(find|current|events)/.test(String(name))) return member;
        return (...args: unknown[]) => {
          reads.push(String(name));
          return member.apply(target, args);
        };
      },
    });
    const flows = new FlowRegistry([proefFlow]);
    const engine = createEngine({ store: counted, flows });
    const coach = createSlackCoach({ engine, flows, store, log: createLogger("silent"), now: Date.now });
    return { reads, coach };
  }

  async function started(coach: ReturnType<typeof countingCoach>["coach"]) {
    await coach.action(api, who, { kind: "start", flow: "proef", label: "Proef" }, "interaction:s1", nowhere);
    return (await store.user("T1", "U1"))?.conversationId ?? "";
  }

  it("a button press reads the conversation once: the turn's own read, nothing after it", async () => {
    const { reads, coach } = countingCoach();
    const id = await started(coach);
    reads.length = 0;
    await coach.action(
      api,
      who,
      { kind: "answer", conversationId: id, version: 0, answer: { choice: "ja" }, label: "Ja" },
      "interaction:a1",
      nowhere,
    );
    expect(reads).toEqual(["findForTurn"]);
    expect(lastText()).toContain("Wat is belangrijk voor je?");
  });

  it("a press on an answered step reads once too: the refusal brings the step shown now", async () => {
    const { reads, coach } = countingCoach();
    const id = await started(coach);
    const yes = {
      kind: "answer",
      conversationId: id,
      version: 0,
      answer: { choice: "ja" },
      label: "Ja",
    } as const;
    await coach.action(api, who, yes, "interaction:a1", nowhere);
    // The step after it never reached Slack, as far as the coach knows: the pressed message is the newest.
    const promptTs = (await store.user("T1", "U1"))?.promptTs ?? undefined;
    const onPrompt = { ...nowhere, messageTs: promptTs };
    reads.length = 0;
    notes.length = 0;
    const shown = posts.length;
    await coach.action(api, who, { ...yes, answer: { choice: "nee" } }, "interaction:a2", onPrompt);
    expect(reads).toEqual(["findForTurn", "currentEvent"]);
    expect(notes).toEqual(["Deze vraag is al beantwoord. Ga verder bij het nieuwste bericht."]);
    expect(posts).toHaveLength(shown + 1);
    expect(lastText()).toContain("Wat is belangrijk voor je?");
  });

  it("continuing and answering the direct question read the conversation once each", async () => {
    const { reads, coach } = countingCoach();
    const id = await started(coach);
    reads.length = 0;
    await coach.action(api, who, { kind: "continue", conversationId: id }, "interaction:c1", nowhere);
    expect(reads).toEqual(["find", "currentEvent"]);
    expect(lastText()).toContain("Welkom terug");
    reads.length = 0;
    const no = { kind: "check", conversationId: id, yes: false, category: "despair", label: "Nee" } as const;
    await coach.action(api, who, no, "interaction:k1", nowhere);
    expect(reads).toEqual(["find", "currentEvent"]);
  });

  it("text where a button is wanted reads the conversation once as well", async () => {
    const { reads, coach } = countingCoach();
    await started(coach);
    reads.length = 0;
    await coach.message(api, who, { channel: "D1", text: "gewoon wat tekst" }, "event:E1");
    expect(reads).toEqual(["findForTurn", "currentEvent"]);
    expect(lastText()).toContain("kies je een antwoord met de knoppen");
  });
});

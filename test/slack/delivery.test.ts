// Exactly once over real HTTP: Slack's re-deliveries (sequential and concurrent) make one reply; a
// delivery whose first attempt failed (our 500) is processed once when Slack retries; a slow Slack
// API does not hold the ack back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dm } from "./dm-driver.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { answerOf, buttonsOf, textOf } from "./slack-client.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.stop());

const posts = () => h.fake.ok("chat.postMessage").length;

describe("Slack re-deliveries", () => {
  it("the same event delivered 3 times makes one reply", async () => {
    const eventId = h.slack.eventId();
    const before = posts();
    for (const retryNum of [undefined, 1, 2]) {
      const res = await h.slack.message("U0SEQ", "hallo", { eventId, ...(retryNum ? { retryNum } : {}) });
      expect(res.status).toBe(200);
    }
    await h.fake.waitFor("chat.postMessage", before + 1);
    expect(posts()).toBe(before + 1);
    expect(
      await h.count("slack_events", "key = ? and status = 'done' and attempts = 1", `event:${eventId}`),
    ).toBe(1);
  });

  it("the same event delivered 3 times at once makes one reply", async () => {
    const eventId = h.slack.eventId();
    const before = posts();
    const results = await Promise.all([0, 1, 2].map(() => h.slack.message("U0PAR", "hallo", { eventId })));
    const statuses = results.map((r) => r.status);
    // The one that claimed it answers 200; a copy that finds it in progress gets 503, so that Slack
    // would try again later if the first attempt failed after all.
    expect(statuses).toContain(200);
    for (const status of statuses) expect([200, 503]).toContain(status);
    await h.fake.waitFor("chat.postMessage", before + 1);
    // Later copies find it done.
    expect((await h.slack.message("U0PAR", "hallo", { eventId, retryNum: 3 })).status).toBe(200);
    expect(posts()).toBe(before + 1);
  });

  it("a retry after a 500 on the first attempt is processed, once", async () => {
    const eventId = h.slack.eventId();
    const before = posts();
    h.fake.fail("chat.postMessage", 500);
    const first = await h.slack.message("U0RETRY", "hallo", { eventId });
    expect(first.status).toBe(500);
    expect(posts()).toBe(before);
    expect(await h.count("slack_events", "key = ? and status = 'failed'", `event:${eventId}`)).toBe(1);

    const retry = await h.slack.message("U0RETRY", "hallo", { eventId, retryNum: 1 });
    expect(retry.status).toBe(200);
    expect(posts()).toBe(before + 1);
    expect((await h.slack.message("U0RETRY", "hallo", { eventId, retryNum: 2 })).status).toBe(200);
    expect(posts()).toBe(before + 1);
    expect(
      await h.count("slack_events", "key = ? and status = 'done' and attempts = 2", `event:${eventId}`),
    ).toBe(1);
  });

  it("a retried answer whose reply failed is applied to the conversation once", async () => {
    const dm = new Dm(h, "U0TURN");
    await dm.say("hoi");
    await dm.start("reflectie");
    await dm.choose("nl");
    await dm.choose("NL");
    await dm.choose("ja");
    expect(dm.input).toBe("text");
    const question = dm.text;

    const eventId = h.slack.eventId();
    h.fake.fail("chat.postMessage", 500);
    expect((await h.slack.message("U0TURN", "fietsen met mijn kleinzoon", { eventId })).status).toBe(500);
    // The turn was saved before the reply failed; the retry replays it instead of answering the next question.
    const post = await h.expectPost(() =>
      h.slack.message("U0TURN", "fietsen met mijn kleinzoon", { eventId, retryNum: 1 }),
    );
    // The coach reflects it back in the second person.
    expect(textOf(post)).toContain("fietsen met je kleinzoon");
    expect(textOf(post)).not.toBe(question);
    expect(await h.count("events", "turn_id = ?", `slack:event:${eventId}`)).toBe(1);
    const answered = await h.count(
      "events",
      "kind = 'answer' and conversation_id = (select conversation_id from slack_users where user_id = 'U0TURN')",
    );
    expect(answered).toBe(4);
  });

  it("the same button press delivered twice answers once", async () => {
    const dm = new Dm(h, "U0PRESS");
    await dm.say("hoi");
    await dm.start("reflectie");
    const nl = dm.button((b) => answerOf(b)?.choice === "nl");
    const triggerId = `${Date.now()}.press.twice`;
    const before = posts();
    expect((await h.slack.press("U0PRESS", nl, dm.last, { triggerId })).status).toBe(200);
    expect((await h.slack.press("U0PRESS", nl, dm.last, { triggerId })).status).toBe(200);
    await h.fake.waitFor("chat.postMessage", before + 1);
    expect(posts()).toBe(before + 1);
    expect(h.fake.ok("chat.postEphemeral").filter((c) => c.args.user === "U0PRESS")).toEqual([]);
    // A second, different press of the same old button is a stale press: a note, not a second answer.
    expect((await h.slack.press("U0PRESS", nl, dm.last)).status).toBe(200);
    const notes = await h.fake.waitFor("chat.postEphemeral", 1);
    expect(notes.some((n) => n.args.user === "U0PRESS")).toBe(true);
    expect(posts()).toBe(before + 1);
  });
});

describe("a slow Slack API", () => {
  // Its own server with a short ack budget: the ack cannot wait for a call the fake holds until the
  // test releases it, so the test waits 100 ms for the ack instead of the product's 1.5 s.
  let slow: SlackHarness;
  beforeAll(async () => {
    slow = await startSlackHarness({ slackAckBudgetMs: 100 });
  });
  afterAll(async () => slow?.stop());

  it("does not hold the ack back: the work finishes after the ack", async () => {
    const eventId = slow.slack.eventId();
    const release = slow.fake.hold("chat.postMessage");
    const res = await slow.slack.message("U0SLOW", "hallo", { eventId });
    expect(res.status).toBe(200);
    expect(slow.fake.ok("chat.postMessage")).toHaveLength(0);
    expect(await slow.count("slack_events", "key = ? and status = 'processing'", `event:${eventId}`)).toBe(1);
    // A copy that arrives meanwhile does not start a second reply.
    expect((await slow.slack.message("U0SLOW", "hallo", { eventId, retryNum: 1 })).status).toBe(503);
    release();
    const [post] = await slow.fake.waitFor("chat.postMessage", 1);
    expect(buttonsOf(post).some((b) => b.action_id.startsWith("gc_start"))).toBe(true);
    await expect
      .poll(() => slow.count("slack_events", "key = ? and status = 'done'", `event:${eventId}`))
      .toBe(1);
    expect(slow.fake.ok("chat.postMessage")).toHaveLength(1);
  });
});

// The language model in a Slack DM, through the real Bolt app over HTTP: a practice turn that waits for a
// slow model is acked before the model answers, the model's words are posted after, and a re-delivery of
// the same event, during the wait or after it, never asks the model a second time (issue 22, item 4).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeLlm, startFakeLlm } from "../support/fake-llm.ts";
import { Dm } from "./dm-driver.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { textOf } from "./slack-client.ts";

let llm: FakeLlm;
let h: SlackHarness;
beforeAll(async () => {
  llm = await startFakeLlm();
  // The product's own ack budget (1.5 s): a 1 s model would fit inside it, so only an early ack passes.
  h = await startSlackHarness(undefined, { LLM_BASE_URL: llm.baseUrl, LLM_MODEL: "slack-model" });
});
afterAll(async () => {
  await h?.stop();
  await llm?.close();
});

const posts = () => h.fake.ok("chat.postMessage").length;

describe("a practice turn in Slack with the language model", () => {
  it("acks before the slow model answers, then posts its words; a re-delivery asks the model no more", async () => {
    const dm = new Dm(h, "U0LLM");
    await dm.say("hoi");
    await dm.start("oefenen");
    await dm.choose("henk");
    await dm.choose("nee");
    expect(dm.input).toBe("text");
    const asked = llm.requests.length;
    const posted = posts();

    llm.script({ reply: "Tja, het gaat wel. Ik ben gewoon wat moe de laatste tijd.", delayMs: 1000 });
    const eventId = h.slack.eventId();
    const first = await h.slack.message("U0LLM", "Hoe gaat het met u?", { eventId });
    expect(first.status).toBe(200);
    // Acked while the model was still thinking: nothing was posted yet.
    expect(posts()).toBe(posted);

    // Slack re-delivers while the turn waits: told to come back later, and the model is not asked again.
    const during = await h.slack.message("U0LLM", "Hoe gaat het met u?", { eventId, retryNum: 1 });
    expect(during.status).toBe(503);

    const [reply] = (await h.fake.waitFor("chat.postMessage", posted + 1)).slice(posted);
    expect(textOf(reply)).toContain("Henk: Tja, het gaat wel. Ik ben gewoon wat moe de laatste tijd.");
    await expect
      .poll(() => h.count("slack_events", "key = ? and status = 'done'", `event:${eventId}`))
      .toBe(1);

    // And once it is done: a 200 and nothing more.
    const after = await h.slack.message("U0LLM", "Hoe gaat het met u?", { eventId, retryNum: 2 });
    expect(after.status).toBe(200);
    expect(llm.requests.length).toBe(asked + 1);
    expect(posts()).toBe(posted + 1);
    expect(await h.count("events", "turn_id = ?", `slack:event:${eventId}`)).toBe(1);
  });
});

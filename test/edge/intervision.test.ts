// Intervision in real workerd (wrangler dev, local D1): /intervisie and the start modal create a
// round in D1 and post it at the fake Web API, a thread reply is stored, and the cron's scheduled
// handler moves the phase on at its deadline, once, even when two sweeps start together.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack.ts";
import { ChannelSide, RoundView, startValues } from "../slack/intervision-driver.ts";
import { BOT_TOKEN, SIGNING_SECRET, SlackSide, textOf } from "../slack/slack-client.ts";
import { startWorkerd, type Workerd } from "../support/workerd.ts";

let worker: Workerd;
let fake: FakeSlack;
let base: string;
let side: ChannelSide;

beforeAll(async () => {
  fake = await startFakeSlack();
  fake.answer("conversations.members", { ok: true, members: ["U0LEAD", "U0BRING", "U0ANNA", "U0BOB"] });
  worker = await startWorkerd({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
  });
  base = worker.base;
  side = new ChannelSide({ slack: new SlackSide(base), fake });
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
});

describe("intervision on Workers", () => {
  it("starts a round, takes a reply, and moves on at the deadline from the cron", async () => {
    const opened = await side.expectView(() => side.command("U0LEAD"));
    const [parent, first] = await side.expectCalls(
      () =>
        side.submit(
          "U0LEAD",
          opened,
          startValues({ method: "balint", caseBringer: "U0BRING", participants: ["U0ANNA", "U0BOB"] }),
        ),
      "chat.postMessage",
      2,
    );
    if (!parent) throw new Error("no parent");
    const round = new RoundView(side, parent);
    expect(textOf(first)).toContain("Fase 1 van 5: Inbreng");
    expect((await side.reply("U0BRING", round.ts, "Een patiënt die steeds terugkomt.")).status).toBe(200);

    expect((await fetch(`${base}/__test/intervision-due`, { method: "POST" })).status).toBe(204);
    const posts = side.posts().length;
    const sweeps = await Promise.all([
      fetch(`${base}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*`),
      fetch(`${base}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*`),
    ]);
    // Each cron request returns when its sweep has ended (test/edge/worker.ts): both are done, so
    // whatever they posted is in, and the phase moved on exactly once.
    expect(sweeps.map((r) => r.status)).toEqual([200, 200]);
    expect(side.posts()).toHaveLength(posts + 1);
    const [phase] = side.posts().slice(posts);
    expect(phase?.args.thread_ts).toBe(round.ts);
    expect(textOf(phase)).toContain("Fase 2 van 5: Verheldering");
  });
});

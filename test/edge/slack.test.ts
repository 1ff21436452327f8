// The Slack endpoint in real workerd (wrangler dev, local D1): a signed DM message is verified with
// Web Crypto, claimed in D1, handled by Bolt, and leads to chat.postMessage at the fake Web API; a
// forged one is refused; a re-delivery makes no second reply.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack.ts";
import { BOT_TOKEN, SIGNING_SECRET, SlackSide } from "../slack/slack-client.ts";
import { tempDir } from "../support/database.ts";
import { type Child, freePort, run, start, waitForOutput } from "../support/processes.ts";

const config = "test/edge/wrangler.toml";
const wrangler = "node_modules/.bin/wrangler";
let dir: string;
let worker: Child;
let fake: FakeSlack;
let slack: SlackSide;

beforeAll(async () => {
  fake = await startFakeSlack();
  dir = tempDir("gesprekscoach-d1-slack-");
  const migrated = await run(wrangler, [
    "d1",
    "migrations",
    "apply",
    "DB",
    "--local",
    "--config",
    config,
    "--persist-to",
    dir,
  ]);
  expect(migrated.code, migrated.stdout + migrated.stderr).toBe(0);
  const port = await freePort();
  worker = start(wrangler, [
    "dev",
    "--config",
    config,
    "--local",
    "--ip",
    "127.0.0.1",
    "--port",
    String(port),
    "--persist-to",
    dir,
    "--var",
    `SLACK_SIGNING_SECRET:${SIGNING_SECRET}`,
    "--var",
    `SLACK_BOT_TOKEN:${BOT_TOKEN}`,
    "--var",
    `SLACK_API_URL:${fake.apiUrl}`,
  ]);
  await waitForOutput(worker, /Ready on http:\/\/127\.0\.0\.1:\d+/, 60_000);
  slack = new SlackSide(`http://127.0.0.1:${port}`);
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("Slack in workerd with local D1", () => {
  it("refuses a request signed with another secret", async () => {
    const forged = new SlackSide(slack.base, "another-secret-0000000000000000");
    expect((await forged.message("U0EDGE", "hallo")).status).toBe(401);
  });

  it("answers a signed DM message with chat.postMessage at the fake Web API, once", async () => {
    const eventId = slack.eventId();
    expect((await slack.message("U0EDGE", "hallo", { eventId })).status).toBe(200);
    const [post] = await fake.waitFor("chat.postMessage", 1, 20_000);
    expect(post?.token).toBe(BOT_TOKEN);
    expect(post?.args.channel).toBe("D0EDGE");
    expect(JSON.stringify(post?.args.blocks)).toContain("gc_start");
    expect((await slack.message("U0EDGE", "hallo", { eventId, retryNum: 1 })).status).toBe(200);
    expect(fake.ok("chat.postMessage")).toHaveLength(1);
  });
});

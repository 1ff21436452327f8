// The Slack endpoint in real workerd (wrangler dev, local D1): a signed DM message is verified with
// Web Crypto, claimed in D1, handled by Bolt, and leads to chat.postMessage at the fake Web API; a
// forged one is refused; a re-delivery makes no second reply; "Download mijn gegevens" shares its file
// through files.uploadV2 from inside workerd.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FakeSlack, startFakeSlack } from "../slack/fake-slack.ts";
import { BOT_TOKEN, type ButtonElement, SIGNING_SECRET, SlackSide } from "../slack/slack-client.ts";
import { startWorkerd, type Workerd } from "../support/workerd.ts";

let worker: Workerd;
let fake: FakeSlack;
let slack: SlackSide;

beforeAll(async () => {
  fake = await startFakeSlack();
  worker = await startWorkerd({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_URL: fake.apiUrl,
  });
  slack = new SlackSide(worker.base);
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  await fake?.close();
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

  it("sends the person's data as a file in their DM, from inside workerd", async () => {
    const download: ButtonElement = {
      type: "button",
      action_id: "gc_download",
      value: "{}",
      text: { type: "plain_text", text: "Download mijn gegevens" },
      block_id: "gc_home_download",
    };
    expect((await slack.press("U0EDGE", download, undefined)).status).toBe(200);
    await fake.waitFor("files.completeUploadExternal", 1, 20_000);
    const [file] = [...fake.files.values()];
    expect(file?.channel).toBe("D0EDGE");
    expect(JSON.parse(file?.content ?? "{}")).toMatchObject({ slack: { user: "U0EDGE" }, conversations: [] });
  });
});

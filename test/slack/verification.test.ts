// POST /slack/events refuses what Slack did not sign, now: a wrong signature, a stale or a future
// timestamp, missing headers; each gets 401, is logged without its body and changes nothing.
// url_verification and ssl_check are answered; without Slack settings the endpoint is a clear 404.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ProductServer, startProductServer } from "../support/product-server.ts";
import { type SlackHarness, startSlackHarness } from "./harness.ts";
import { sign } from "./slack-client.ts";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness();
});
afterAll(async () => h?.stop());

const MARKER = "geheim-bericht-7c1f";
const now = () => Math.floor(Date.now() / 1000);

describe("Slack request verification", () => {
  it("answers url_verification with the challenge", async () => {
    const body = JSON.stringify({
      token: "x",
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
      type: "url_verification",
    });
    const res = await h.slack.send(body, "application/json");
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({
      challenge: "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
    });
  });

  it("answers ssl_check", async () => {
    const res = await h.slack.send("ssl_check=1&token=legacy", "application/x-www-form-urlencoded");
    expect(res.status).toBe(200);
  });

  const refused: [string, () => Promise<{ status: number; text: string }>][] = [
    ["a signature made with another secret", () => new FakeSide("wrong-secret-0000000000").dm(MARKER)],
    ["a body changed after signing", () => tampered()],
    ["a timestamp 6 minutes old", () => h.slack.message("U0SEC", MARKER, { timestamp: now() - 360 })],
    [
      "a timestamp 6 minutes in the future",
      () => h.slack.message("U0SEC", MARKER, { timestamp: now() + 360 }),
    ],
    ["no signature headers at all", () => h.slack.message("U0SEC", MARKER, { unsigned: true })],
    [
      "a timestamp but no signature",
      () =>
        h.slack.message("U0SEC", MARKER, {
          unsigned: true,
          headers: { "x-slack-request-timestamp": String(now()) },
        }),
    ],
    [
      "a signature but no timestamp",
      () =>
        h.slack.message("U0SEC", MARKER, {
          unsigned: true,
          headers: { "x-slack-signature": `v0=${"0".repeat(64)}` },
        }),
    ],
    [
      "a signature that is not v0 hex",
      () => h.slack.message("U0SEC", MARKER, { headers: { "x-slack-signature": "v1=abc" } }),
    ],
  ];

  for (const [what, send] of refused)
    it(`refuses ${what} with 401`, async () => {
      const res = await send();
      expect(res.status).toBe(401);
      expect(JSON.parse(res.text)).toMatchObject({ error: { code: "unauthorized" } });
    });

  it("stored nothing, called Slack for nothing, and logged no body for any refused request", async () => {
    expect(await h.count("slack_events")).toBe(0);
    expect(await h.count("slack_users")).toBe(0);
    expect(await h.count("conversations")).toBe(0);
    expect(h.fake.calls).toEqual([]);
    const output = h.server.child.output();
    expect(output).toContain("slack request refused");
    for (const reason of ["bad_signature", "stale", "future", "missing_headers"])
      expect(output).toContain(reason);
    expect(output).not.toContain(MARKER);
  });

  it("accepts the same request once it is signed properly and current", async () => {
    const post = await h.expectPost(() => h.slack.message("U0SEC", "hallo"));
    expect(post.token).toBe("xoxb-1111-2222-fakeBotToken");
    expect(await h.count("slack_events")).toBe(1);
  });
});

/** Slack's side with another secret, for the wrong-signature case. */
class FakeSide {
  constructor(readonly secret: string) {}
  dm(text: string) {
    const body = h.slack.eventBody({
      type: "message",
      channel: "D0SEC",
      channel_type: "im",
      user: "U0SEC",
      text,
      ts: "1.0",
    });
    const timestamp = now();
    return fetch(`${h.server.base}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-slack-request-timestamp": String(timestamp),
        "x-slack-signature": sign(this.secret, timestamp, body),
      },
      body,
    }).then(async (r) => ({ status: r.status, text: await r.text() }));
  }
}

async function tampered() {
  const body = h.slack.eventBody({
    type: "message",
    channel: "D0SEC",
    channel_type: "im",
    user: "U0SEC",
    text: "hallo",
    ts: "1.0",
  });
  const timestamp = now();
  const signature = sign("8f742231b10e8888abcd99yyyzzz85a5", timestamp, body);
  const res = await fetch(`${h.server.base}/slack/events`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature,
    },
    body: body.replace("hallo", MARKER),
  });
  return { status: res.status, text: await res.text() };
}

describe("without Slack settings", () => {
  let plain: ProductServer;
  beforeAll(async () => {
    plain = await startProductServer();
  });
  afterAll(async () => plain?.stop());

  it("answers 404 with a message that names the settings", async () => {
    const res = await fetch(`${plain.base}/slack/events`, {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("not_found");
    expect(body.error.message).toContain("SLACK_SIGNING_SECRET");
  });
});

// POST /slack/events through createApp and app.request(): 404 without settings, verification before
// anything else, url_verification, and a clear 400 for a signed body it cannot read.
import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createSlackRepository } from "../../../db/slack-repository.ts";
import { productFlows } from "../../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../../test/support/database.ts";
import { createApp } from "../../app.ts";
import { createLogger } from "../../log.ts";

const secret = "0123456789abcdef0123456789abcdef";
let db: TempDatabase;
const lines: string[] = [];
const log = createLogger("info", (line) => lines.push(line));

beforeEach(async () => {
  db = await tempDatabase();
  lines.length = 0;
});
afterEach(() => db.cleanup());

function signedInit(
  body: string,
  contentType = "application/json",
  ts = Math.floor(Date.now() / 1000),
): RequestInit {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${ts}:${body}`).digest("hex")}`;
  return {
    method: "POST",
    body,
    headers: {
      "content-type": contentType,
      "x-slack-request-timestamp": String(ts),
      "x-slack-signature": signature,
    },
  };
}

const withSlack = () =>
  createApp({
    store: db.store,
    flows: productFlows(),
    log,
    slack: {
      signingSecret: secret,
      botToken: "xoxb-test",
      apiUrl: "http://127.0.0.1:9/api/",
      store: createSlackRepository(db.opened.db),
    },
  });

describe("POST /slack/events", () => {
  it("answers 404 with the settings to set when Slack is not configured", async () => {
    const app = createApp({ store: db.store, flows: productFlows(), log });
    const res = await app.request("/slack/events", signedInit("{}"));
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: {
        code: "not_found",
        message: "Slack is not configured on this server: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN",
      },
    });
  });

  it("answers url_verification once the request is verified", async () => {
    const res = await withSlack().request(
      "/slack/events",
      signedInit(JSON.stringify({ type: "url_verification", challenge: "c-1" })),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ challenge: "c-1" });
  });

  it("verifies before reading: an unsigned url_verification is refused and logged without its body", async () => {
    const res = await withSlack().request("/slack/events", {
      method: "POST",
      body: JSON.stringify({ type: "url_verification", challenge: "secret-challenge" }),
      headers: { "content-type": "application/json" },
    });
    expect(res.status).toBe(401);
    expect(lines.join("\n")).toContain('"reason":"missing_headers"');
    expect(lines.join("\n")).not.toContain("secret-challenge");
  });

  it("refuses a signed body it cannot read with 400 and stores nothing", async () => {
    const res = await withSlack().request(
      "/slack/events",
      signedInit("user_id=U1", "application/x-www-form-urlencoded"),
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("invalid_request");
    const rows = await db.opened.client.execute("select count(*) as n from slack_events");
    expect(Number(rows.rows[0]?.n)).toBe(0);
  });
});

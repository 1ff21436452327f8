// Property-based tests with fixed seeds over the inputs of every HTTP entry: random JSON, random
// form payloads, random unicode, huge strings and wrong types never cause a 5xx, a malformed form
// body is always a 400, and a refused request never changes what is stored.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSlackRepository } from "../../db/slack-repository.ts";
import { productFlows } from "../../flows/index.ts";
import { createApp } from "../../src/app.ts";
import { createLogger } from "../../src/log.ts";
import { type TempDatabase, tempDatabase } from "../support/database.ts";

const BASE = "http://coach.test";
let db: TempDatabase;
let app: ReturnType<typeof createApp>;
let conversation: { id: string; token: string };
let cookie: string;

const unlimited = { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 };

beforeAll(async () => {
  db = await tempDatabase();
  app = createApp({
    store: db.store,
    flows: productFlows(),
    log: createLogger("silent"),
    limits: { creates: unlimited, turns: unlimited, resumes: unlimited },
    slack: {
      signingSecret: "8f742231b10e8888abcd99yyyzzz85a5",
      botToken: "xoxb-1111-2222-fuzz",
      apiUrl: "http://127.0.0.1:9/api/",
      store: createSlackRepository(db.opened.db),
    },
  });
  const created = await app.request(`${BASE}/api/conversations`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ flow: "reflectie" }),
  });
  conversation = (await created.json()) as { id: string; token: string };
  const started = await app.request(`${BASE}/chat/start`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE },
    body: "flow=reflectie&lang=nl",
  });
  cookie = (started.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
});
afterAll(() => db.cleanup());

async function stored(): Promise<string> {
  const counts = await db.opened.client.execute(
    "select (select count(*) from conversations) || '/' || (select count(*) from events) || '/' || (select count(*) from slack_events) || '/' || (select group_concat(version) from conversations) as s",
  );
  return String(counts.rows[0]?.s);
}

const anyJson = fc.oneof(
  fc.jsonValue(),
  fc.record({ turnId: fc.string(), answer: fc.jsonValue() }),
  fc.record({
    turnId: fc.string({ minLength: 8, maxLength: 20 }),
    answer: fc.oneof(
      fc.record({
        text: fc.oneof(fc.string({ unit: "binary" }), fc.integer(), fc.constant("x".repeat(5000))),
      }),
      fc.record({ value: fc.oneof(fc.double(), fc.string(), fc.integer({ min: -1000, max: 1000 })) }),
      fc.record({ choice: fc.oneof(fc.string(), fc.array(fc.string()), fc.integer()) }),
      fc.record({ command: fc.string() }),
    ),
    version: fc.oneof(fc.integer(), fc.string(), fc.constant(undefined)),
  }),
  fc.record({ flow: fc.oneof(fc.string(), fc.integer()), locale: fc.string(), region: fc.string() }),
);

/** Answers that are valid in shape but wrong for the first step (a language choice). */
function isStepValid(body: unknown): boolean {
  if (typeof body !== "object" || body === null || !("answer" in body)) return false;
  const answer = (body as { answer: unknown }).answer;
  return (
    typeof answer === "object" &&
    answer !== null &&
    "choice" in answer &&
    ((answer as { choice: unknown }).choice === "nl" || (answer as { choice: unknown }).choice === "en")
  );
}

describe("random input never breaks the service", () => {
  it("JSON API: never a 5xx; a refused turn stores nothing", async () => {
    await fc.assert(
      fc.asyncProperty(anyJson, fc.constantFrom("create", "turn", "turn-no-token"), async (body, target) => {
        const before = await stored();
        const path =
          target === "create" ? "/api/conversations" : `/api/conversations/${conversation.id}/turns`;
        const headers: Record<string, string> = { "content-type": "application/json" };
        if (target === "turn") headers.authorization = `Bearer ${conversation.token}`;
        const res = await app.request(`${BASE}${path}`, {
          method: "POST",
          headers,
          body: JSON.stringify(body),
        });
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(await stored()).toBe(before);
        if (target === "turn" && res.status === 200) expect(isStepValid(body)).toBe(true);
      }),
      { seed: 20261125, numRuns: 300 },
    );
  });

  it("web form posts: never a 5xx; a refused post stores nothing", async () => {
    const field = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.constant("x".repeat(40_000)));
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(
          fc.constantFrom(
            "turnId",
            "version",
            "choice",
            "value",
            "text",
            "command",
            "kind",
            "code",
            "flow",
            "lang",
            "confirm",
          ),
          field,
        ),
        fc.constantFrom("/chat/turn", "/chat/resume", "/chat/start"),
        async (fields, path) => {
          const before = await stored();
          const res = await app.request(`${BASE}${path}`, {
            method: "POST",
            headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE, cookie },
            body: new URLSearchParams(fields).toString(),
          });
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect(await stored()).toBe(before);
        },
      ),
      { seed: 7, numRuns: 300 },
    );
  });

  it("malformed form bodies: always 400 on every web form, and nothing changes", async () => {
    const fields = fc.dictionary(
      fc.constantFrom("turnId", "version", "choice", "text", "code", "flow", "lang", "confirm"),
      fc.oneof(fc.string(), fc.constantFrom("yes", "reflectie", "nl")),
    );
    // Each of these breaks a urlencoded body wherever it lands: a % without two hex digits after
    // it, or an escape that is never UTF-8.
    const breakage = fc.constantFrom("%%", "%G1", "%zz", "%C3%28", "%FF", "%ED%A0%80");
    const urlencoded = fc.tuple(fields, breakage, fc.nat()).map(([f, bad, at]): [string, BodyInit] => {
      const text = new URLSearchParams({ confirm: "yes", ...f }).toString();
      const cut = at % (text.length + 1);
      return ["application/x-www-form-urlencoded", `${text.slice(0, cut)}${bad}${text.slice(cut)}`];
    });
    const rawBytes = fc.tuple(fields, fc.nat()).map(([f, at]): [string, BodyInit] => {
      const bytes = new TextEncoder().encode(new URLSearchParams({ confirm: "yes", ...f }).toString());
      const cut = at % (bytes.length + 1);
      // 0xFF is never a byte of UTF-8.
      return [
        "application/x-www-form-urlencoded",
        new Uint8Array([...bytes.slice(0, cut), 0xff, ...bytes.slice(cut)]),
      ];
    });
    const multipart = fc
      .tuple(fields, fc.stringMatching(/^[A-Za-z0-9]{1,20}$/), fc.boolean(), fc.string({ unit: "binary" }))
      .map(([f, boundary, named, tail]): [string, BodyInit] => {
        const parts = Object.entries({ confirm: "yes", ...f })
          .map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`)
          .join("");
        // Cut short before the closing delimiter, or sent without the boundary it needs.
        return [
          named ? `multipart/form-data; boundary=${boundary}` : "multipart/form-data",
          `${parts}${tail.replaceAll(`--${boundary}--`, "")}`,
        ];
      });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(urlencoded, rawBytes, multipart),
        fc.constantFrom("/chat/turn", "/chat/resume", "/chat/start", "/gegevens/wissen"),
        async ([type, body], path) => {
          const before = await stored();
          const res = await app.request(`${BASE}${path}`, {
            method: "POST",
            headers: { "content-type": type, origin: BASE, cookie },
            body,
          });
          expect(res.status).toBe(400);
          expect(await stored()).toBe(before);
        },
      ),
      { seed: 17, numRuns: 400 },
    );
  });

  it("Slack endpoint: unsigned or wrongly signed random bodies get 401 and store nothing", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue().map((v) => JSON.stringify(v)),
          fc.string({ unit: "binary" }),
        ),
        fc.option(fc.string(), { nil: undefined }),
        fc.constantFrom("application/json", "application/x-www-form-urlencoded", "text/plain"),
        async (body, signature, type) => {
          const before = await stored();
          const headers: Record<string, string> = { "content-type": type };
          if (signature !== undefined) {
            headers["x-slack-signature"] = signature;
            headers["x-slack-request-timestamp"] = String(Math.floor(Date.now() / 1000));
          }
          const res = await app.request(`${BASE}/slack/events`, { method: "POST", headers, body });
          expect(res.status).toBe(401);
          expect(await stored()).toBe(before);
        },
      ),
      { seed: 42, numRuns: 200 },
    );
  });
});

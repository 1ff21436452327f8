// TRUST_PROXY through the whole app (app.request with a faked socket address, as @hono/node-server
// passes it): who the rate limits count, and when https is believed for HSTS and the cookie.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { productFlows } from "../../flows/index.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { createApp } from "../app.ts";
import { createLogger } from "../log.ts";
import { parseTrustProxy, TRUST_NONE, type TrustPolicy } from "./trust-proxy.ts";

const BASE = "http://coach.test";
let db: TempDatabase;
beforeEach(async () => {
  db = await tempDatabase();
});
afterEach(() => db.cleanup());

function appTrusting(trustProxy: TrustPolicy, lines?: string[]) {
  const log = lines ? createLogger("warn", (line) => lines.push(line)) : createLogger("silent");
  return createApp({ store: db.store, flows: productFlows(), log, trustProxy });
}

const loopback = parseTrustProxy("loopback") as TrustPolicy;
const socket = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

function post(app: ReturnType<typeof createApp>, path: string, body: string, from: string, headers = {}) {
  return app.request(
    `${BASE}${path}`,
    {
      method: "POST",
      body,
      headers: { "content-type": "application/x-www-form-urlencoded", origin: BASE, ...headers },
    },
    socket(from),
  );
}

const guess = (i: number) => `code=AAAA-BBBB-CC${String(i % 100).padStart(2, "0")}&lang=nl`;

describe("the client address", () => {
  it("does not let an untrusted peer escape the resume limit by rotating CF-Connecting-IP", async () => {
    const app = appTrusting(TRUST_NONE);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push(
        (await post(app, "/chat/resume", guess(i), "203.0.113.5", { "cf-connecting-ip": `198.51.100.${i}` }))
          .status,
      );
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  it("separates clients behind a trusted proxy by X-Forwarded-For, whatever they write to its left", async () => {
    const lines: string[] = [];
    const app = appTrusting(loopback, lines);
    const from = (client: string, spoof: string) =>
      post(app, "/chat/resume", guess(1), "127.0.0.1", { "x-forwarded-for": `${spoof}, ${client}` });
    for (let i = 0; i < 10; i++) expect((await from("198.51.100.1", `10.9.9.${i}`)).status).toBe(404);
    expect((await from("198.51.100.1", "10.9.9.99")).status).toBe(429);
    expect((await from("198.51.100.2", "10.9.9.1")).status).toBe(404);
    // The security event names that client, not the proxy nor what the client wrote.
    const limited = lines.map((line) => JSON.parse(line)).find((entry) => entry.status === 429);
    expect(limited).toMatchObject({ msg: "security: request refused", client: "198.51.100.1" });
  });

  it("counts everyone behind an untrusted proxy as that proxy", async () => {
    const app = appTrusting(TRUST_NONE);
    for (let i = 0; i < 10; i++)
      await post(app, "/chat/resume", guess(i), "127.0.0.1", { "x-forwarded-for": `198.51.100.${i}` });
    const next = await post(app, "/chat/resume", guess(1), "127.0.0.1", {
      "x-forwarded-for": "198.51.100.77",
    });
    expect(next.status).toBe(429);
  });
});

describe("https behind a proxy", () => {
  const start = (app: ReturnType<typeof createApp>, from: string) =>
    post(app, "/chat/start", "flow=reflectie&lang=nl", from, {
      "x-forwarded-proto": "https",
      origin: "https://coach.test",
    });

  it("sets no Secure, HSTS or __Host- cookie when an untrusted client says https", async () => {
    for (const [app, from] of [
      [appTrusting(TRUST_NONE), "127.0.0.1"],
      [appTrusting(loopback), "203.0.113.5"],
    ] as const) {
      // Its https Origin is then foreign to this plain-http site, as the origin check says.
      expect((await start(app, from)).status).toBe(403);
      const res = await post(app, "/chat/start", "flow=reflectie&lang=nl", from, {
        "x-forwarded-proto": "https",
      });
      expect(res.status).toBe(303);
      expect(res.headers.get("strict-transport-security")).toBeNull();
      const cookie = res.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/^gc_session=/);
      expect(cookie).not.toMatch(/Secure/);
    }
  });

  it("sets Secure, HSTS and a __Host- cookie when a trusted proxy says https, and reads only that cookie back", async () => {
    const app = appTrusting(loopback);
    // The browser's Origin is https although the request reaches us as http: the origin check passes.
    const res = await start(app, "127.0.0.1");
    expect(res.status).toBe(303);
    expect(res.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^__Host-gc_session=/);
    expect(cookie).toMatch(/; Secure/);
    expect(cookie).toMatch(/; Path=\//);
    const pair = cookie.split(";")[0] ?? "";
    const open = (cookieHeader: string) =>
      app.request(
        `${BASE}/chat`,
        { headers: { cookie: cookieHeader, "x-forwarded-proto": "https" } },
        socket("127.0.0.1"),
      );
    expect((await open(pair)).status).toBe(200);
    // Over https a plain-named cookie (one plain http or a subdomain could have planted) opens nothing.
    expect((await open(pair.replace("__Host-", ""))).status).toBe(303);
  });
});

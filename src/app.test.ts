import { LibsqlError } from "@libsql/client";
import { describe, expect, it } from "vitest";
import { guardStore } from "../db/guard-store.ts";
import { productFlows } from "../flows/index.ts";
import { createApp } from "./app.ts";
import { FlowRegistry } from "./engine/flow.ts";
import type { ConversationStore } from "./engine/store.ts";
import { createLogger } from "./log.ts";
import type { Readiness } from "./readiness.ts";

/** An app over a fake store that, as db/'s stores do, reports driver errors as StorageErrors. */
function appWith(store: Partial<ConversationStore>, lines: string[] = []) {
  return createApp({
    store: guardStore(store) as ConversationStore,
    flows: new FlowRegistry(),
    log: createLogger("info", (line) => lines.push(line)),
  });
}

describe("app", () => {
  it("sets security headers on every response and HSTS only over https", async () => {
    const app = appWith({});
    const plain = await app.request("http://localhost/health");
    expect(plain.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(plain.headers.get("referrer-policy")).toBe("no-referrer");
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const secure = await app.request("https://coach.example/health");
    expect(secure.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("answers /health without the database: liveness only, so an outage never gets the process restarted", async () => {
    const app = appWith({
      ping: async () => {
        throw new Error("disk gone");
      },
    });
    const res = await app.request("/health");
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("answers /ready from its checks: 200 with the migration, or 503 with the check, the reason and Retry-After", async () => {
    const readiness: Readiness[] = [
      { ok: true, migration: "0007_intervision_trust" },
      { ok: false, check: "migrations", reason: "no migrations are applied" },
    ];
    const lines: string[] = [];
    const app = createApp({
      store: {} as ConversationStore,
      flows: new FlowRegistry(),
      log: createLogger("info", (line) => lines.push(line)),
      ready: async () => readiness.shift() ?? { ok: true, migration: "?" },
    });
    const ready = await app.request("/ready");
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ ok: true, migration: "0007_intervision_trust" });
    const notReady = await app.request("/ready");
    expect(notReady.status).toBe(503);
    expect(Number(notReady.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await notReady.json()).toEqual({
      ok: false,
      check: "migrations",
      reason: "no migrations are applied",
    });
    // Probes are logged at debug: at info only the refusal's warning shows.
    expect(lines.map((line) => JSON.parse(line).msg)).toEqual(["not ready"]);
  });

  it("answers a storage outage with 503, Retry-After and code unavailable, and logs the driver's code", async () => {
    const lines: string[] = [];
    const full = new LibsqlError("database or disk is full", "SQLITE_FULL", "SQLITE_FULL", 13);
    const app = appWith(
      {
        find: async () => {
          throw new Error("Failed query: select ... params: mijn-geheime-antwoord", { cause: full });
        },
      },
      lines,
    );
    const res = await app.request("/api/conversations/abc", {
      headers: { authorization: `Bearer ${"t".repeat(43)}` },
    });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unavailable");
    expect(body.error.message).toMatch(/full/);
    const logged = lines
      .map((line) => JSON.parse(line))
      .find((record) => record.msg === "storage unavailable");
    expect(logged).toMatchObject({
      level: "error",
      kind: "full",
      error: "LibsqlError",
      code: "SQLITE_FULL",
      message: expect.stringContaining("database or disk is full"),
    });
    expect(lines.join("\n")).not.toContain("geheime");
  });

  it("shows a person a page, not JSON, when the web chat cannot store an answer", async () => {
    const app = createApp({
      store: guardStore({
        create: async () => {
          throw new LibsqlError(
            "attempt to write a readonly database",
            "SQLITE_READONLY",
            "SQLITE_READONLY",
            8,
          );
        },
      }) as unknown as ConversationStore,
      flows: productFlows(),
      log: createLogger("silent"),
    });
    const res = await app.request("http://coach.test/chat/start", {
      method: "POST",
      body: new URLSearchParams({ flow: "reflectie", lang: "nl" }),
      headers: { "content-type": "application/x-www-form-urlencoded", origin: "http://coach.test" },
    });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const page = await res.text();
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain("Wat je eerder hebt ingevuld, staat veilig opgeslagen.");
    expect(page).toContain('<section lang="en">');
  });

  it("maps unknown routes and internal errors to the error shape without leaking the message", async () => {
    const lines: string[] = [];
    const app = appWith(
      {
        find: async () => {
          throw new Error("Failed query: select ... params: mijn-geheime-antwoord");
        },
      },
      lines,
    );
    const missing = await app.request("/nergens");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });

    const broken = await app.request("/api/conversations/abc", {
      headers: { authorization: `Bearer ${"t".repeat(43)}` },
    });
    expect(broken.status).toBe(500);
    const body = await broken.text();
    expect(body).toContain('"code":"internal"');
    expect(body).not.toContain("geheime");
    expect(lines.join("\n")).not.toContain("geheime");
  });

  it("logs a database bug with SQLite's code and sentence, never the query's parameters", async () => {
    const lines: string[] = [];
    const duplicate = new LibsqlError(
      "UNIQUE constraint failed: events.conversation_id, events.turn_id",
      "SQLITE_CONSTRAINT",
      "SQLITE_CONSTRAINT_UNIQUE",
      2067,
    );
    const app = appWith(
      {
        find: async () => {
          throw new Error("Failed query: insert ... params: mijn-geheime-antwoord", { cause: duplicate });
        },
      },
      lines,
    );
    const res = await app.request("/api/conversations/abc", {
      headers: { authorization: `Bearer ${"t".repeat(43)}` },
    });
    expect(res.status).toBe(500);
    const logged = lines.map((line) => JSON.parse(line)).find((record) => record.msg === "unhandled error");
    expect(logged).toMatchObject({
      error: "LibsqlError",
      code: "SQLITE_CONSTRAINT_UNIQUE",
      message: expect.stringContaining("UNIQUE constraint failed: events.conversation_id"),
    });
    expect(lines.join("\n")).not.toContain("geheime");
  });

  it("requires JSON bodies", async () => {
    const app = appWith({});
    const res = await app.request("/api/conversations", { method: "POST", body: "flow=proef" });
    expect(res.status).toBe(415);
  });
});

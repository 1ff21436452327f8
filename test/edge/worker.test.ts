// The Worker in real workerd (wrangler dev, local mode) on a local D1 with the committed
// migrations applied: health, readiness, and a whole conversation over HTTP through the D1 repository.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedMigration } from "../../db/readiness.ts";
import { createApp } from "../../src/app.ts";
import { FlowRegistry } from "../../src/engine/flow.ts";
import type { ConversationStore } from "../../src/engine/store.ts";
import { createLogger } from "../../src/log.ts";
import { Contract, openApiErrors } from "../support/openapi-contract.ts";
import { walkReflection } from "../support/walk-reflection.ts";
import { startWorkerd, type Workerd } from "../support/workerd.ts";

let worker: Workerd;
let base: string;

beforeAll(async () => {
  worker = await startWorkerd();
  base = worker.base;
}, 90_000);

afterAll(async () => {
  await worker?.stop();
});

describe("worker in workerd with local D1", () => {
  it("answers /health once D1 answers", async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("is ready on D1: wrangler's migrations are the code's, and a write goes through", async () => {
    const res = await fetch(`${base}/ready`);
    expect(await res.json()).toEqual({ ok: true, migration: expectedMigration.tag });
    expect(res.status).toBe(200);
  });

  it("serves the same OpenAPI document as Node, and answers as it says", async () => {
    const res = await fetch(`${base}/openapi.json`);
    expect(res.status).toBe(200);
    const doc = (await res.json()) as ConstructorParameters<typeof Contract>[0];
    const node = createApp({
      store: {} as ConversationStore,
      flows: new FlowRegistry(),
      log: createLogger("silent"),
    });
    expect(doc).toEqual(await (await node.request("/openapi.json")).json());
    expect(await openApiErrors(doc)).toEqual([]);

    const contract = new Contract(doc);
    const exchange = async (method: string, path: string, body?: unknown, token?: string) => {
      const headers: Record<string, string> = {};
      if (body !== undefined) headers["content-type"] = "application/json";
      if (token) headers.authorization = `Bearer ${token}`;
      const r = await fetch(`${base}${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await r.text();
      contract.check({ method, path, status: r.status, headers: r.headers, body: text, request: body });
      return { status: r.status, body: text ? (JSON.parse(text) as unknown) : null };
    };
    const created = await exchange("POST", "/api/conversations", { flow: "proef", locale: "nl" });
    expect(created.status).toBe(201);
    const { id, token } = created.body as { id: string; token: string };
    const answer = { turnId: "edge-doc-01", answer: { choice: "ja" } };
    expect((await exchange("POST", `/api/conversations/${id}/turns`, answer, token)).status).toBe(200);
    // A bad body is refused with zod's English message: the Worker's zod (src/zod-for-workers.ts) keeps it.
    const refused = await exchange("POST", `/api/conversations/${id}/turns`, { answer }, token);
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toMatch(/turnId.*expected string/);
    expect((await exchange("GET", `/api/conversations/${id}`, undefined, token)).status).toBe(200);
    expect((await exchange("GET", `/api/conversations/${id}/export`, undefined, token)).status).toBe(200);
    expect((await exchange("DELETE", `/api/conversations/${id}`, undefined, "x".repeat(43))).status).toBe(
      401,
    );
    expect((await exchange("DELETE", `/api/conversations/${id}`, undefined, token)).status).toBe(204);
    expect((await exchange("GET", "/health")).status).toBe(200);
  });

  it("runs a conversation to its end, replays a turn, and refuses a stale one", async () => {
    const created = await fetch(`${base}/api/conversations`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ flow: "proef", locale: "en", region: "BE" }),
    });
    expect(created.status).toBe(201);
    const { id, token } = (await created.json()) as { id: string; token: string };
    const turn = (turnId: string, answer: unknown, version?: number) =>
      fetch(`${base}/api/conversations/${id}/turns`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ turnId, answer, version }),
      });

    expect((await turn("edge-0001", { choice: "ja" })).status).toBe(200);
    const second = await turn("edge-0002", { text: "gardening" });
    const body = (await second.json()) as { state: { version: number; messages: { text: string }[] } };
    expect(body.state.version).toBe(2);
    expect(body.state.messages[0]?.text).toBe("You said: gardening");

    const replayed = await turn("edge-0002", { text: "gardening" });
    expect(await replayed.json()).toEqual(body);
    const stale = await turn("edge-stale", { value: 3 }, 1);
    expect(stale.status).toBe(409);
    expect(await stale.json()).toMatchObject({ error: { code: "version_conflict" } });
    expect((await turn("edge-0003", { value: 8 })).status).toBe(200);
    const end = await turn("edge-0004", { choice: ["slapen"] });
    expect(((await end.json()) as { state: { done: boolean } }).state.done).toBe(true);

    const view = await fetch(`${base}/api/conversations/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { transcript } = (await view.json()) as { transcript: { role: string; text: string }[] };
    expect(transcript.filter((m) => m.role === "user").map((m) => m.text)).toEqual([
      "Yes",
      "gardening",
      "8",
      "Sleep",
    ]);

    const erased = await fetch(`${base}/api/conversations/${id}`, {
      method: "DELETE",
      headers: { authorization: `Bearer ${token}` },
    });
    expect(erased.status).toBe(204);
    const gone = await fetch(`${base}/api/conversations/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(gone.status).toBe(401);
  });

  it("the scheduled handler fires a due timer exactly once when two sweeps start together", async () => {
    const planted = await fetch(`${base}/__test/timers`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ id: "edge-timer-1", dueAt: Date.now() - 1000 }),
    });
    expect(planted.status).toBe(204);
    const sweeps = await Promise.all([
      fetch(`${base}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*`),
      fetch(`${base}/cdn-cgi/handler/scheduled?cron=*+*+*+*+*`),
    ]);
    // Each cron request returns when its sweep has ended (test/edge/worker.ts).
    expect(sweeps.map((r) => r.status)).toEqual([200, 200]);
    expect(await (await fetch(`${base}/__test/timers?id=edge-timer-1`)).json()).toEqual({
      status: "done",
      attempts: 1,
    });
  });

  it("runs a whole reflection to its summary, and the web chat pages answer form posts", async () => {
    const { id, token } = await walkReflection(base, {
      text: "samen met mijn kleinkinderen koken",
      value: 7,
      turnPrefix: "edge-walk",
    });
    const summary = await fetch(`${base}/api/conversations/${id}/summary`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(JSON.stringify(await summary.json())).toContain("samen met mijn kleinkinderen koken");

    const start = await fetch(`${base}/chat/start`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base },
      body: "flow=reflectie&lang=nl",
    });
    expect(start.status).toBe(303);
    const cookie = (start.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const page = await fetch(`${base}/chat`, { headers: { cookie } });
    const html = await page.text();
    // The language was chosen on the landing page, so the chat goes on with the region.
    expect(html).toContain("Waar woon je?");
    const turnId = /name="turnId" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const version = /name="version" value="([^"]+)"/.exec(html)?.[1] ?? "";
    const answered = await fetch(`${base}/chat/turn`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base, cookie },
      body: `turnId=${turnId}&version=${version}&choice=NL`,
    });
    expect(answered.status).toBe(303);
    const next = await (await fetch(`${base}/chat`, { headers: { cookie } })).text();
    expect(next).not.toContain('name="choice" value="NL"');
    expect(next).toContain('name="choice" value="ja"');
  });
});

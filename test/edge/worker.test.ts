// The Worker in real workerd (wrangler dev, local mode) on a local D1 with the committed
// migrations applied: health, and a whole conversation over HTTP through the D1 repository.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir } from "../support/database.ts";
import { type Child, freePort, run, start, waitForOutput } from "../support/processes.ts";

const config = "test/edge/wrangler.toml";
const wrangler = "node_modules/.bin/wrangler";
let dir: string;
let worker: Child;
let base: string;

beforeAll(async () => {
  dir = tempDir("gesprekscoach-d1-");
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
  ]);
  await waitForOutput(worker, /Ready on http:\/\/127\.0\.0\.1:\d+/, 60_000);
  base = `http://127.0.0.1:${port}`;
}, 90_000);

afterAll(async () => {
  await worker?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe("worker in workerd with local D1", () => {
  it("answers /health once D1 answers", async () => {
    const res = await fetch(`${base}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
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
    expect(gone.status).toBe(404);
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
    expect(sweeps.map((r) => r.status)).toEqual([200, 200]);
    await expect
      .poll(async () => (await fetch(`${base}/__test/timers?id=edge-timer-1`)).json(), { timeout: 10_000 })
      .toEqual({ status: "done", attempts: 1 });
  });
});

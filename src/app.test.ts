import { describe, expect, it } from "vitest";
import { createApp } from "./app.ts";
import { FlowRegistry } from "./engine/flow.ts";
import type { ConversationStore } from "./engine/store.ts";
import { createLogger } from "./log.ts";

function appWith(store: Partial<ConversationStore>, lines: string[] = []) {
  return createApp({
    store: store as ConversationStore,
    flows: new FlowRegistry(),
    log: createLogger("info", (line) => lines.push(line)),
  });
}

describe("app", () => {
  it("sets security headers on every response and HSTS only over https", async () => {
    const app = appWith({ ping: async () => {} });
    const plain = await app.request("http://localhost/health");
    expect(plain.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(plain.headers.get("referrer-policy")).toBe("no-referrer");
    expect(plain.headers.get("x-content-type-options")).toBe("nosniff");
    expect(plain.headers.get("strict-transport-security")).toBeNull();
    const secure = await app.request("https://coach.example/health");
    expect(secure.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it("reports an unreachable database on /health with 503", async () => {
    const app = appWith({
      ping: async () => {
        throw new Error("disk gone");
      },
    });
    const res = await app.request("/health");
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ ok: false });
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

  it("requires JSON bodies", async () => {
    const app = appWith({});
    const res = await app.request("/api/conversations", { method: "POST", body: "flow=proef" });
    expect(res.status).toBe(415);
  });
});

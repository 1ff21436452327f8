// Abuse limits over real HTTP: creating conversations and guessing resume codes are rate limited
// per client with 429 and Retry-After, and a refused request stores nothing; TRUST_PROXY decides who
// the client is and whether https is believed.
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { call } from "../support/http.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";

let server: ProductServer;
beforeAll(async () => {
  server = await startProductServer({ RATE_LIMIT_CREATES: "2" });
});
afterAll(async () => server?.stop());

async function conversations(): Promise<number> {
  const client = createClient({ url: server.dbUrl });
  try {
    return Number((await client.execute("select count(*) as n from conversations")).rows[0]?.n);
  } finally {
    client.close();
  }
}

describe("rate limits over HTTP", () => {
  it("refuses the third conversation from one client with 429 and Retry-After, storing nothing", async () => {
    for (let i = 0; i < 2; i++)
      expect(
        (await call(server.base, "POST", "/api/conversations", { body: { flow: "reflectie" } })).status,
      ).toBe(201);
    const refused = await call(server.base, "POST", "/api/conversations", { body: { flow: "reflectie" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ error: { code: "rate_limited" } });
    // The web start shares the same budget.
    const web = await fetch(`${server.base}/chat/start`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: server.base },
      body: "flow=reflectie&lang=nl",
    });
    expect(web.status).toBe(429);
    expect(await conversations()).toBe(2);
  });

  it("slows down resume-code guessing", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await fetch(`${server.base}/chat/resume`, {
        method: "POST",
        redirect: "manual",
        headers: { "content-type": "application/x-www-form-urlencoded", origin: server.base },
        body: `code=AAAA-BBBB-CC${String(i).padStart(2, "0")}&lang=nl`,
      });
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe("TRUST_PROXY over HTTP", () => {
  const resume = (base: string, headers: Record<string, string>) =>
    fetch(`${base}/chat/resume`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", origin: base, ...headers },
      body: "code=AAAA-BBBB-CC00&lang=nl",
    });

  it("by default believes no header: rotating CF-Connecting-IP or X-Forwarded-For does not escape the limit", async () => {
    const direct = await startProductServer();
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 11; i++)
        statuses.push(
          (
            await resume(direct.base, {
              "cf-connecting-ip": `198.51.100.${i}`,
              "x-forwarded-for": `203.0.113.${i}`,
            })
          ).status,
        );
      expect(statuses.at(-1)).toBe(429);
      const res = await fetch(`${direct.base}/health`, { headers: { "x-forwarded-proto": "https" } });
      expect(res.headers.get("strict-transport-security")).toBeNull();
    } finally {
      await direct.stop();
    }
  });

  it("behind a trusted local proxy: clients apart by X-Forwarded-For, and its https is believed", async () => {
    const proxied = await startProductServer({ TRUST_PROXY: "loopback" });
    try {
      for (let i = 0; i < 10; i++)
        expect((await resume(proxied.base, { "x-forwarded-for": "198.51.100.1" })).status).toBe(404);
      expect((await resume(proxied.base, { "x-forwarded-for": "198.51.100.1" })).status).toBe(429);
      expect((await resume(proxied.base, { "x-forwarded-for": "198.51.100.2" })).status).toBe(404);
      const res = await fetch(`${proxied.base}/health`, { headers: { "x-forwarded-proto": "https" } });
      expect(res.headers.get("strict-transport-security")).toMatch(/max-age=/);
    } finally {
      await proxied.stop();
    }
  });
});

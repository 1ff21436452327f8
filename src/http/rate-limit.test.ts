import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { createRateLimiter, rateLimit } from "./rate-limit.ts";

describe("rate limits", () => {
  it("allows max requests per window and client, then says how long to wait", () => {
    let clock = 0;
    const limiter = createRateLimiter({ max: 2, windowMs: 60_000 }, () => clock);
    expect([limiter.hit("a"), limiter.hit("a"), limiter.hit("b")]).toEqual([0, 0, 0]);
    clock = 15_000;
    expect(limiter.hit("a")).toBe(45);
    clock = 60_000;
    expect(limiter.hit("a")).toBe(0);
  });

  it("answers 429 with Retry-After and the error shape, and the handler does not run", async () => {
    let ran = 0;
    const app = new Hono();
    app.post("/x", rateLimit("x", { max: 1, windowMs: 60_000 }), (c) => {
      ran++;
      return c.text("ok");
    });
    const headers = { "cf-connecting-ip": "203.0.113.9" };
    expect((await app.request("/x", { method: "POST", headers })).status).toBe(200);
    const limited = await app.request("/x", { method: "POST", headers });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect(ran).toBe(1);
    const other = await app.request("/x", {
      method: "POST",
      headers: { "cf-connecting-ip": "203.0.113.10" },
    });
    expect(other.status).toBe(200);
  });
});

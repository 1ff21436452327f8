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

  it("forgets expired windows as it goes, so an idle crowd of clients does not stay in memory", () => {
    let clock = 0;
    const limiter = createRateLimiter({ max: 1, windowMs: 1000 }, () => clock);
    for (let i = 0; i < 100; i++) limiter.hit(`old-${i}`);
    clock = 1000;
    // A few expired windows go with each hit.
    for (let i = 0; i < 20; i++) limiter.hit(`new-${i}`);
    expect(limiter.size()).toBeLessThan(100);
    expect(limiter.size()).toBeGreaterThanOrEqual(20);
  });

  it("holds at most its cap of clients, forgetting the oldest window first", () => {
    let clock = 0;
    const limiter = createRateLimiter({ max: 1, windowMs: 60_000 }, () => clock, 3);
    for (const key of ["a", "b", "c", "d"]) {
      clock++;
      limiter.hit(key);
    }
    expect(limiter.size()).toBe(3);
    // "a" was forgotten and starts afresh; "d" is still counted.
    expect(limiter.hit("a")).toBe(0);
    expect(limiter.hit("d")).toBeGreaterThan(0);
  });

  it("keeps windows in order of their start, so a client hit again still expires first", () => {
    let clock = 0;
    const limiter = createRateLimiter({ max: 5, windowMs: 60_000 }, () => clock);
    limiter.hit("a");
    clock = 10;
    limiter.hit("b");
    clock = 20;
    limiter.hit("a");
    clock = 60_005;
    limiter.hit("c");
    // "a" (started at 0) is gone; "b" (started at 10) still counts.
    expect(limiter.size()).toBe(2);
    expect(limiter.hit("b")).toBe(0);
    expect(limiter.size()).toBe(2);
  });

  it("answers 429 with Retry-After and the error shape, and the handler does not run", async () => {
    let ran = 0;
    const app = new Hono();
    app.post("/x", rateLimit("x", { max: 1, windowMs: 60_000 }), (c) => {
      ran++;
      return c.text("ok");
    });
    // @hono/node-server hands the socket over as env.incoming; the client is its address.
    const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });
    expect((await app.request("/x", { method: "POST" }, from("203.0.113.9"))).status).toBe(200);
    const limited = await app.request("/x", { method: "POST" }, from("203.0.113.9"));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ error: { code: "rate_limited" } });
    expect(ran).toBe(1);
    const other = await app.request("/x", { method: "POST" }, from("203.0.113.10"));
    expect(other.status).toBe(200);
  });
});

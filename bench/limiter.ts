// The rate limiter under a crowd of distinct clients: heap held and µs per request at 1k and 100k
// keys, through the middleware in a Hono app (faked socket addresses) and for the bare count. Run
// as its own process with --expose-gc (run.ts does) so the heap figure is the limiter's alone.
import { Hono } from "hono";
import { createRateLimiter, defaultRateLimits, rateLimit } from "../src/http/rate-limit.ts";

interface LimiterFigures {
  keys: number;
  heapMB: number;
  usPerHit: number;
  usPerRequest: number;
}

const gc = (globalThis as { gc?: () => void }).gc;
const heapMB = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
};
// Distinct IPv4 addresses from 10.0.0.0 on, as the socket would give them.
const address = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;

async function measure(keys: number): Promise<LimiterFigures> {
  // The resume window, with a max no one reaches: every request is counted and let through, so both
  // crowds take the same path (a 429 costs more to build than the handler's "ok").
  const limit = { ...defaultRateLimits.resumes, max: Number.MAX_SAFE_INTEGER };
  const before = heapMB();
  const limiter = createRateLimiter(limit);
  for (let i = 0; i < keys; i++) limiter.hit(`resume:${address(i)}`);
  const held = heapMB() - before;
  const hits = 200_000;
  let t0 = performance.now();
  for (let i = 0; i < hits; i++) limiter.hit(`resume:${address((i * 7919) % keys)}`);
  const usPerHit = ((performance.now() - t0) * 1000) / hits;

  // The same crowd through the middleware: the whole cost a request pays for being counted.
  const app = new Hono();
  app.post("/x", rateLimit("resume", limit), (c) => c.text("ok"));
  const request = (i: number) =>
    app.request("/x", { method: "POST" }, { incoming: { socket: { remoteAddress: address(i % keys) } } });
  for (let i = 0; i < keys; i++) await request(i);
  const requests = 20_000;
  t0 = performance.now();
  for (let i = 0; i < requests; i++) await request((i * 7919) % keys);
  const usPerRequest = ((performance.now() - t0) * 1000) / requests;
  return {
    keys,
    heapMB: Number(held.toFixed(1)),
    usPerHit: Number(usPerHit.toFixed(2)),
    usPerRequest: Number(usPerRequest.toFixed(1)),
  };
}

export async function limiterFigures(): Promise<LimiterFigures[]> {
  const out: LimiterFigures[] = [];
  // A first pass for the JIT, not reported.
  await measure(1_000);
  for (const keys of [1_000, 100_000]) out.push(await measure(keys));
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.stdout.write(`${JSON.stringify(await limiterFigures())}\n`);

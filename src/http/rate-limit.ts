// Per-client rate limits (fixed windows in memory): enough to blunt abuse and resume-code guessing
// on one Node process or one Workers isolate. A global limit across isolates would need a shared
// store and is left to Cloudflare's own rate limiting rules in front of the Worker.
import type { MiddlewareHandler } from "hono";
import { clientKey } from "./client.ts";
import { errorResponse } from "./errors.ts";

export interface Limit {
  /** Requests allowed per window and client. */
  max: number;
  windowMs: number;
}

/** Per-client limits; each is shared by the JSON API and the web pages. */
export interface RateLimits {
  creates: Limit;
  turns: Limit;
  resumes: Limit;
}

export const defaultRateLimits: RateLimits = {
  creates: { max: 30, windowMs: 10 * 60_000 },
  turns: { max: 300, windowMs: 60_000 },
  // Resume codes are credentials: guessing them must stay slow.
  resumes: { max: 10, windowMs: 10 * 60_000 },
};

interface Window {
  start: number;
  count: number;
}

export function createRateLimiter(limit: Limit, now: () => number = Date.now) {
  const windows = new Map<string, Window>();

  /** Counts one request; returns 0 when allowed, else the seconds until the window resets. */
  function hit(key: string): number {
    const at = now();
    if (windows.size > 10_000)
      for (const [k, w] of windows) if (at - w.start >= limit.windowMs) windows.delete(k);
    const window = windows.get(key);
    if (!window || at - window.start >= limit.windowMs) {
      windows.set(key, { start: at, count: 1 });
      return 0;
    }
    window.count++;
    if (window.count <= limit.max) return 0;
    return Math.max(1, Math.ceil((window.start + limit.windowMs - at) / 1000));
  }

  return { hit };
}

/** Middleware: 429 with Retry-After once a client has used its share; nothing behind it runs. */
export function rateLimit(name: string, limit: Limit, now?: () => number): MiddlewareHandler {
  const limiter = createRateLimiter(limit, now);
  return async (c, next) => {
    const retryAfter = limiter.hit(`${name}:${clientKey(c)}`);
    if (retryAfter > 0) {
      c.header("Retry-After", String(retryAfter));
      return errorResponse(c, "rate_limited", `too many requests; try again in ${retryAfter} seconds`);
    }
    await next();
  };
}

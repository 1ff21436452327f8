// Per-client rate limits (fixed windows in bounded memory): enough to blunt abuse and resume-code
// guessing on one Node process or one Workers isolate. A global limit across isolates would need a shared
// store and is left to Cloudflare's own rate limiting rules in front of the Worker.
import type { MiddlewareHandler } from "hono";
import { clientOf } from "./client.ts";
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

/**
 * Clients remembered per limiter. At about 150 bytes each this caps a limiter near 15 MB however
 * many addresses an attacker rotates through; past it the oldest window is forgotten.
 */
export const MAX_CLIENTS = 100_000;

/**
 * Fixed windows in a Map kept in order of window start: a new window is deleted and inserted again,
 * so expired windows gather at the front and are dropped a few per hit, and the cap drops the
 * oldest. Every hit costs O(1), however many clients there are.
 */
export function createRateLimiter(limit: Limit, now: () => number = Date.now, maxClients = MAX_CLIENTS) {
  const windows = new Map<string, Window>();

  /** At most a few per hit, so no single request pays for a crowd that expired together. */
  function dropExpired(at: number): void {
    let dropped = 0;
    for (const [key, window] of windows) {
      if (dropped++ === 8 || at - window.start < limit.windowMs) return;
      windows.delete(key);
    }
  }

  /** Counts one request; returns 0 when allowed, else the seconds until the window resets. */
  function hit(key: string): number {
    const at = now();
    dropExpired(at);
    const window = windows.get(key);
    if (!window || at - window.start >= limit.windowMs) {
      windows.delete(key);
      // Forgetting the oldest client gives it a fresh window early: lenient, but memory stays bounded.
      if (windows.size >= maxClients) {
        const oldest = windows.keys().next();
        if (!oldest.done) windows.delete(oldest.value);
      }
      windows.set(key, { start: at, count: 1 });
      return 0;
    }
    window.count++;
    if (window.count <= limit.max) return 0;
    return Math.max(1, Math.ceil((window.start + limit.windowMs - at) / 1000));
  }

  return { hit, size: () => windows.size };
}

/** Middleware: 429 with Retry-After once a client has used its share; nothing behind it runs. */
export function rateLimit(name: string, limit: Limit, now?: () => number): MiddlewareHandler {
  const limiter = createRateLimiter(limit, now);
  return async (c, next) => {
    const retryAfter = limiter.hit(`${name}:${clientOf(c).bucket}`);
    if (retryAfter > 0) {
      c.header("Retry-After", String(retryAfter));
      return errorResponse(c, "rate_limited", `too many requests; try again in ${retryAfter} seconds`);
    }
    await next();
  };
}

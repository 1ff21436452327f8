// runDueTimers(now): the one sweep that the Node timer loop and the Workers cron both run. It
// fires due timers through their handlers (retrying failures with backoff, never dropping one) and
// deletes conversations whose retention has ended.
import { z } from "zod";
import { errorFields, type Logger } from "../log.ts";
import type { DueTimer, TimerStore } from "./store.ts";

/** A timer's event: a type that picks the handler, and whatever that handler needs. */
export const timerEventSchema = z.looseObject({ type: z.string().min(1) });
export type TimerEvent = z.infer<typeof timerEventSchema>;

export type TimerHandler = (event: TimerEvent, timer: DueTimer) => Promise<void>;

/** Thrown by a handler that was told when to try again (Slack's Retry-After): the timer is due then. */
export class RetryLater extends Error {
  override name = "RetryLater";
  constructor(
    readonly afterMs: number,
    options?: { cause?: unknown },
  ) {
    super("retry later", options);
  }
}

export interface SweepOptions {
  store: TimerStore;
  handlers: Record<string, TimerHandler>;
  log: Logger;
  /** Timers claimed per round; a sweep keeps claiming until nothing is due. */
  batchSize?: number;
  /** How long a claim holds before another sweep may take the timer over (a crashed sweep). */
  leaseMs?: number;
  /** Days the audit log is kept (RETENTION_DAYS, like the data it speaks of). */
  auditRetentionDays?: number;
}

export interface SweepResult {
  fired: number;
  failed: number;
  purged: number;
}

const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;

/** Exponential backoff with a ceiling: 30 s, 1 min, 2 min, ... at most an hour. */
export function backoffMs(attempts: number): number {
  return Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
}

export function createTimerSweep(options: SweepOptions) {
  const { store, handlers, log } = options;
  const batchSize = options.batchSize ?? 200;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const auditRetentionMs = (options.auditRetentionDays ?? 90) * 86_400_000;

  async function fire(timer: DueTimer, now: number): Promise<boolean> {
    try {
      const event = timerEventSchema.parse(JSON.parse(timer.event));
      const handler = handlers[event.type];
      if (!handler) throw new Error(`no handler for timer event "${event.type}"`);
      await handler(event, timer);
      await store.complete(timer.id, now);
      return true;
    } catch (error) {
      const dueAt = now + (error instanceof RetryLater ? error.afterMs : backoffMs(timer.attempts));
      await store.retry(timer.id, dueAt);
      log.warn("timer failed; retrying", {
        timer: timer.id,
        attempts: timer.attempts,
        retryAt: new Date(dueAt).toISOString(),
        ...errorFields(error),
      });
      return false;
    }
  }

  async function runDueTimers(now: number): Promise<SweepResult> {
    const result: SweepResult = { fired: 0, failed: 0, purged: 0 };
    for (;;) {
      const due = await store.claimDue(now, batchSize, leaseMs);
      for (const timer of due) {
        if (await fire(timer, now)) result.fired++;
        else result.failed++;
      }
      if (due.length < batchSize) break;
    }
    result.purged = await store.purgeExpired(now, now - auditRetentionMs);
    if (result.fired || result.failed || result.purged) log.info("timer sweep", { ...result });
    return result;
  }

  return { runDueTimers };
}

// Puts the service together over one database, the same way on Node and on Workers: the app (with
// Slack and intervision when configured) and the timer sweep with its handlers.
import { createIntervisionRepository } from "../db/intervision-repository.ts";
import { createRepository } from "../db/repository.ts";
import { type Scrub, thenScrub } from "../db/scrub.ts";
import { createSlackRepository } from "../db/slack-repository.ts";
import type { SqlDatabase } from "../db/sql-database.ts";
import { createTimerRepository } from "../db/timer-repository.ts";
import { createApp } from "./app.ts";
import { intervisionTimerHandlers } from "./channels/slack/intervision/wiring.ts";
import { type Config, rateLimitsOf, type slackSettings } from "./config.ts";
import type { FlowRegistry } from "./engine/flow.ts";
import type { Logger } from "./log.ts";
import { createTimerSweep, type TimerHandler } from "./timers/sweep.ts";

export interface AssembleOptions {
  db: SqlDatabase;
  flows: FlowRegistry;
  log: Logger;
  config: Pick<Config, "RETENTION_DAYS" | "IDLE_DAYS" | "RATE_LIMIT_CREATES" | "RATE_LIMIT_TURNS">;
  slack: ReturnType<typeof slackSettings>;
  /** Extra timer handlers beside the product's own (tests use this). */
  timerHandlers?: Record<string, TimerHandler>;
  /** How long a Slack response waits for the work before it acks; the receiver's 1.5 s unless a test sets it. */
  slackAckBudgetMs?: number;
  /** Empties an embedded file's WAL after an erase or a purge (db/scrub.ts); absent for remote storage. */
  scrub?: Scrub;
}

export function assemble({
  db,
  flows,
  log,
  config,
  slack,
  timerHandlers = {},
  slackAckBudgetMs,
  scrub,
}: AssembleOptions) {
  const intervision = createIntervisionRepository(db);
  const slackStore = createSlackRepository(db);
  const repository = createRepository(db);
  const timerStore = createTimerRepository(db);
  const app = createApp({
    store: {
      ...repository,
      erase: (id, audit) => thenScrub(repository.erase(id, audit), (erased) => erased, scrub, log),
    },
    flows,
    log,
    retentionDays: config.RETENTION_DAYS,
    idleDays: config.IDLE_DAYS,
    limits: rateLimitsOf(config),
    // On Workers, Slack's after-ack work runs under executionCtx.waitUntil, which Hono hands to the route.
    ...(slack ? { slack: { ...slack, store: slackStore, intervision, ackBudgetMs: slackAckBudgetMs } } : {}),
  });
  // Reminders, deadlines and retention: the same sweep for the Node timer loop and the Workers cron.
  const sweep = createTimerSweep({
    store: {
      ...timerStore,
      purgeExpired: (now, before) =>
        thenScrub(timerStore.purgeExpired(now, before), (purged) => purged > 0, scrub, log),
    },
    handlers: {
      ...intervisionTimerHandlers({ slack, store: intervision, posts: slackStore, log }),
      ...timerHandlers,
    },
    log,
    auditRetentionDays: config.RETENTION_DAYS,
  });
  return { app, sweep };
}

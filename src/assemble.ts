// Puts the service together over one database, the same way on Node and on Workers: the app (with
// Slack and intervision when configured) and the timer sweep with its handlers.
import { createIntervisionRepository } from "../db/intervision-repository.ts";
import { createPracticeRepository } from "../db/practice-repository.ts";
import { checkReadiness } from "../db/readiness.ts";
import { createRepository } from "../db/repository.ts";
import { type Scrub, thenScrub } from "../db/scrub.ts";
import { createShareRepository } from "../db/share-repository.ts";
import { createSlackRepository } from "../db/slack-repository.ts";
import type { SqlDatabase } from "../db/sql-database.ts";
import { createStaffRepository } from "../db/staff-repository.ts";
import { createTimerRepository } from "../db/timer-repository.ts";
import { createApp } from "./app.ts";
import { intervisionTimerHandlers } from "./channels/slack/intervision/wiring.ts";
import { type Config, rateLimitsOf, type slackSettings } from "./config.ts";
import type { FlowRegistry } from "./engine/flow.ts";
import type { ReplyHook } from "./engine/reply-hook.ts";
import type { TrustPolicy } from "./http/trust-proxy.ts";
import type { Logger } from "./log.ts";
import { createTimerSweep, type TimerHandler } from "./timers/sweep.ts";

export interface AssembleOptions {
  db: SqlDatabase;
  flows: FlowRegistry;
  log: Logger;
  config: Pick<
    Config,
    | "RETENTION_DAYS"
    | "IDLE_DAYS"
    | "RATE_LIMIT_CREATES"
    | "RATE_LIMIT_TURNS"
    | "PRIVACY_CONTROLLER_NAME"
    | "PRIVACY_CONTACT"
  >;
  slack: ReturnType<typeof slackSettings>;
  /** Which proxies may name the client: TRUST_PROXY on Node, Cloudflare on Workers; none if unset. */
  trustProxy?: TrustPolicy;
  /** Extra timer handlers beside the product's own (tests use this). */
  timerHandlers?: Record<string, TimerHandler>;
  /** How long a Slack response waits for the work before it acks; the receiver's 1.5 s unless a test sets it. */
  slackAckBudgetMs?: number;
  /** Rewords replies before they are stored: the optional language model (src/llm/hook.ts). */
  replyHook?: ReplyHook;
  /** Empties an embedded file's WAL after an erase or a purge (db/scrub.ts); absent for remote storage. */
  scrub?: Scrub;
  /** The clock (tests set it). */
  now?: () => number;
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
  trustProxy,
  now,
  replyHook,
}: AssembleOptions) {
  const intervision = createIntervisionRepository(db);
  const slackStore = createSlackRepository(db);
  const repository = createRepository(db);
  const timerStore = createTimerRepository(db);
  const practices = createPracticeRepository(db);
  const shares = createShareRepository(db);
  const staff = createStaffRepository(db);
  const app = createApp({
    store: {
      ...repository,
      // Erasing a conversation erases its shares and its practice link too (issue 20).
      erase: (id, audit) =>
        thenScrub(
          repository.erase(id, audit).then(async (erased) => {
            await shares.forgetConversation(id);
            return erased;
          }),
          (erased) => erased,
          scrub,
          log,
        ),
    },
    flows,
    log,
    ready: () => checkReadiness(db),
    ...(now ? { now } : {}),
    retentionDays: config.RETENTION_DAYS,
    idleDays: config.IDLE_DAYS,
    privacy: { controllerName: config.PRIVACY_CONTROLLER_NAME, contact: config.PRIVACY_CONTACT },
    limits: rateLimitsOf(config),
    trustProxy,
    practices,
    shares,
    staff,
    ...(replyHook ? { replyHook } : {}),
    // On Workers, Slack's after-ack work runs under executionCtx.waitUntil, which Hono hands to the route.
    ...(slack ? { slack: { ...slack, store: slackStore, intervision, ackBudgetMs: slackAckBudgetMs } } : {}),
  });
  // Reminders, deadlines and retention: the same sweep for the Node timer loop and the Workers cron.
  const sweep = createTimerSweep({
    store: {
      ...timerStore,
      // Expired shares, and shares of purged conversations, go in the same sweep.
      purgeExpired: (now, before) =>
        thenScrub(
          timerStore
            .purgeExpired(now, before)
            .then(async (purged) => purged + (await shares.sweep(now, before)) + (await staff.sweep(now))),
          (purged) => purged > 0,
          scrub,
          log,
        ),
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

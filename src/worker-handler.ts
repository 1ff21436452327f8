// The Workers fetch handler for a given set of flows, over D1 (binding DB). One app per isolate.
import { drizzle } from "drizzle-orm/d1";
import type { Hono } from "hono";
import { createRepository } from "../db/repository.ts";
import { schema } from "../db/schema.ts";
import { createSlackRepository } from "../db/slack-repository.ts";
import { createTimerRepository } from "../db/timer-repository.ts";
import { createApp } from "./app.ts";
import { loadConfig, slackSettings, workerConfigSchema } from "./config.ts";
import type { FlowRegistry } from "./engine/flow.ts";
import { createLogger } from "./log.ts";
import { createTimerSweep, type TimerHandler } from "./timers/sweep.ts";

export interface Env {
  DB: D1Database;
  LOG_LEVEL?: string;
  RETENTION_DAYS?: string;
  IDLE_DAYS?: string;
  SLACK_SIGNING_SECRET?: string;
  SLACK_BOT_TOKEN?: string;
  SLACK_API_URL?: string;
}

export function createWorker(
  flows: () => FlowRegistry,
  timerHandlers: Record<string, TimerHandler> = {},
): ExportedHandler<Env> {
  let cached: { db: D1Database; app: Hono; sweep: ReturnType<typeof createTimerSweep> } | undefined;

  function appFor(env: Env) {
    if (cached?.db === env.DB) return cached;
    const config = loadConfig(
      {
        LOG_LEVEL: env.LOG_LEVEL,
        RETENTION_DAYS: env.RETENTION_DAYS,
        IDLE_DAYS: env.IDLE_DAYS,
        SLACK_SIGNING_SECRET: env.SLACK_SIGNING_SECRET,
        SLACK_BOT_TOKEN: env.SLACK_BOT_TOKEN,
        SLACK_API_URL: env.SLACK_API_URL,
      },
      workerConfigSchema,
    );
    const slack = slackSettings(config);
    const db = drizzle(env.DB, { schema });
    const log = createLogger(config.LOG_LEVEL);
    const app = createApp({
      store: createRepository(db),
      flows: flows(),
      log,
      retentionDays: config.RETENTION_DAYS,
      idleDays: config.IDLE_DAYS,
      // Slack's after-ack work runs under executionCtx.waitUntil, which Hono hands to the route.
      ...(slack ? { slack: { ...slack, store: createSlackRepository(db) } } : {}),
    });
    // Reminders, deadlines and retention: the same sweep the Node timer loop runs.
    const sweep = createTimerSweep({ store: createTimerRepository(db), handlers: timerHandlers, log });
    cached = { db: env.DB, app, sweep };
    return cached;
  }

  return {
    fetch(request, env, ctx) {
      return appFor(env).app.fetch(request, env, ctx);
    },
    scheduled(controller, env, ctx) {
      ctx.waitUntil(appFor(env).sweep.runDueTimers(controller.scheduledTime));
    },
  };
}

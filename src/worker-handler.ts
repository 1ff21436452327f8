// The Workers fetch handler for a given set of flows, over D1 (binding DB). One app per isolate.
import { drizzle } from "drizzle-orm/d1";
import type { Hono } from "hono";
import { createRepository } from "../db/repository.ts";
import { schema } from "../db/schema.ts";
import { createApp } from "./app.ts";
import { loadConfig, workerConfigSchema } from "./config.ts";
import type { FlowRegistry } from "./engine/flow.ts";
import { createLogger } from "./log.ts";

export interface Env {
  DB: D1Database;
  LOG_LEVEL?: string;
  RETENTION_DAYS?: string;
  IDLE_DAYS?: string;
}

export function createWorker(flows: () => FlowRegistry): ExportedHandler<Env> {
  let cached: { db: D1Database; app: Hono } | undefined;

  function appFor(env: Env): Hono {
    if (cached?.db === env.DB) return cached.app;
    const config = loadConfig(
      { LOG_LEVEL: env.LOG_LEVEL, RETENTION_DAYS: env.RETENTION_DAYS, IDLE_DAYS: env.IDLE_DAYS },
      workerConfigSchema,
    );
    const app = createApp({
      store: createRepository(drizzle(env.DB, { schema })),
      flows: flows(),
      log: createLogger(config.LOG_LEVEL),
      retentionDays: config.RETENTION_DAYS,
      idleDays: config.IDLE_DAYS,
    });
    cached = { db: env.DB, app };
    return app;
  }

  return {
    fetch(request, env, ctx) {
      return appFor(env).fetch(request, env, ctx);
    },
  };
}

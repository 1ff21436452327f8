// The Workers fetch and scheduled handlers for a given set of flows, over D1 (binding DB) or, when
// LIBSQL_URL is set, a remote libsql (Turso) database. One app per isolate.
import { drizzle } from "drizzle-orm/d1";
import { drizzle as drizzleLibsql } from "drizzle-orm/libsql/web";
import type { Hono } from "hono";
import { schema } from "../db/schema.ts";
import type { SqlDatabase } from "../db/sql-database.ts";
import { assemble } from "./assemble.ts";
import { loadConfig, slackSettings, type WorkerConfig, workerConfigSchema } from "./config.ts";
import type { FlowRegistry } from "./engine/flow.ts";
import { createLogger } from "./log.ts";
import type { createTimerSweep, TimerHandler } from "./timers/sweep.ts";

/** The Worker's bindings and variables: storage, and the settings workerConfigSchema reads. */
export type Env = {
  DB: D1Database;
  /** A remote libsql (Turso) database to use instead of D1, e.g. libsql://name-org.turso.io. */
  LIBSQL_URL?: string;
  LIBSQL_AUTH_TOKEN?: string;
} & { [K in keyof WorkerConfig]?: string };

/** The settings among the Worker's variables (bindings such as DB are not strings). */
function settingsOf(env: Env): Record<string, string | undefined> {
  const settings: Record<string, string | undefined> = {};
  for (const name of workerConfigSchema.keyof().options) settings[name] = env[name];
  return settings;
}

export function createWorker(
  flows: () => FlowRegistry,
  timerHandlers: Record<string, TimerHandler> = {},
): ExportedHandler<Env> {
  let cached: { key: D1Database | string; app: Hono; sweep: ReturnType<typeof createTimerSweep> } | undefined;

  /** D1 by default; Turso through the web client (no Node built-ins) when LIBSQL_URL is set. */
  function databaseFor(env: Env): SqlDatabase {
    if (!env.LIBSQL_URL) return drizzle(env.DB, { schema });
    return drizzleLibsql({
      connection: {
        url: env.LIBSQL_URL,
        ...(env.LIBSQL_AUTH_TOKEN ? { authToken: env.LIBSQL_AUTH_TOKEN } : {}),
      },
      schema,
    });
  }

  function appFor(env: Env) {
    const key = env.LIBSQL_URL ?? env.DB;
    if (cached?.key === key) return cached;
    const config = loadConfig(settingsOf(env), workerConfigSchema);
    const slack = slackSettings(config);
    const db = databaseFor(env);
    const log = createLogger(config.LOG_LEVEL);
    const { app, sweep } = assemble({ db, flows: flows(), log, config, slack, timerHandlers });
    cached = { key, app, sweep };
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

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
import { TRUST_CLOUDFLARE } from "./http/trust-proxy.ts";
import { createLlmHook, type DirectiveSource } from "./llm/hook.ts";
import { llmSettings } from "./llm/settings.ts";
import { type AiBinding, createWorkersAiChat } from "./llm/workers-ai.ts";
import { createLogger } from "./log.ts";
import type { createTimerSweep, TimerHandler } from "./timers/sweep.ts";

/** The Worker's bindings and variables: storage, and the settings workerConfigSchema reads. */
export type Env = {
  DB: D1Database;
  /** A remote libsql (Turso) database to use instead of D1, e.g. libsql://name-org.turso.io. */
  LIBSQL_URL?: string;
  LIBSQL_AUTH_TOKEN?: string;
  /** Workers AI (`[ai]` in wrangler.toml): the language model when LLM_MODEL is set and LLM_BASE_URL is not. */
  AI?: AiBinding;
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
  voices: readonly DirectiveSource[] = [],
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
    const llm = llmSettings(config, { binding: env.AI !== undefined });
    const chat = llm?.via === "binding" && env.AI ? createWorkersAiChat(env.AI, llm) : undefined;
    const replyHook = createLlmHook(llm, voices, { log, ...(chat ? { chat } : {}) });
    const { app, sweep } = assemble({
      db,
      flows: flows(),
      log,
      config,
      slack,
      timerHandlers,
      // Cloudflare is always in front of a Worker and sets CF-Connecting-IP itself.
      trustProxy: TRUST_CLOUDFLARE,
      ...(replyHook ? { replyHook } : {}),
    });
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

// Node entry: the app on @hono/node-server over the embedded libsql database, migrations applied at
// start, graceful shutdown (stop accepting, finish in-flight turns, close the database).
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import { migrateDatabase, openDatabase } from "../db/libsql.ts";
import { productFlows, productVoices } from "../flows/index.ts";
import { assemble } from "./assemble.ts";
import { type Config, slackSettings } from "./config.ts";
import type { FlowRegistry } from "./engine/flow.ts";
import { createLlmHook } from "./llm/hook.ts";
import { llmSettings } from "./llm/settings.ts";
import { createLogger, errorFields, type Logger } from "./log.ts";

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

export interface ServerOptions {
  config: Config;
  /** Tests pass their own flows; the product passes none and gets productFlows(). */
  flows?: FlowRegistry;
  log?: Logger;
  sweepIntervalMs?: number;
  /** How long a Slack response waits for the work before it acks (tests shorten it). */
  slackAckBudgetMs?: number;
}

function listen(server: Server): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.once("listening", () => resolve(server.address() as AddressInfo));
  });
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const { config } = options;
  const log = options.log ?? createLogger(config.LOG_LEVEL);
  const slack = slackSettings(config);
  const replyHook = createLlmHook(llmSettings(config), productVoices, { log });
  const database = await openDatabase(config.DATABASE_URL, {
    ...(config.DATABASE_AUTH_TOKEN ? { authToken: config.DATABASE_AUTH_TOKEN } : {}),
    ...(config.DATABASE_ENCRYPTION_KEY ? { encryptionKey: config.DATABASE_ENCRYPTION_KEY } : {}),
  });
  await migrateDatabase(database);
  const { app, sweep } = assemble({
    db: database.db,
    flows: options.flows ?? productFlows(),
    log,
    config,
    slack,
    trustProxy: config.TRUST_PROXY,
    slackAckBudgetMs: options.slackAckBudgetMs,
    ...(replyHook ? { replyHook } : {}),
    ...(database.scrub ? { scrub: database.scrub } : {}),
  });
  let sweeping: Promise<unknown> = Promise.resolve();
  const runSweep = () => {
    sweeping = sweeping.then(() =>
      sweep
        .runDueTimers(Date.now())
        .catch((error: unknown) => log.error("timer sweep failed", errorFields(error))),
    );
  };
  runSweep();
  const timerLoop = setInterval(runSweep, options.sweepIntervalMs ?? 30_000);
  timerLoop.unref();
  // Plain HTTP/1.1: @hono/node-server only makes an HTTP/2 server when asked to.
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }) as Server;
  let address: AddressInfo;
  try {
    address = await listen(server);
  } catch (error) {
    database.close();
    throw error;
  }
  const host = config.HOST === "0.0.0.0" || config.HOST === "127.0.0.1" ? "localhost" : config.HOST;
  const url = `http://${host}:${address.port}/`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      // close() stops accepting and waits for in-flight requests; idle keep-alive sockets are
      // closed now, and anything still open after 10 s is cut so shutdown always ends.
      const force = setTimeout(() => server.closeAllConnections(), 10_000);
      clearInterval(timerLoop);
      server.close(() => {
        clearTimeout(force);
        void sweeping.finally(() => {
          database.close();
          resolve();
        });
      });
      server.closeIdleConnections();
    });
    return closing;
  };
  return { url, close };
}

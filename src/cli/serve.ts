// `gesprekscoach serve`: the Node server with its log as JSON lines only (start, stop and a failed
// start too, so a log collector never meets plain text), and a clean stop on SIGTERM or SIGINT:
// in-flight requests finish, the database is closed, exit code 0.

import { asStorageError } from "../../db/guard-store.ts";
import type { Config } from "../config.ts";
import { createLogger, errorFields } from "../log.ts";
import { storageFailureOf } from "../storage-error.ts";

/** Where the database is, without anything secret: a remote URL's host, or a file's path. */
export function databaseWhere(url: string): { host: string } | { file: string } {
  if (url.startsWith("file:")) return { file: url.slice("file:".length).split("?")[0] ?? "" };
  try {
    return { host: new URL(url).host };
  } catch {
    return { host: "(not a URL)" };
  }
}

export async function serve(config: Config): Promise<void> {
  const log = createLogger(config.LOG_LEVEL);
  const { startServer } = await import("../server.ts");
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer({ config, log });
  } catch (error) {
    // One line that says where and why; never the driver's query dump (it spans lines and lists
    // parameters). The log level does not hide it: a service that does not start must say why.
    // Opening and migrating the database run outside the stores, so their driver errors are read here.
    const seen = asStorageError(error);
    const failure = storageFailureOf(seen);
    createLogger("error", (line) => process.stderr.write(`${line}\n`)).error(
      failure ? "database unavailable at start" : "start failed",
      { ...databaseWhere(config.DATABASE_URL), kind: failure?.kind, ...errorFields(seen) },
    );
    process.exit(1);
  }
  log.info("listening", { url: server.url });
  // For a person at a terminal, the address in plain words too; stdout stays JSON lines for log collectors.
  if (process.stderr.isTTY)
    process.stderr.write(`Gesprekscoach draait op ${server.url} (open de webchat in je browser)\n`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info("shutting down", { signal });
    server.close().then(
      () => {
        log.info("stopped", { signal });
        process.exit(0);
      },
      (error: unknown) => {
        log.error("stop failed", errorFields(error));
        process.exit(1);
      },
    );
  };
  process.on("SIGTERM", () => stop("SIGTERM"));
  process.on("SIGINT", () => stop("SIGINT"));
}

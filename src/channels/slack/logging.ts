// Bolt and its WebClient log through our structured logger, reduced to what is safe to keep: their
// debug output carries request bodies (message text), so only warnings and errors pass, as fixed
// strings or error kinds, never objects.
import { type Logger as BoltLogger, LogLevel } from "@slack/bolt";
import { errorFields, type LogFields, type Logger } from "../../log.ts";
import { storageErrorIn } from "../../storage-error.ts";

/** An error described by its kind only: its message or data may quote what a person wrote. */
export function describeError(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: typeof error };
  // A database failure: the driver's own name, code and sentence (errorFields keeps no data).
  if (storageErrorIn(error)) return errorFields(error);
  const fields: LogFields = { error: error.name };
  if ("code" in error && typeof error.code === "string") fields.code = error.code;
  if ("statusCode" in error && typeof error.statusCode === "number") fields.status = error.statusCode;
  // Slack's platform errors carry an error code such as "channel_not_found": safe and useful.
  if ("data" in error && typeof error.data === "object" && error.data !== null && "error" in error.data) {
    const code = error.data.error;
    if (typeof code === "string" && /^[a-z_]{1,64}$/.test(code)) fields.slackError = code;
  }
  return fields;
}

/** Bolt's own log lines are fixed sentences; anything else is reduced to its kind. */
function firstLine(parts: unknown[]): LogFields {
  const [first] = parts;
  if (typeof first === "string") return { detail: first.slice(0, 160) };
  return describeError(first);
}

export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.WARN;
  return {
    debug() {},
    info() {},
    warn(...parts: unknown[]) {
      log.warn("slack library warning", firstLine(parts));
    },
    error(...parts: unknown[]) {
      log.error("slack library error", firstLine(parts));
    },
    setLevel(next: LogLevel) {
      level = next;
    },
    getLevel() {
      return level;
    },
    setName() {},
  };
}

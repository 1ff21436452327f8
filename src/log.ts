// Structured JSON logs, one line per record. Callers pass fields, never answer text or tokens.
import { z } from "zod";
import { storageErrorIn } from "./storage-error.ts";

export const logLevels = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof logLevels)[number];
export const logLevelSchema = z.enum(logLevels);

export type LogFields = Record<string, string | number | boolean | null | undefined>;

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const rank: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export function createLogger(
  level: LogLevel,
  write: (line: string) => void = (line) => console.log(line),
): Logger {
  const emit =
    (at: Exclude<LogLevel, "silent">) =>
    (msg: string, fields: LogFields = {}) => {
      if (rank[at] < rank[level]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level: at, msg, ...fields }));
    };
  return { debug: emit("debug"), info: emit("info"), warn: emit("warn"), error: emit("error") };
}

/**
 * An error as log fields: its name, its code and a message that cannot quote stored data. The
 * message is the storage driver's own (SQLite's sentences, a socket's) or a programming error's
 * (they name code, not data); any other message may quote answers (a failed query lists its
 * parameters), so of those only the name and the code are kept.
 */
export function errorFields(error: unknown): LogFields {
  if (!(error instanceof Error)) return { error: typeof error };
  const stored = storageErrorIn(error);
  if (stored) return { error: stored.driver.name, code: stored.driver.code, message: stored.driver.message };
  const code: unknown = Reflect.get(error, "code");
  const codeError =
    error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
  return {
    error: error.name,
    code: typeof code === "string" || typeof code === "number" ? code : undefined,
    message: codeError ? error.message : undefined,
  };
}

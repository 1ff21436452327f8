// Tells a storage outage (busy, disk full, read-only, unreachable, not migrated) from a bug, for
// every driver: the embedded libsql file, a remote libsql (Turso) URL and D1. Pure: looks at errors.
//
// An outage is answered with 503 and Retry-After, because trying again later is the right thing for
// the client to do; a bug stays a 500. What is kept of an error (name, code, message) comes from the
// driver's own error, never from drizzle's wrapper, whose message lists the query's parameters.
// The stores hand what this finds out as a StorageError (guard-store.ts); the types are src/'s.
import type { StorageFailure, StorageFailureKind } from "../src/storage-error.ts";

/** SQLite's primary result codes that mean the storage, not the statement, failed. */
const PRIMARY: Record<number, StorageFailureKind> = {
  5: "busy", // SQLITE_BUSY
  6: "busy", // SQLITE_LOCKED
  8: "read_only", // SQLITE_READONLY
  10: "read_only", // SQLITE_IOERR: the file cannot be written (an immutable file, a failing disk)
  13: "full", // SQLITE_FULL
  14: "unreachable", // SQLITE_CANTOPEN
};

const NAMES: Record<number, string> = {
  5: "SQLITE_BUSY",
  6: "SQLITE_LOCKED",
  8: "SQLITE_READONLY",
  10: "SQLITE_IOERR",
  13: "SQLITE_FULL",
  14: "SQLITE_CANTOPEN",
};

const BY_NAME: Record<string, StorageFailureKind> = {
  SQLITE_BUSY: "busy",
  SQLITE_LOCKED: "busy",
  SQLITE_READONLY: "read_only",
  SQLITE_IOERR: "read_only",
  SQLITE_FULL: "full",
  SQLITE_CANTOPEN: "unreachable",
};

/** Network failures under fetch (undici) or a socket, by their system or undici code. */
const NETWORK =
  /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|EPIPE|UND_ERR_\w+)$/;
/** Codes @libsql/client gives when a remote server cannot be reached or failed. */
const REMOTE = /^(SERVER_ERROR|HRANA_WEBSOCKET_ERROR|HRANA_CLOSED_ERROR|STREAM_EXPIRED|WEBSOCKET_\w+)$/;

/**
 * D1 has no error codes, only messages: a trailing ": SQLITE_FULL", or its own sentences for an
 * overloaded or reset database and a lost connection.
 */
const D1_MESSAGES: [RegExp, StorageFailureKind][] = [
  [/D1 DB is overloaded|too many requests queued|queued for too long/i, "busy"],
  [/exceeded maximum DB size|database or disk is full/i, "full"],
  [/network connection lost|D1 DB (storage operation exceeded|reset)|object to be reset/i, "unreachable"],
  [/no such table/i, "not_migrated"],
];

const RETRY_AFTER: Record<StorageFailureKind, number> = {
  busy: 2,
  unreachable: 5,
  full: 30,
  read_only: 30,
  not_migrated: 30,
};

function codeOf(error: Error): string | undefined {
  for (const key of ["extendedCode", "code"]) {
    const value: unknown = Reflect.get(error, key);
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

function kindOf(error: Error): { kind: StorageFailureKind; code?: string } | undefined {
  const code = codeOf(error);
  const raw: unknown = Reflect.get(error, "rawCode");
  // libsql names codes it does not know UNKNOWN_SQLITE_ERROR_<n>: the number still says what it is.
  // libsql's open failure has no code property, only its number in the message.
  const opened = error.message.match(/Unable to open connection to local database .*: (\d+)\b/)?.[1];
  const number = typeof raw === "number" ? raw : opened ? Number(opened) : undefined;
  const primary = number === undefined ? undefined : PRIMARY[number & 0xff];
  if (primary && number !== undefined) {
    // A name libsql did not know (UNKNOWN_SQLITE_ERROR_1544) says less than SQLite's primary name.
    const known = code && !code.startsWith("UNKNOWN_") ? code : NAMES[number & 0xff];
    return { kind: primary, ...(known ? { code: known } : {}) };
  }
  const named = code ?? error.message.match(/\bSQLITE_[A-Z]+(?:_[A-Z]+)*\b/)?.[0];
  if (named) {
    const base = named.split("_").slice(0, 2).join("_");
    const kind = BY_NAME[base];
    if (kind) return { kind, code: named };
    if (NETWORK.test(named) || REMOTE.test(named)) return { kind: "unreachable", code: named };
  }
  // undici refuses some addresses itself ("bad port") under the same "fetch failed".
  if (error instanceof TypeError && /^fetch failed$/i.test(error.message))
    return { kind: "unreachable", code };
  for (const [pattern, kind] of D1_MESSAGES)
    if (pattern.test(error.message)) return { kind, ...(code ? { code } : {}) };
  return undefined;
}

/** The innermost error of the chain that carries a code: the driver's, not a wrapper's. */
function driverError(chain: Error[]): Error {
  const coded = chain.filter((e) => codeOf(e) !== undefined || typeof Reflect.get(e, "rawCode") === "number");
  return coded.at(-1) ?? chain.at(-1) ?? new Error("unknown");
}

/** The errors an error wraps, outermost first (at most 8, so a cycle cannot hang). */
function chainOf(error: unknown): Error[] {
  const chain: Error[] = [];
  for (let e: unknown = error; e instanceof Error && chain.length < 8; e = e.cause) chain.push(e);
  return chain;
}

/** Drizzle's wrapper starts its message with the query and its parameters: never kept. */
const QUERY_DUMP = /^Failed query:/;

/** Codes that only database drivers (SQLite, libsql, a socket under them) give. */
const DRIVER_CODE = /^(SQLITE_|UNKNOWN_SQLITE_ERROR_)/;

/**
 * The database driver's own error inside this one, as it can be logged: name, code and SQLite's
 * message (SQLite's sentences name tables and columns, never values). Undefined for errors that did
 * not come from the database.
 */
export function driverCause(error: unknown): StorageFailure["cause"] | undefined {
  const failure = storageFailure(error);
  if (failure) return failure.cause;
  const driver = [...chainOf(error)]
    .reverse()
    .find((e) => typeof Reflect.get(e, "rawCode") === "number" || DRIVER_CODE.test(codeOf(e) ?? ""));
  if (!driver) return undefined;
  const code = codeOf(driver);
  return {
    name: driver.name,
    ...(code ? { code } : {}),
    ...(QUERY_DUMP.test(driver.message) ? {} : { message: driver.message }),
  };
}

/** The storage outage this error stands for, or undefined when it is something else (a bug). */
export function storageFailure(error: unknown): StorageFailure | undefined {
  const chain = chainOf(error);
  // The innermost match wins: a wrapper's words are vaguer than the driver's.
  for (const e of [...chain].reverse()) {
    if (QUERY_DUMP.test(e.message)) continue;
    const found = kindOf(e);
    if (!found) continue;
    const driver = driverError(chain);
    const code = found.code ?? codeOf(driver);
    return {
      kind: found.kind,
      retryAfter: RETRY_AFTER[found.kind],
      cause: {
        name: driver.name,
        ...(code ? { code } : {}),
        ...(QUERY_DUMP.test(driver.message) ? {} : { message: driver.message }),
      },
    };
  }
  return undefined;
}

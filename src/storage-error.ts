// A database failure as the layers above the stores see it. db/ turns its drivers' errors into a
// StorageError where the stores hand them out (db/guard-store.ts), so the HTTP layer, the logs and
// Slack recognise an outage, and log the driver's own words, without knowing any driver.

export type StorageFailureKind = "busy" | "full" | "read_only" | "unreachable" | "not_migrated";

/**
 * The driver's error as it can be logged: its name, its code (SQLITE_FULL, ECONNREFUSED, ...) and
 * its own message (SQLite's sentences name tables and columns, never values), never a wrapper's
 * message, which may list a query's parameters.
 */
export interface DriverCause {
  name: string;
  code?: string;
  message?: string;
}

/** The storage, not the statement, failed: answered with 503 and Retry-After, not as a bug. */
export interface StorageFailure {
  kind: StorageFailureKind;
  /** Seconds a client should wait before trying again. */
  retryAfter: number;
  cause: DriverCause;
}

export class StorageError extends Error {
  constructor(
    /** What the driver said, safe to log. */
    readonly driver: DriverCause,
    /** Set for an outage (trying again later is right); undefined for a refused statement (a bug). */
    readonly failure: StorageFailure | undefined,
    options?: ErrorOptions,
  ) {
    super(
      failure ? `storage unavailable: ${failure.kind}` : `database error ${driver.code ?? driver.name}`,
      options,
    );
    this.name = "StorageError";
  }
}

/** The StorageError in an error's chain (a library may wrap it as its cause), if there is one. */
export function storageErrorIn(error: unknown): StorageError | undefined {
  let e: unknown = error;
  // At most 8 links, so a cycle of causes cannot hang.
  for (let depth = 0; e instanceof Error && depth < 8; depth++, e = e.cause)
    if (e instanceof StorageError) return e;
  return undefined;
}

/** The storage outage behind this error, or undefined when it is something else. */
export const storageFailureOf = (error: unknown): StorageFailure | undefined =>
  storageErrorIn(error)?.failure;

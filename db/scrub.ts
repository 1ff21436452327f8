// After an erase or a retention purge on an embedded file: copy the WAL into the main file and cut
// the WAL to zero bytes. secure_delete zeroes what was deleted in the pages; this removes the older
// copies of those pages that the WAL still holds. Remote databases (Turso, D1) keep their own storage.
import type { Client } from "@libsql/client";
import { driverCause } from "./storage-failure.ts";

export interface ScrubResult {
  /** True when another connection kept the WAL from being emptied; the next scrub tries again. */
  busy: boolean;
}

export type Scrub = () => Promise<ScrubResult>;

export function walScrubber(client: Client): Scrub {
  return async () => {
    const result = await client.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    const row = result.rows[0];
    return { busy: Number(row?.[0] ?? 0) !== 0 };
  };
}

/** Minimal logger shape, so this file needs nothing from the app. */
interface WarnLog {
  warn(msg: string, fields?: Record<string, string | number | boolean | undefined>): void;
}

/**
 * Runs the scrub after `run` when `deleted(result)` says it removed something. A failed or busy
 * scrub does not undo the delete: it is logged, and the next erase or sweep empties the WAL.
 */
export async function thenScrub<T>(
  run: Promise<T>,
  deleted: (result: T) => boolean,
  scrub: Scrub | undefined,
  log: WarnLog,
): Promise<T> {
  const result = await run;
  if (!scrub || !deleted(result)) return result;
  try {
    const { busy } = await scrub();
    if (busy) log.warn("wal checkpoint after delete was busy; the next one retries");
  } catch (error) {
    // The driver's name, code and message (SQLite's own sentence), never a wrapper's query text.
    const cause = driverCause(error);
    log.warn("wal checkpoint after delete failed", {
      error: cause?.name ?? (error instanceof Error ? error.name : "unknown"),
      code: cause?.code ?? codeOf(error),
      message: cause?.message,
    });
  }
  return result;
}

function codeOf(error: unknown): string | undefined {
  const code: unknown = error instanceof Error ? Reflect.get(error, "code") : undefined;
  return typeof code === "string" ? code : undefined;
}

// What backup and restore need to know of a database file: whether another process has it open (a
// running service), and whether a copy is sound (SQLite's integrity check) and of a schema this code
// can serve (its last migration is one this code knows). Synchronous libsql calls: a command line.
import Database from "libsql";
import { expectedMigration, migrationAt } from "../../db/readiness.ts";

/** A refusal the command reports as one line on stderr with exit code 1. */
export class FileError extends Error {
  override name = "FileError";
}

export type Connection = InstanceType<typeof Database>;

export function openFile(path: string, encryptionKey: string | undefined, timeoutMs = 5000): Connection {
  return new Database(path, { timeout: timeoutMs, ...(encryptionKey ? { encryptionKey } : {}) });
}

/**
 * True when another connection has the file open. In WAL mode every open connection holds a shared
 * lock on the file for as long as it is open, so an exclusive lock is refused exactly while a service
 * (or a sqlite3 shell) uses it; no pid file to go stale.
 */
export function inUse(path: string, encryptionKey: string | undefined): boolean {
  const probe = openFile(path, encryptionKey, 0);
  try {
    probe.exec("PRAGMA locking_mode = EXCLUSIVE");
    probe.exec("BEGIN EXCLUSIVE");
    probe.exec("ROLLBACK");
    return false;
  } catch (error) {
    if (error instanceof Error && "code" in error && String(error.code).startsWith("SQLITE_BUSY"))
      return true;
    throw error;
  } finally {
    probe.close();
  }
}

export interface Inspection {
  /** The last migration applied, by its tag. */
  migration: string;
  conversations: number;
}

/**
 * Checks a copy: it opens (with the key, if the original was encrypted), SQLite's integrity check
 * says ok, and its schema is one this code knows. Throws a FileError saying what is wrong.
 */
export function inspect(path: string, encryptionKey: string | undefined, label = path): Inspection {
  let db: Connection;
  try {
    db = openFile(path, encryptionKey);
  } catch (error) {
    throw new FileError(`${label} cannot be opened (${error instanceof Error ? error.message : "unknown"})`);
  }
  try {
    let integrity: unknown[];
    try {
      integrity = db.prepare("PRAGMA integrity_check").raw(true).all() as unknown[];
    } catch (error) {
      const code = error instanceof Error && "code" in error ? String(error.code) : "";
      if (code === "SQLITE_NOTADB")
        throw new FileError(
          encryptionKey
            ? `${label} is not a database encrypted with this DATABASE_ENCRYPTION_KEY`
            : `${label} is not a database (or it is encrypted: set DATABASE_ENCRYPTION_KEY)`,
        );
      throw new FileError(`${label} cannot be read (${error instanceof Error ? error.message : "unknown"})`);
    }
    const verdict = (integrity as unknown[][]).map((row) => String(row[0])).join("; ");
    if (verdict !== "ok")
      throw new FileError(`${label} fails SQLite's integrity check: ${verdict.slice(0, 200)}`);
    const hasMigrations = db
      .prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'")
      .all();
    if (hasMigrations.length === 0)
      throw new FileError(`${label} is not a Gesprekscoach database (no migrations)`);
    const last = db.prepare("select max(created_at) as at from __drizzle_migrations").get() as {
      at: unknown;
    };
    const migration = migrationAt(Number(last.at));
    if (!migration)
      throw new FileError(
        `${label} has a migration this version does not know (it expects at most ${expectedMigration.tag}): restore it with the version that made it`,
      );
    const count = db.prepare("select count(*) as n from conversations").get() as { n: unknown };
    return { migration, conversations: Number(count.n) };
  } finally {
    db.close();
  }
}

// What GET /ready checks, on every driver: the database answers, its migrations are the ones this
// code was built with, and a write goes through to storage (so a full disk or a read-only file shows
// here before a patient's answer meets it).
import { sql } from "drizzle-orm";
import type { Readiness, ReadyCheck } from "../src/readiness.ts";
import journal from "./migrations/meta/_journal.json" with { type: "json" };
import { batchRaw } from "./raw-batch.ts";
import type { SqlDatabase } from "./sql-database.ts";
import { storageFailure } from "./storage-failure.ts";

/** The last migration in db/migrations: its tag (file name without .sql) and drizzle's timestamp. */
export const expectedMigration = (() => {
  const last = journal.entries.at(-1);
  if (!last) throw new Error("db/migrations/meta/_journal.json lists no migrations");
  return { tag: last.tag, when: last.when };
})();

/** The tag of the migration drizzle recorded with this timestamp, if this code knows it. */
export function migrationAt(createdAt: number): string | undefined {
  return journal.entries.find((e) => e.when === createdAt)?.tag;
}

/** A row no one else uses, written and deleted in one atomic batch, so it is never seen. */
const PROBE_ID = "ready:probe";

/**
 * The migration the database is at, by whichever tool applied them: drizzle's table (the Node
 * service, `gesprekscoach migrate`, Turso) or wrangler's (D1). Undefined when none was applied.
 */
async function appliedMigration(db: SqlDatabase): Promise<string | undefined> {
  const tables = await db.all<{ name: string }>(
    sql`select name from sqlite_master where type = 'table' and name in ('__drizzle_migrations', 'd1_migrations')`,
  );
  const names = new Set(tables.map((t) => t.name));
  if (names.has("__drizzle_migrations")) {
    // drizzle stores each migration's journal timestamp, not its name.
    const rows = await db.all<{ created_at: number }>(
      sql`select created_at from __drizzle_migrations order by created_at desc limit 1`,
    );
    const at = Number(rows[0]?.created_at);
    const tag = migrationAt(at);
    if (tag) return tag;
    if (rows[0]) return `an unknown migration (${at})`;
  }
  if (names.has("d1_migrations")) {
    const rows = await db.all<{ name: string }>(sql`select name from d1_migrations order by id desc limit 1`);
    if (rows[0]) return rows[0].name.replace(/\.sql$/, "");
  }
  return undefined;
}

function failed(check: ReadyCheck, what: string, error: unknown): Readiness {
  const failure = storageFailure(error);
  const cause = failure
    ? [failure.cause.message, failure.cause.code].filter(Boolean).join(", ")
    : error instanceof Error
      ? error.name
      : "unknown error";
  return { ok: false, check, reason: `${what}: ${cause}`, ...(failure ? { failure } : {}) };
}

export async function checkReadiness(db: SqlDatabase, now: number = Date.now()): Promise<Readiness> {
  try {
    await db.run(sql`select 1`);
  } catch (error) {
    return failed("database", "the database does not answer", error);
  }
  let applied: string | undefined;
  try {
    applied = await appliedMigration(db);
  } catch (error) {
    return failed("migrations", "the applied migrations cannot be read", error);
  }
  if (applied !== expectedMigration.tag)
    return {
      ok: false,
      check: "migrations",
      reason: applied
        ? `the database is at migration ${applied}, this code expects ${expectedMigration.tag}`
        : `no migrations are applied, this code expects ${expectedMigration.tag}`,
    };
  try {
    await batchRaw(db, [
      sql`insert or replace into timers (id, due_at, event, status) values (${PROBE_ID}, ${now}, '{}', 'done')`,
      sql`delete from timers where id = ${PROBE_ID}`,
    ]);
  } catch (error) {
    return failed("write", "a write did not go through", error);
  }
  return { ok: true, migration: applied };
}

// checkReadiness on real database files: current, never migrated, a migration behind, and written
// by wrangler's D1 migrations table instead of drizzle's; the write probe leaves nothing behind.
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type TempDatabase, tempDatabase, tempDir } from "../test/support/database.ts";
import { openDatabase } from "./libsql.ts";
import { checkReadiness, expectedMigration } from "./readiness.ts";

let opened: TempDatabase | undefined;
afterEach(() => opened?.cleanup());

describe("checkReadiness", () => {
  it("is ready on a migrated database, and its write probe leaves no row", async () => {
    opened = await tempDatabase();
    expect(await checkReadiness(opened.opened.db)).toEqual({ ok: true, migration: expectedMigration.tag });
    const rows = await opened.opened.client.execute("select count(*) as n from timers");
    expect(rows.rows[0]?.n).toBe(0);
  });

  it("says no migrations are applied on an empty database", async () => {
    const empty = await openDatabase(`file:${join(tempDir(), "empty.db")}`);
    try {
      const readiness = await checkReadiness(empty.db);
      expect(readiness).toMatchObject({ ok: false, check: "migrations" });
      expect(!readiness.ok && readiness.reason).toContain(expectedMigration.tag);
    } finally {
      empty.close();
    }
  });

  it("names the migration the database is at when it is behind", async () => {
    opened = await tempDatabase();
    const client = opened.opened.client;
    await client.execute(
      "delete from __drizzle_migrations where created_at = (select max(created_at) from __drizzle_migrations)",
    );
    const readiness = await checkReadiness(opened.opened.db);
    expect(readiness).toMatchObject({ ok: false, check: "migrations" });
    expect(!readiness.ok && readiness.reason).toMatch(/at migration 00\d\d_\w+, this code expects/);
  });

  it("reads wrangler's d1_migrations where drizzle's table is absent", async () => {
    opened = await tempDatabase();
    const client = opened.opened.client;
    await client.execute("drop table __drizzle_migrations");
    await client.execute("create table d1_migrations (id integer primary key, name text, applied_at text)");
    await client.execute({
      sql: "insert into d1_migrations (name) values (?)",
      args: [`${expectedMigration.tag}.sql`],
    });
    expect(await checkReadiness(opened.opened.db)).toEqual({ ok: true, migration: expectedMigration.tag });
  });
});

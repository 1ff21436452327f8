// Runs statements written with drizzle's `sql` as one atomic batch and returns each one's rows. Raw
// SQL skips the query builders' per-call cost on the hot path. Drizzle's batch takes raw statements
// on libsql but not on D1 (its D1 session looks for a prepared statement that raw SQL with
// parameters does not carry), so on D1 they go to the binding's own batch.
import { is, type SQL } from "drizzle-orm";
import { DrizzleD1Database } from "drizzle-orm/d1";
import { SQLiteAsyncDialect } from "drizzle-orm/sqlite-core";
import type { SqlDatabase } from "./sql-database.ts";

const dialect = new SQLiteAsyncDialect();

function isD1Binding(client: unknown): client is D1Database {
  return (
    typeof client === "object" &&
    client !== null &&
    "prepare" in client &&
    typeof client.prepare === "function" &&
    "batch" in client &&
    typeof client.batch === "function"
  );
}

function d1Of(db: SqlDatabase): D1Database | undefined {
  // Asked of an `unknown`: narrowing SqlDatabase itself to DrizzleD1Database costs tsc 2.5 s.
  const value: unknown = db;
  if (!is(value, DrizzleD1Database)) return undefined;
  const client: unknown = Reflect.get(db, "$client");
  return isD1Binding(client) ? client : undefined;
}

export async function batchRaw(db: SqlDatabase, statements: [SQL, ...SQL[]]): Promise<unknown[][]> {
  const d1 = d1Of(db);
  if (d1) {
    const prepared = statements.map((statement) => {
      const query = dialect.sqlToQuery(statement);
      return d1.prepare(query.sql).bind(...query.params);
    });
    return (await d1.batch(prepared)).map((result) => result.results);
  }
  const [first, ...rest] = statements;
  const results = await db.batch([
    db.all<unknown>(first),
    ...rest.map((statement) => db.all<unknown>(statement)),
  ]);
  return [...results];
}

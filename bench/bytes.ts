// What a finished reflection costs in storage: on an embedded libsql file (growth after VACUUM, and
// where the bytes sit, by table and index and by column) and on D1 (wrangler's local D1, the SQLite
// that workerd runs, read through D1's own `size_after`). Figures only; test/api/bytes.test.ts bounds them.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { drizzle } from "drizzle-orm/d1";
import { migrateDatabase, migrationsFolder, openDatabase } from "../db/libsql.ts";
import { createRepository } from "../db/repository.ts";
import { schema } from "../db/schema.ts";
import type { SqlDatabase } from "../db/sql-database.ts";
import { reflectieFlow } from "../flows/reflectie/flow.ts";
import { createEngine } from "../src/engine/conversations.ts";
import { FlowRegistry } from "../src/engine/flow.ts";
import { scriptedReflection } from "../test/fixtures/scripted-reflection.ts";
import { localD1 } from "./d1-over-fetch.ts";

export interface LibsqlBytes {
  /** File growth per finished reflection, after VACUUM. */
  perConversation: number;
  /** Pages per table or index (dbstat), per conversation. */
  byObject: Record<string, number>;
  /** Bytes of each column's values (length()), per conversation. */
  byColumn: Record<string, number>;
  turns: number;
}

const COLUMNS: Record<string, string[]> = {
  conversations: ["id", "token_hash", "resume_hash", "snapshot", "safety", "archive"],
  events: ["conversation_id", "turn_id", "kind", "answer", "result", "screening"],
};

async function reflections(db: SqlDatabase, count: number): Promise<number> {
  const engine = createEngine({ store: createRepository(db), flows: new FlowRegistry([reflectieFlow]) });
  let turns = 0;
  for (let c = 0; c < count; c++) turns = (await scriptedReflection(engine)).turns;
  return turns;
}

export async function libsqlBytes(count = 40): Promise<LibsqlBytes> {
  const dir = mkdtempSync(join(tmpdir(), "gc-bench-bytes-"));
  const opened = await openDatabase(`file:${join(dir, "b.db")}`);
  try {
    await migrateDatabase(opened);
    const one = async (query: string) => Number((await opened.client.execute(query)).rows[0]?.[0] ?? 0);
    const size = async () => {
      await opened.client.execute("VACUUM");
      return (await one("PRAGMA page_count")) * (await one("PRAGMA page_size"));
    };
    const pagesOf = async () => {
      const rows = (await opened.client.execute("select name, sum(pgsize) from dbstat group by name")).rows;
      return new Map(rows.map((row) => [String(row[0]), Number(row[1])]));
    };
    const empty = await size();
    const before = await pagesOf();
    const turns = await reflections(opened.db, count);
    const full = await size();
    const byObject: Record<string, number> = {};
    for (const [name, bytes] of await pagesOf()) {
      const grown = Math.round((bytes - (before.get(name) ?? 0)) / count);
      if (grown > 0) byObject[name] = grown;
    }
    const byColumn: Record<string, number> = {};
    for (const [table, columns] of Object.entries(COLUMNS))
      for (const column of columns) {
        const exists = (
          await opened.client.execute(`select 1 from pragma_table_info('${table}') where name = '${column}'`)
        ).rows.length;
        if (exists)
          byColumn[`${table}.${column}`] = Math.round(
            (await one(`select coalesce(sum(length(${column})), 0) from ${table}`)) / count,
          );
      }
    return { perConversation: Math.round((full - empty) / count), byObject, byColumn, turns };
  } finally {
    opened.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The migrations' statements in order, as drizzle-kit writes them. */
function migrationStatements(): string[] {
  return readdirSync(migrationsFolder)
    .filter((file) => file.endsWith(".sql"))
    .sort()
    .flatMap((file) => readFileSync(join(migrationsFolder, file), "utf8").split("--> statement-breakpoint"))
    .map((statement) => statement.trim())
    .filter((statement) => statement !== "");
}

/** Growth of D1's own database size (`meta.size_after`) per finished reflection, on Miniflare's local D1. */
export async function d1Bytes(count = 40): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "gc-bench-d1-"));
  // The D1 that `wrangler dev` gives the Worker (Miniflare's, in workerd), persisted in `dir`.
  const local = await localD1(dir);
  try {
    const d1 = local.db;
    for (const statement of migrationStatements()) await d1.prepare(statement).run();
    const size = async () => (await d1.prepare("select 1").run()).meta.size_after;
    const empty = await size();
    await reflections(drizzle(d1, { schema }), count);
    return Math.round(((await size()) - empty) / count);
  } finally {
    await local.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = Number(process.argv[2] ?? 40);
  const libsql = await libsqlBytes(count);
  process.stdout.write(`${JSON.stringify({ libsql, d1: await d1Bytes(count) }, null, 2)}\n`);
}

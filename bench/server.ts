// The server under load for `npm run bench`: the product app on an embedded libsql file, and beside
// it on the same server stack bare routes that each do one libsql batch of the same size as a turn's
// write: /__floor on a plain libsql client (the floor a turn is measured against), /__floor-grouped
// through the product's file client, db/file-client.ts (what the same write costs with it).
import { serve } from "@hono/node-server";
import { createClient } from "@libsql/client";
import { sql } from "drizzle-orm";
import { drizzle, type LibSQLDatabase } from "drizzle-orm/libsql";
import { type Handler, Hono } from "hono";
import { migrateDatabase, openDatabase } from "../db/libsql.ts";
import { createRepository } from "../db/repository.ts";
import { productFlows } from "../flows/index.ts";
import { createApp } from "../src/app.ts";
import { createLogger } from "../src/log.ts";

const url = process.env.DATABASE_URL ?? "file:data/bench.db";
const port = Number(process.env.PORT ?? 8799);
const database = await openDatabase(url);
await migrateDatabase(database);
await database.client.execute(
  "create table if not exists bench_floor (id integer primary key, k text, v text, n integer)",
);
await database.client.execute(
  "create table if not exists bench_floor_row (id text primary key, v text, n integer)",
);

// All load comes from one client here, so the per-client limits are lifted for the measurement.
const unlimited = { max: Number.MAX_SAFE_INTEGER, windowMs: 60_000 };
const product = createApp({
  store: createRepository(database.db),
  flows: productFlows(),
  log: createLogger("silent"),
  limits: { creates: unlimited, turns: unlimited, resumes: unlimited },
});
const root = new Hono();
let seq = 0;
// The same file through a plain libsql client, set up like the product's (WAL, FULL, busy timeout).
const plainClient = createClient({ url, concurrency: 4, timeout: 5000 });
await plainClient.execute("PRAGMA synchronous = FULL");
const plain = drizzle(plainClient);
const floor =
  (db: LibSQLDatabase): Handler =>
  async (c) => {
    const body = await c.req.json<{ key: string; payload: string; snapshot: string }>();
    seq++;
    // Same shape as a turn: one inserted row with the answer and reply, one updated row with the snapshot.
    await db.batch([
      db.run(sql`insert into bench_floor (k, v, n) values (${body.key}, ${body.payload}, ${seq})`),
      db.run(
        sql`insert into bench_floor_row (id, v, n) values (${body.key}, ${body.snapshot}, ${seq})
          on conflict(id) do update set v = excluded.v, n = excluded.n`,
      ),
    ]);
    return c.json({ ok: true, seq });
  };
root.post("/__floor", floor(plain));
root.post("/__floor-grouped", floor(drizzle(database.client)));
root.route("/", product);
serve({ fetch: root.fetch, port, hostname: "127.0.0.1" }, () =>
  process.stdout.write(`bench server on ${port}\n`),
);
process.on("SIGTERM", () => {
  database.close();
  plainClient.close();
  process.exit(0);
});

// Opens the Node database: an embedded libsql file (folder created, writes group-committed) or a
// libsql URL, with the migrations in db/migrations applied. Idempotent.
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { withGroupCommit } from "./group-commit.ts";
import type { SqlDatabase } from "./repository.ts";
import { schema } from "./schema.ts";

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export interface OpenedDatabase {
  db: SqlDatabase;
  client: Client;
  close(): void;
}

/** The path of a database file on disk, or undefined for a remote or in-memory database. */
function filePath(url: string): string | undefined {
  if (!url.startsWith("file:")) return undefined;
  const path = url.slice("file:".length).split("?")[0] ?? "";
  return path === "" || path === ":memory:" || url.includes("mode=memory") ? undefined : path;
}

export interface OpenOptions {
  authToken?: string;
  encryptionKey?: string;
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  const path = filePath(url);
  if (path === undefined) {
    const client = createClient({ url, ...options });
    return { db: drizzle(client, { schema }), client, close: () => client.close() };
  }
  await mkdir(dirname(resolve(path)), { recursive: true });
  // A file: a few connections (calls into them are synchronous on this one thread, so more would
  // only add cold page caches): one for the group commit's transaction, the others for reads. The
  // busy timeout (ms) is set on each connection, for other processes on the same file (the CLI).
  const raw = createClient({ url, ...options, concurrency: 4, timeout: 5000 });
  // WAL lets readers run beside the writer. FULL keeps every committed answer through a power cut;
  // it is also SQLite's default, which the pool's other connections open with.
  await raw.execute("PRAGMA journal_mode = WAL");
  await raw.execute("PRAGMA synchronous = FULL");
  const client = withGroupCommit(raw);
  const db = drizzle(client, { schema });
  return { db, client, close: () => client.close() };
}

export async function migrateDatabase(opened: OpenedDatabase): Promise<void> {
  await migrate(drizzle(opened.client, { schema }), { migrationsFolder });
}

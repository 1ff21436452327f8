// Opens the Node database: an embedded libsql file (folder created) or a libsql URL, with the
// migrations in db/migrations applied. Idempotent.
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import type { SqlDatabase } from "./repository.ts";
import { schema } from "./schema.ts";

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export interface OpenedDatabase {
  db: SqlDatabase;
  client: Client;
  close(): void;
}

async function ensureFolder(url: string): Promise<void> {
  if (!url.startsWith("file:")) return;
  const path = url.slice("file:".length).split("?")[0] ?? "";
  if (path === "" || path === ":memory:") return;
  await mkdir(dirname(resolve(path)), { recursive: true });
}

export interface OpenOptions {
  authToken?: string;
  encryptionKey?: string;
}

export async function openDatabase(url: string, options: OpenOptions = {}): Promise<OpenedDatabase> {
  await ensureFolder(url);
  const client = createClient({ url, ...options });
  if (url.startsWith("file:")) {
    // WAL lets readers run beside the writer; FULL keeps every committed answer through a power cut.
    await client.execute("PRAGMA journal_mode = WAL");
    await client.execute("PRAGMA synchronous = FULL");
    await client.execute("PRAGMA busy_timeout = 5000");
  }
  const db = drizzle(client, { schema });
  return { db, client, close: () => client.close() };
}

export async function migrateDatabase(opened: OpenedDatabase): Promise<void> {
  await migrate(drizzle(opened.client, { schema }), { migrationsFolder });
}

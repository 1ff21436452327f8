// Opens the Node database: an embedded libsql file (folder created; db/file-client.ts) or a libsql
// URL, with the migrations in db/migrations applied. Idempotent.
import { mkdir } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Client, createClient } from "@libsql/client";
import { drizzle } from "drizzle-orm/libsql";
import { migrate } from "drizzle-orm/libsql/migrator";
import { createFileClient } from "./file-client.ts";
import { withBusyRetry } from "./remote-client.ts";
import { schema } from "./schema.ts";
import { type Scrub, walScrubber } from "./scrub.ts";
import type { SqlDatabase } from "./sql-database.ts";

export const migrationsFolder = fileURLToPath(new URL("./migrations", import.meta.url));

export interface OpenedDatabase {
  db: SqlDatabase;
  client: Client;
  /** Empties the WAL after an erase or purge; only an embedded file has one. */
  scrub?: Scrub;
  close(): void;
}

/** The path of a database file on disk, or undefined for a remote or in-memory database. */
export function filePath(url: string): string | undefined {
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
    const client = withBusyRetry(createClient({ url, ...options }));
    return { db: drizzle(client, { schema }), client, close: () => client.close() };
  }
  await mkdir(dirname(resolve(path)), { recursive: true });
  const client = createFileClient(resolve(path), {
    busyTimeoutMs: 5000,
    ...(options.encryptionKey ? { encryptionKey: options.encryptionKey } : {}),
  });
  const db = drizzle(client, { schema });
  return { db, client, scrub: walScrubber(client), close: () => client.close() };
}

export async function migrateDatabase(opened: OpenedDatabase): Promise<void> {
  await migrate(drizzle(opened.client, { schema }), { migrationsFolder });
}

// A real, migrated libsql database file in a fresh temporary folder, for tests.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { migrateDatabase, type OpenedDatabase, openDatabase } from "../../db/libsql.ts";
import { createRepository } from "../../db/repository.ts";
import type { ConversationStore } from "../../src/engine/store.ts";

export interface TempDatabase {
  url: string;
  dir: string;
  opened: OpenedDatabase;
  store: ConversationStore;
  cleanup(): void;
}

export function tempDir(prefix = "gesprekscoach-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function tempDatabase(): Promise<TempDatabase> {
  const dir = tempDir();
  const url = `file:${join(dir, "test.db")}`;
  const opened = await openDatabase(url);
  await migrateDatabase(opened);
  return {
    url,
    dir,
    opened,
    store: createRepository(opened.db),
    cleanup() {
      opened.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

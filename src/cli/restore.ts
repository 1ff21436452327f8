// `gesprekscoach restore <file>`: puts a backup back as the database, with the service stopped.
// The backup is copied beside the database and the copy checked (it opens with the key, SQLite's
// integrity check, a schema this version knows); only then is the old database moved aside, WAL and
// all (an old WAL beside a new file would be replayed into it), and the copy renamed into its place.
import { copyFileSync, existsSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { expectedMigration } from "../../db/readiness.ts";
import type { Config } from "../config.ts";
import { databaseFile, syncDirectory } from "./backup.ts";
import { FileError, inspect, inUse } from "./database-file.ts";

const SIDE_FILES = ["", "-wal", "-shm"];

export function restore(config: Config, backupFile: string, now: Date = new Date()): string {
  const target = databaseFile(config);
  const key = config.DATABASE_ENCRYPTION_KEY;
  const source = resolve(backupFile);
  if (!existsSync(source)) throw new FileError(`there is no backup at ${source}`);
  if (source === target) throw new FileError(`${source} is the database itself`);
  const dir = dirname(target);
  if (!existsSync(dir)) throw new FileError(`the folder ${dir} does not exist`);
  if (existsSync(target) && inUse(target, key))
    throw new FileError(`${target} is in use (is the service running?); stop it, then restore`);

  const incoming = join(dir, `.${basename(target)}.restoring-${process.pid}`);
  try {
    copyFileSync(source, incoming);
    const { migration, conversations } = inspect(incoming, key, source);
    let aside = "";
    if (existsSync(target)) {
      aside = `${target}.replaced-${now.toISOString().replace(/[:.]/g, "-")}`;
      for (const suffix of SIDE_FILES)
        if (existsSync(target + suffix)) renameSync(target + suffix, aside + suffix);
    } else {
      for (const suffix of SIDE_FILES.slice(1)) rmSync(target + suffix, { force: true });
    }
    renameSync(incoming, target);
    syncDirectory(dir);
    const behind =
      migration === expectedMigration.tag ? "" : `; serve applies the migrations after it at start`;
    return `restored ${source} as ${target}: ${conversations} conversations, migration ${migration}${behind}${
      aside ? `; the database it replaced is at ${aside}` : ""
    }`;
  } finally {
    rmSync(incoming, { force: true });
  }
}

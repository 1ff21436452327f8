// `gesprekscoach backup <file>`: a consistent copy of the database file while the service runs.
// VACUUM INTO reads one snapshot (WAL lets the service go on writing meanwhile), so the copy holds
// every answer committed before it started and none half; with DATABASE_ENCRYPTION_KEY set, the copy
// is encrypted with the same key. It is written under a temporary name, checked, and only then
// renamed into place, so a file by the given name is always a whole, sound backup.
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { filePath } from "../../db/libsql.ts";
import type { Config } from "../config.ts";
import { FileError, inspect, openFile } from "./database-file.ts";

/** The database file the configuration names; backups and restores are of files only. */
export function databaseFile(config: Config): string {
  const path = filePath(config.DATABASE_URL);
  if (path === undefined)
    throw new FileError(
      "DATABASE_URL is not a database file: back up Turso with its point-in-time restore or `turso db shell <db> .dump`, and D1 with Time Travel (see README, Backups)",
    );
  return resolve(path);
}

/** Makes a rename durable: the directory entry itself is flushed. */
export function syncDirectory(dir: string): void {
  const fd = openSync(dir, "r");
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function backup(config: Config, target: string): string {
  const source = databaseFile(config);
  const key = config.DATABASE_ENCRYPTION_KEY;
  const destination = resolve(target);
  if (!existsSync(source)) throw new FileError(`there is no database at ${source}`);
  if (existsSync(destination))
    throw new FileError(`${destination} already exists; a backup never overwrites`);
  // A backup folder of its own is the usual place: made when it is not there yet.
  mkdirSync(dirname(destination), { recursive: true });
  const partial = join(dirname(destination), `.${basename(destination)}.partial-${process.pid}`);
  try {
    const db = openFile(source, key);
    try {
      db.prepare("VACUUM INTO ?").run(partial);
    } finally {
      db.close();
    }
    const { migration, conversations } = inspect(partial, key, `the copy of ${source}`);
    const fd = openSync(partial, "r+");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, destination);
    syncDirectory(dirname(destination));
    const bytes = statSync(destination).size;
    return `backup written to ${destination}: ${conversations} conversations, migration ${migration}, ${bytes} bytes${key ? ", encrypted with DATABASE_ENCRYPTION_KEY" : ""}`;
  } finally {
    rmSync(partial, { force: true });
  }
}

// vitest global setup of the edge project: `wrangler d1 migrations apply --local` once per run into a
// template folder, which every test Worker then starts from as a copy (a migration run costs wrangler
// about 4 s of CPU; a copy, nothing). The migration runs while the first test files start; it renames
// its folder to `ready` when it is done (or leaves `failed` with wrangler's output), and
// `migratedD1()` waits for that.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, watch, writeFileSync } from "node:fs";
import { join } from "node:path";
import { inject } from "vitest";
import type { TestProject } from "vitest/node";
import { tempDir } from "./database.ts";

export const EDGE_CONFIG = "test/edge/wrangler.toml";
export const WRANGLER = "node_modules/.bin/wrangler";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder where the migrated local D1 appears as `ready` (or `failed`). */
    localD1: string;
  }
}

export default function migrateOnce(project: TestProject): () => Promise<void> {
  const dir = tempDir("gesprekscoach-d1-template-");
  const work = join(dir, "migrating");
  mkdirSync(work);
  const child = spawn(
    WRANGLER,
    ["d1", "migrations", "apply", "DB", "--local", "--config", EDGE_CONFIG, "--persist-to", work],
    {
      env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const done = new Promise<void>((resolve) => {
    child.on("close", (code) => {
      if (code === 0) renameSync(work, join(dir, "ready"));
      else writeFileSync(join(dir, "failed"), `d1 migrations failed (exit ${code}):\n${output}`);
      resolve();
    });
  });
  project.provide("localD1", dir);
  return async () => {
    await done;
    rmSync(dir, { recursive: true, force: true });
  };
}

/** The migrated local D1 folder, once the global setup's migration has ended. */
export function migratedD1(): Promise<string> {
  const dir = inject("localD1");
  const ready = join(dir, "ready");
  const failed = join(dir, "failed");
  return new Promise((resolve, reject) => {
    const check = () => {
      if (existsSync(ready)) {
        watcher.close();
        resolve(ready);
      } else if (existsSync(failed)) {
        watcher.close();
        reject(new Error(readFileSync(failed, "utf8")));
      }
    };
    const watcher = watch(dir, check);
    check();
  });
}

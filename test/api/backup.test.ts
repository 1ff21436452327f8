// `gesprekscoach backup` and `restore` against the real server: a backup taken while eight clients
// keep answering holds every turn acknowledged before it started and passes SQLite's integrity check;
// with DATABASE_ENCRYPTION_KEY the copy is encrypted with that key; restore refuses while the server
// runs and refuses unsound files, and once the server is stopped puts the backup back.
import { closeSync, copyFileSync, existsSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { openFile } from "../../src/cli/database-file.ts";
import type { ConversationState } from "../../src/engine/types.ts";
import { cliBin } from "../support/built.ts";
import { tempDir } from "../support/database.ts";
import { call } from "../support/http.ts";
import { run } from "../support/processes.ts";
import { type ProductServer, startProductServer } from "../support/product-server.ts";

const KEY = "backup-test-key-0123456789abcdef";
const limits = { RATE_LIMIT_CREATES: "1000", RATE_LIMIT_TURNS: "100000" };

let server: ProductServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

interface Conversation {
  id: string;
  token: string;
  version: number;
}

async function conversation(base: string): Promise<Conversation> {
  const created = await call<{ id: string; token: string }>(base, "POST", "/api/conversations", {
    body: { flow: "reflectie" },
  });
  expect(created.status).toBe(201);
  const c = { id: created.body.id, token: created.body.token, version: 0 };
  for (const [k, choice] of ["nl", "NL", "ja"].entries()) {
    const r = await call<{ state: ConversationState }>(base, "POST", `/api/conversations/${c.id}/turns`, {
      token: c.token,
      body: { turnId: `setup-${c.id.slice(0, 8)}-${k}`, answer: { choice } },
    });
    c.version = r.body.state.version;
  }
  return c;
}

/** One answer (or, every other time, back to the same question); the turnId once it was acknowledged. */
async function answer(base: string, c: Conversation, n: number, text: string): Promise<string | undefined> {
  const turnId = `load-${c.id.slice(0, 8)}-${n}`;
  const r = await call<{ state: ConversationState }>(base, "POST", `/api/conversations/${c.id}/turns`, {
    token: c.token,
    body: { turnId, answer: n % 2 === 0 ? { text } : { command: "back" }, version: c.version },
  });
  if (r.status !== 200) return undefined;
  c.version = r.body.state.version;
  return turnId;
}

const cli = (args: string[], env: Record<string, string>) => run("node", [cliBin, ...args], env);

function turnIdsIn(path: string, key?: string): Set<string> {
  const db = openFile(path, key);
  try {
    const integrity = db.prepare("PRAGMA integrity_check").raw(true).all() as unknown[][];
    expect(integrity).toEqual([["ok"]]);
    const rows = db.prepare("select turn_id from events").raw(true).all() as unknown[][];
    return new Set(rows.map((row) => String(row[0])));
  } finally {
    db.close();
  }
}

describe("backup", () => {
  it("copies a running server's database with every turn acknowledged before it started", async () => {
    server = await startProductServer(limits);
    const { base, dbUrl } = server;
    const clients = await Promise.all(Array.from({ length: 8 }, () => conversation(base)));
    const acknowledged: string[] = [];
    let backingUp: Promise<Awaited<ReturnType<typeof cli>>> | undefined;
    let before: string[] = [];
    let done = false;
    const target = join(tempDir(), "backup.db");
    const drive = async (c: Conversation) => {
      for (let n = 0; !done; n++) {
        const turnId = await answer(base, c, n, `antwoord ${n}`);
        if (!turnId) continue;
        acknowledged.push(turnId);
        if (acknowledged.length === 120 && !backingUp) {
          // Everything acknowledged so far must be in the copy; the load goes on meanwhile.
          before = [...acknowledged];
          backingUp = cli(["backup", target], { DATABASE_URL: dbUrl });
          void backingUp.finally(() => {
            done = true;
          });
        }
      }
    };
    await Promise.all(clients.map(drive));
    const result = await (backingUp ?? Promise.reject(new Error("the backup never started")));
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(
      /^gesprekscoach: backup written to .*backup\.db: 8 conversations, migration \d{4}_\w+/,
    );
    const copied = turnIdsIn(target);
    expect(before.filter((turnId) => !copied.has(turnId))).toEqual([]);
    // The server went on unharmed.
    expect((await call(base, "GET", "/ready")).status).toBe(200);
  });

  it("encrypts the copy with DATABASE_ENCRYPTION_KEY, and refuses to overwrite or to copy nothing", async () => {
    server = await startProductServer({ ...limits, DATABASE_ENCRYPTION_KEY: KEY });
    const env = { DATABASE_URL: server.dbUrl, DATABASE_ENCRYPTION_KEY: KEY };
    const c = await conversation(server.base);
    const marker = "mijn-eigen-geheime-doel";
    expect(await answer(server.base, c, 0, marker)).toBeDefined();
    // In a folder that is not there yet: backup makes it.
    const target = join(tempDir(), "backups", "secret.db");
    const result = await cli(["backup", target], env);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain("encrypted with DATABASE_ENCRYPTION_KEY");
    expect(readFileSync(target).includes(marker)).toBe(false);
    expect(() => turnIdsIn(target)).toThrow(/not a database/);
    expect(turnIdsIn(target, KEY).has(`load-${c.id.slice(0, 8)}-0`)).toBe(true);

    const again = await cli(["backup", target], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^gesprekscoach: .*already exists; a backup never overwrites\n$/);
    const missing = await cli(["backup", join(tempDir(), "x.db")], {
      DATABASE_URL: `file:${join(tempDir(), "none.db")}`,
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^gesprekscoach: there is no database at /);
    const remote = await cli(["backup", join(tempDir(), "x.db")], {
      DATABASE_URL: "libsql://coach.example.turso.io",
    });
    expect(remote.code).toBe(1);
    expect(remote.stderr).toMatch(/not a database file: back up Turso with/);
    expect((await cli(["backup"], env)).code).toBe(2);
    expect((await cli(["backup", "a.db", "b.db"], env)).code).toBe(2);
  });
});

describe("restore", () => {
  it("refuses while the server runs and refuses unsound files; stopped, it puts the backup back", async () => {
    server = await startProductServer(limits);
    const { base, dbUrl } = server;
    const env = { DATABASE_URL: dbUrl };
    const kept = await conversation(base);
    const dir = tempDir();
    const backupFile = join(dir, "kept.db");
    expect((await cli(["backup", backupFile], env)).code).toBe(0);
    const later = await conversation(base);

    const running = await cli(["restore", backupFile], env);
    expect(running.code).toBe(1);
    expect(running.stderr).toMatch(/is in use \(is the service running\?\); stop it, then restore\n$/);

    await server.child.stop();
    const junk = join(dir, "junk.db");
    copyFileSync(cliBin, junk);
    const notDb = await cli(["restore", junk], env);
    expect(notDb.code).toBe(1);
    expect(notDb.stderr).toContain(`${junk} is not a database`);
    const damaged = join(dir, "damaged.db");
    copyFileSync(backupFile, damaged);
    const fd = openSync(damaged, "r+");
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 5);
    closeSync(fd);
    const broken = await cli(["restore", damaged], env);
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/integrity check|cannot be read/);
    expect((await cli(["restore", join(dir, "none.db")], env)).code).toBe(1);
    expect((await cli(["restore"], env)).code).toBe(2);

    const restored = await cli(["restore", backupFile], env);
    expect(restored.code, restored.stderr).toBe(0);
    expect(restored.stdout).toMatch(
      /restored .*kept\.db as .*: 1 conversations, .*the database it replaced is at /,
    );
    const aside = restored.stdout.match(/replaced is at (\S+)\n/)?.[1] ?? "";
    expect(existsSync(aside)).toBe(true);

    // The server starts on the restored database: what the backup held is there, what came later is not.
    await server.restart();
    const read = (c: Conversation) => call(base, "GET", `/api/conversations/${c.id}`, { token: c.token });
    expect((await read(kept)).status).toBe(200);
    expect((await read(later)).status).toBe(401);
    rmSync(dir, { recursive: true, force: true });
  });
});

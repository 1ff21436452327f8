// The product server when its storage fails under it, for real, and recovers without a restart:
// - disk full: the database lives on a 16 MiB tmpfs in the server's own mount namespace
//   (unshare -m), filled and then freed from inside it (nsenter);
// - read-only: the database file and its WAL are made immutable (chattr +i). Tests run as root, and
//   root ignores file modes (chmod 444 changes nothing for it, and on Linux an open file stays
//   writable whatever its mode becomes), but not the immutable flag: every write then fails with EPERM.
// - busy: another process holds the write lock longer than the server waits for it (5 s);
// - unreachable: a remote libsql server (sqld, as Turso) stopped and started again on its port.
// All answer 503 with Retry-After and code unavailable, /ready says why, and the next write after the
// cause is gone is stored (201). Where the machine cannot mount or set the flag (no root, no ext4),
// those two tests are skipped.
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cliBin } from "../support/built.ts";
import { tempDir } from "../support/database.ts";
import { call } from "../support/http.ts";
import { type Child, freePort, start, waitForOutput } from "../support/processes.ts";
import { ensureSqld } from "../support/sqld.ts";

const works = (command: string, args: string[]) => spawnSync(command, args, { stdio: "ignore" }).status === 0;

const canMount = works("unshare", ["-m", "--propagation", "private", "sh", "-c", "mount -t tmpfs none /mnt"]);
const canChattr = (() => {
  const dir = tempDir();
  const probe = join(dir, "probe");
  writeFileSync(probe, "x");
  const ok = works("chattr", ["+i", probe]);
  if (ok) works("chattr", ["-i", probe]);
  rmSync(dir, { recursive: true, force: true });
  return ok;
})();

const folders: string[] = [];
/** A temporary folder, removed after the test once the server has stopped. */
function scratch(prefix?: string): string {
  const dir = tempDir(prefix);
  folders.push(dir);
  return dir;
}

let server: Child | undefined;
const undo: (() => void)[] = [];
afterEach(async () => {
  for (const step of undo.splice(0).reverse()) step();
  await server?.stop();
  server = undefined;
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function serve(
  dir: string | URL,
  wrap: (args: string[]) => [string, string[]] = (args) => ["node", args],
) {
  const port = await freePort();
  const [command, args] = wrap([cliBin, "serve"]);
  const url = dir instanceof URL ? dir.href.replace(/\/$/, "") : `file:${join(dir, "coach.db")}`;
  server = start(command, args, { PORT: String(port), DATABASE_URL: url });
  await waitForOutput(server, /http:\/\/localhost:\d+\//);
  return `http://127.0.0.1:${port}`;
}

const create = (base: string) => call(base, "POST", "/api/conversations", { body: { flow: "reflectie" } });

function expectUnavailable(reply: Awaited<ReturnType<typeof call>>, kind: RegExp) {
  expect(reply.status).toBe(503);
  expect(Number(reply.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(reply.body).toMatchObject({ error: { code: "unavailable", message: expect.stringMatching(kind) } });
}

describe("storage outages", () => {
  it.skipIf(!canMount)(
    "a full disk gives 503 and /ready says so; freed, the next write is stored",
    async () => {
      const dir = scratch();
      const data = join(dir, "data");
      mkdirSync(data);
      const base = await serve(data, (args) => [
        "unshare",
        [
          "-m",
          "--propagation",
          "private",
          "sh",
          "-c",
          `mount -t tmpfs -o size=16m tmpfs "${data}" && exec node "$@"`,
          "sh",
          ...args,
        ],
      ]);
      const pid = String(server?.process.pid);
      const inside = (script: string) => spawnSync("nsenter", ["-t", pid, "-m", "sh", "-c", script]);
      expect((await create(base)).status).toBe(201);

      // Fills every byte left (cat stops at ENOSPC); the database keeps the space it already had.
      inside(`cat /dev/zero > "${data}/filler"`);
      let full: Awaited<ReturnType<typeof call>> | undefined;
      // A write may still fit in pages SQLite had already taken; the next ones cannot.
      for (let i = 0; i < 20 && full === undefined; i++) {
        const reply = await create(base);
        expect(reply.status, JSON.stringify(reply.body)).not.toBe(500);
        if (reply.status !== 201) full = reply;
      }
      if (!full) throw new Error("twenty conversations fitted on a full disk");
      expectUnavailable(full, /full/);
      const ready = await call(base, "GET", "/ready");
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ ok: false, check: "write", reason: expect.stringMatching(/full/) });

      inside(`rm "${data}/filler"`);
      expect((await create(base)).status).toBe(201);
      expect((await call(base, "GET", "/ready")).status).toBe(200);
      expect(server?.output()).not.toMatch(/"level":"error","msg":"unhandled error"/);
    },
  );

  it.skipIf(!canChattr)(
    "a file that cannot be written gives 503; writable again, the next write is stored",
    async () => {
      const dir = scratch();
      chmodSync(dir, 0o755);
      const base = await serve(dir);
      const first = (await create(base)) as Awaited<ReturnType<typeof call<{ id: string; token: string }>>>;
      expect(first.status).toBe(201);
      const files = ["coach.db", "coach.db-wal"].map((name) => join(dir, name));
      execFileSync("chattr", ["+i", ...files]);
      undo.push(() => works("chattr", ["-i", ...files]));

      const refused = await create(base);
      expectUnavailable(refused, /cannot be written/);
      const ready = await call(base, "GET", "/ready");
      expect(ready.status).toBe(503);
      expect(ready.body).toMatchObject({ ok: false, check: "write" });
      // What is stored can still be read meanwhile.
      const { id, token } = first.body;
      expect((await call(base, "GET", `/api/conversations/${id}`, { token })).status).toBe(200);

      execFileSync("chattr", ["-i", ...files]);
      const again = await create(base);
      expect(again.status).toBe(201);
      expect((await call(base, "GET", "/ready")).status).toBe(200);
      expect(server?.output()).toMatch(/"msg":"storage unavailable"[^\n]*"code":"SQLITE_IOERR_WRITE"/);
    },
  );

  it("a remote database that stops answering gives 503; back on its port, the next write is stored", async () => {
    const sqld = ensureSqld();
    const dir = scratch("gesprekscoach-sqld-");
    const sqldPort = await freePort();
    const startSqld = async () => {
      const child = start(sqld, ["--http-listen-addr", `127.0.0.1:${sqldPort}`, "--db-path", `${dir}/data`]);
      await waitForOutput(child, /autocheckpoint/i);
      return child;
    };
    let remote = await startSqld();
    undo.push(() => void remote.stop());
    const base = await serve(new URL(`http://127.0.0.1:${sqldPort}`));
    expect((await create(base)).status).toBe(201);

    await remote.stop();
    expectUnavailable(await create(base), /cannot be reached/);
    const ready = await call(base, "GET", "/ready");
    expect(ready.status).toBe(503);
    expect(ready.body).toMatchObject({ ok: false, check: "database" });

    remote = await startSqld();
    expect((await create(base)).status).toBe(201);
    expect((await call(base, "GET", "/ready")).status).toBe(200);
  });

  it("a write lock another process keeps gives 503 busy; released, the next write is stored", async () => {
    const dir = scratch();
    const base = await serve(dir);
    expect((await create(base)).status).toBe(201);
    const libsql = createRequire(import.meta.url).resolve("libsql");
    const holder = start("node", [
      "-e",
      `const D = require(${JSON.stringify(libsql)}); const db = new D(${JSON.stringify(join(dir, "coach.db"))});
       db.exec("BEGIN IMMEDIATE"); console.log("locked"); setInterval(() => {}, 1000);`,
    ]);
    undo.push(() => void holder.stop());
    await waitForOutput(holder, /locked/);
    expectUnavailable(await create(base), /busy/);
    await holder.stop();
    expect((await create(base)).status).toBe(201);
  });
});

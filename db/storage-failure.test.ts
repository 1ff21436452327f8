// storageFailure on real driver errors where this machine can make them (a lock held by another
// connection, a folder the database cannot write in, a closed port), and on D1's messages as D1
// words them; bugs and refused statements stay bugs.
import { execFileSync } from "node:child_process";
import { chmodSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createClient } from "@libsql/client";
import { sql } from "drizzle-orm";
import { drizzle } from "drizzle-orm/libsql";
import Database from "libsql";
import { describe, expect, it } from "vitest";
import { tempDir } from "../test/support/database.ts";
import { freePort } from "../test/support/processes.ts";
import { createFileClient } from "./file-client.ts";
import { storageFailure } from "./storage-failure.ts";

async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("storageFailure", () => {
  it("a write waiting on another connection's lock is busy, with the driver's code and message", async () => {
    const path = join(tempDir(), "busy.db");
    const client = createFileClient(path, { busyTimeoutMs: 20 });
    await client.execute("create table t (x text)");
    const holder = new Database(path);
    holder.exec("BEGIN IMMEDIATE");
    try {
      const error = await rejection(() =>
        drizzle(client).run(sql`insert into t values (${"geheim antwoord"})`),
      );
      const failure = storageFailure(error);
      expect(failure).toMatchObject({ kind: "busy", cause: { code: "SQLITE_BUSY" } });
      expect(failure?.retryAfter).toBeGreaterThan(0);
      // drizzle's wrapper lists the parameters: nothing of it is kept.
      expect(JSON.stringify(failure)).not.toContain("geheim");
    } finally {
      holder.exec("ROLLBACK");
      holder.close();
      client.close();
    }
  });

  it("a database in a folder it may not write in is read-only (libsql's unnamed code by number)", () => {
    const parent = tempDir();
    chmodSync(parent, 0o755);
    const dir = join(parent, "locked");
    mkdirSync(dir);
    const path = join(dir, "ro.db");
    const setup = new Database(path);
    setup.exec("create table t (x)");
    setup.close();
    chmodSync(dir, 0o555);
    // Root ignores modes: the attempt runs as nobody.
    const script = `const D = require(${JSON.stringify(createRequire(import.meta.url).resolve("libsql"))});
      try { new D(${JSON.stringify(path)}).exec("PRAGMA journal_mode = WAL"); }
      catch (e) { process.stdout.write(JSON.stringify({ name: e.name, code: e.code, rawCode: e.rawCode, message: e.message })); }`;
    let out: string;
    try {
      out = execFileSync(
        "setpriv",
        ["--reuid=65534", "--regid=65534", "--clear-groups", "node", "-e", script],
        {
          encoding: "utf8",
        },
      );
    } finally {
      chmodSync(dir, 0o755);
    }
    const seen = JSON.parse(out) as { name: string; code: string; rawCode: number; message: string };
    const error = Object.assign(new Error(seen.message), seen);
    expect(storageFailure(error)).toMatchObject({
      kind: "read_only",
      cause: { code: expect.stringMatching(/^SQLITE_READONLY/) },
    });
  });

  it("a remote database nobody listens for is unreachable, named by the socket's code", async () => {
    const port = await freePort();
    const client = createClient({ url: `http://127.0.0.1:${port}` });
    try {
      const error = await rejection(() => drizzle(client).run(sql`select ${"geheim"}`));
      const failure = storageFailure(error);
      expect(failure).toMatchObject({ kind: "unreachable", cause: { code: "ECONNREFUSED" } });
      expect(JSON.stringify(failure)).not.toContain("geheim");
    } finally {
      client.close();
    }
  });

  it("a database file that cannot be opened is unreachable (libsql says so only in its message)", () => {
    const error = new Error(
      'ConnectionFailed("Unable to open connection to local database /srv/data/gesprekscoach.db: 14")',
    );
    expect(storageFailure(error)).toMatchObject({ kind: "unreachable", cause: { code: "SQLITE_CANTOPEN" } });
  });

  it("a database without its tables is not migrated", async () => {
    const client = createFileClient(join(tempDir(), "empty.db"));
    try {
      const error = await rejection(() => client.execute("select * from conversations"));
      expect(storageFailure(error)?.kind).toBe("not_migrated");
    } finally {
      client.close();
    }
  });

  it("reads D1's messages, which carry no code", () => {
    const d1 = (message: string) => storageFailure(new Error(message))?.kind;
    expect(d1("D1_ERROR: database or disk is full: SQLITE_FULL")).toBe("full");
    expect(d1("D1_ERROR: Exceeded maximum DB size")).toBe("full");
    expect(d1("D1 DB is overloaded. Requests queued for too long.")).toBe("busy");
    expect(d1("Network connection lost.")).toBe("unreachable");
    expect(d1("D1_ERROR: attempt to write a readonly database: SQLITE_READONLY")).toBe("read_only");
    expect(d1("D1_ERROR: no such table: conversations: SQLITE_ERROR")).toBe("not_migrated");
  });

  it("leaves bugs and refused statements alone", async () => {
    expect(storageFailure(new TypeError("x.map is not a function"))).toBeUndefined();
    expect(storageFailure("a string")).toBeUndefined();
    const client = createFileClient(join(tempDir(), "unique.db"));
    try {
      await client.execute("create table t (x text unique)");
      await client.execute("insert into t values ('a')");
      const duplicate = await rejection(() => client.execute("insert into t values ('a')"));
      expect(storageFailure(duplicate)).toBeUndefined();
      const syntax = await rejection(() => client.execute("selec 1"));
      expect(storageFailure(syntax)).toBeUndefined();
    } finally {
      client.close();
    }
  });
});

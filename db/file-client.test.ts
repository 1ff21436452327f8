// The file client on a real database file: writes of one event-loop turn share a transaction, yet
// each lands or fails on its own; reads are never held up by a group; a write is on disk (visible to
// another connection) by the time its promise resolves; rows look as @libsql/client makes them.
import { copyFileSync, existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { type Client, createClient, LibsqlError } from "@libsql/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDir } from "../test/support/database.ts";
import { createFileClient, MAX_GROUP } from "./file-client.ts";

let path: string;
let client: Client;
let other: Client;
let groups: number[];

beforeEach(async () => {
  path = join(tempDir(), "file.db");
  groups = [];
  client = createFileClient(path, { onGroup: (writes) => groups.push(writes) });
  await client.execute("create table items (id integer primary key, name text not null unique, n integer)");
  groups = [];
  other = createClient({ url: `file:${path}` });
});
afterEach(() => {
  client.close();
  other.close();
});

const insert = (name: string) => ({ sql: "insert into items (name) values (?)", args: [name] });
const names = async () =>
  (await other.execute("select name from items order by id")).rows.map((row) => String(row.name));

describe("createFileClient", () => {
  it("writes of one event-loop turn share one transaction, and each caller gets its own result", async () => {
    const results = await Promise.all(["a", "b", "c"].map((name) => client.execute(insert(name))));
    expect(results.map((r) => Number(r.lastInsertRowid))).toEqual([1, 2, 3]);
    expect(results.map((r) => r.rowsAffected)).toEqual([1, 1, 1]);
    expect(groups).toEqual([3]);
    // Resolved means committed: a separate connection sees every row.
    expect(await names()).toEqual(["a", "b", "c"]);
  });

  it("a failing write is undone alone; the rest of its group is committed", async () => {
    const results = await Promise.allSettled([
      client.execute(insert("a")),
      client.batch([insert("b"), insert("a")]),
      client.execute(insert("a")),
      client.execute(insert("c")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "rejected", "fulfilled"]);
    const refused = results[1];
    expect(refused?.status === "rejected" && String(refused.reason)).toMatch(/UNIQUE constraint failed/);
    // The batch is atomic on its own: its first insert ("b") is gone with the failing second one.
    expect(await names()).toEqual(["a", "c"]);
    expect(groups).toEqual([4]);
  });

  it("a failure that ends the whole transaction fails the whole group, and nothing of it is stored", async () => {
    // RAISE(ROLLBACK) ends the transaction, as a full disk or an I/O error would.
    await client.execute(`create trigger boom before insert on items when new.name = 'boom'
      begin select raise(rollback, 'boom'); end`);
    const results = await Promise.allSettled([
      client.execute(insert("a")),
      client.execute(insert("boom")),
      client.execute(insert("c")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect(await names()).toEqual([]);
    await client.execute(insert("d"));
    expect(await names()).toEqual(["d"]);
  });

  it("reads answer from their own connection and see only what is committed", async () => {
    await client.execute(insert("a"));
    const write = client.execute(insert("b"));
    const read = await client.execute("select count(*) as n from items");
    expect(Number(read.rows[0]?.n)).toBe(1);
    await write;
    expect(Number((await client.execute("select count(*) as n from items")).rows[0]?.n)).toBe(2);
  });

  it("writes from a later turn form the next group", async () => {
    const first = client.execute(insert("a"));
    await new Promise((resolve) => setImmediate(resolve));
    const second = client.execute(insert("b"));
    await Promise.all([first, second]);
    expect(groups).toEqual([1, 1]);
    expect(await names()).toEqual(["a", "b"]);
  });

  it(`splits a burst into transactions of at most ${MAX_GROUP} writes`, async () => {
    const n = MAX_GROUP * 2 + 1;
    await Promise.all(Array.from({ length: n }, (_, i) => client.execute(insert(`n${i}`))));
    expect(groups).toEqual([MAX_GROUP, MAX_GROUP, 1]);
    expect(await names()).toHaveLength(n);
  });

  it("returns rows as @libsql/client does: by index and by name, integers as numbers", async () => {
    await client.execute({ sql: "insert into items (name, n) values (?, ?)", args: ["a", 42] });
    const mine = await client.execute("select id, name, n from items");
    const theirs = await other.execute("select id, name, n from items");
    expect(mine.columns).toEqual(theirs.columns);
    expect(mine.columnTypes).toEqual(theirs.columnTypes);
    expect(mine.rows.map((row) => [row[0], row[1], row[2], row.id, row.name, row.n, row.length])).toEqual(
      theirs.rows.map((row) => [row[0], row[1], row[2], row.id, row.name, row.n, row.length]),
    );
    expect(Object.keys(mine.rows[0] ?? {})).toEqual(["id", "name", "n"]);
    // RETURNING goes through the group and still returns its rows.
    const returned = await client.execute({ sql: "update items set n = n + 1 returning n", args: [] });
    expect(returned.rows.map((row) => row.n)).toEqual([43]);
  });

  it("prepares its kept statements again after the schema changed", async () => {
    await client.execute(insert("a"));
    const before = await client.execute("select * from items");
    expect(before.columns).toEqual(["id", "name", "n"]);
    await client.execute("alter table items add column note text");
    await client.execute({ sql: "update items set note = ?", args: ["x"] });
    const after = await client.execute("select * from items");
    expect(after.columns).toEqual(["id", "name", "n", "note"]);
    expect(after.rows[0]?.note).toBe("x");
  });

  it("undoes a failing write whole, even a statement under OR FAIL that wrote rows before failing", async () => {
    await client.execute(insert("a"));
    const failing = "insert or fail into items (name) values ('q1'), ('a')";
    await expect(client.batch([failing])).rejects.toThrow(/UNIQUE constraint failed/);
    await expect(client.execute(failing)).rejects.toThrow(/UNIQUE constraint failed/);
    expect(await names()).toEqual(["a"]);
  });

  it("reports errors as @libsql/client does: LibsqlError with base and extended code", async () => {
    await client.execute(insert("a"));
    const refused = await client.execute(insert("a")).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(LibsqlError);
    expect(refused).toMatchObject({ code: "SQLITE_CONSTRAINT", extendedCode: "SQLITE_CONSTRAINT_UNIQUE" });
    const unread = await client.execute("select nothing from items").catch((error: unknown) => error);
    expect(unread).toMatchObject({ code: "SQLITE_ERROR" });
  });

  it("a read batch takes only reads, and a write in it changes nothing", async () => {
    await expect(client.batch([insert("a")], "read")).rejects.toThrow(/only statements that read/);
    expect(await names()).toEqual([]);
    const [count] = await client.batch(["select count(*) as n from items"], "read");
    expect(Number(count?.rows[0]?.n)).toBe(0);
  });

  it("a setting PRAGMA reaches both connections", async () => {
    await client.execute("create table parents (id integer primary key)");
    await client.execute(
      "create table children (id integer primary key, parent integer not null references parents(id))",
    );
    await client.execute("PRAGMA foreign_keys = ON");
    expect(Number((await client.execute("PRAGMA foreign_keys")).rows[0]?.[0])).toBe(1);
    await expect(client.execute("insert into children (parent) values (7)")).rejects.toThrow(/FOREIGN KEY/);
  });

  it("a hook that throws does not stop later writes", async () => {
    const throwing = createFileClient(path, {
      onGroup: () => {
        throw new Error("hook");
      },
    });
    try {
      await throwing.execute(insert("a")).catch(() => undefined);
      await throwing.execute(insert("b")).catch(() => undefined);
      expect(await names()).toEqual(["a", "b"]);
    } finally {
      throwing.close();
    }
  });

  it("refuses transaction statements, since a batch is the way to write atomically here", async () => {
    await expect(client.execute("BEGIN")).rejects.toThrow(/batch/);
    await expect(client.transaction("write")).rejects.toThrow(/batch/);
    await expect(client.executeMultiple("insert into items (name) values ('x');")).rejects.toThrow(/batch/);
    expect(await names()).toEqual([]);
  });

  it("writes what is queued when it closes, then refuses more", async () => {
    const pending = client.execute(insert("a"));
    client.close();
    await pending;
    expect(await names()).toEqual(["a"]);
    await expect(client.execute(insert("b"))).rejects.toThrow(/closed/);
  });

  it("folds the WAL into the file when it closes, so the file alone is the whole database", async () => {
    other.close();
    await Promise.all(["a", "b", "c"].map((name) => client.execute(insert(name))));
    client.close();
    const wal = `${path}-wal`;
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0);
    const copy = join(tempDir(), "copy.db");
    copyFileSync(path, copy);
    const alone = createClient({ url: `file:${copy}` });
    try {
      const rows = await alone.execute("select name from items order by id");
      expect(rows.rows.map((row) => String(row.name))).toEqual(["a", "b", "c"]);
    } finally {
      alone.close();
    }
  });
});

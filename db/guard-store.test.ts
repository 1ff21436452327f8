// The stores' guard: a driver's outage or refused statement leaves db/ as a StorageError with the
// driver's own words and never the query's parameters; any other error, and any result, passes as it is.
import { LibsqlError } from "@libsql/client";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { StorageError, storageErrorIn, storageFailureOf } from "../src/storage-error.ts";
import { tempDatabase } from "../test/support/database.ts";
import { asStorageError, guardStore } from "./guard-store.ts";
import { createPracticeRepository } from "./practice-repository.ts";

const full = () => new LibsqlError("database or disk is full", "SQLITE_FULL", "SQLITE_FULL", 13);
const wrapped = (cause: Error) =>
  new Error("Failed query: insert ... params: mijn-geheime-antwoord", { cause });

async function rejection(run: () => Promise<unknown>): Promise<unknown> {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail");
}

describe("guardStore", () => {
  it("turns an outage under drizzle's wrapper into a StorageError with the driver's words", async () => {
    const store = guardStore({
      save: async (_text: string) => {
        throw wrapped(full());
      },
    });
    const error = await rejection(() => store.save("x"));
    expect(error).toBeInstanceOf(StorageError);
    expect(storageFailureOf(error)).toMatchObject({ kind: "full", cause: { code: "SQLITE_FULL" } });
    const driver = storageErrorIn(error)?.driver;
    expect(driver).toMatchObject({ name: "LibsqlError", code: "SQLITE_FULL" });
    expect(JSON.stringify(driver)).not.toContain("geheime");
    expect((error as Error).message).not.toContain("geheime");
  });

  it("marks a refused statement as a database error that is no outage", () => {
    const duplicate = new LibsqlError(
      "UNIQUE constraint failed: x.y",
      "SQLITE_CONSTRAINT",
      "SQLITE_CONSTRAINT_UNIQUE",
      2067,
    );
    const store = guardStore({
      put: () => {
        throw wrapped(duplicate);
      },
    });
    let error: unknown;
    try {
      store.put();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(StorageError);
    expect(storageFailureOf(error)).toBeUndefined();
    expect(storageErrorIn(error)?.driver).toMatchObject({ code: "SQLITE_CONSTRAINT_UNIQUE" });
  });

  it("lets other errors and every result through unchanged", async () => {
    const mine = new RangeError("not a driver's");
    const store = guardStore({
      fail: async () => {
        throw mine;
      },
      answer: async () => 42,
      now: () => 7,
    });
    expect(await rejection(() => store.fail())).toBe(mine);
    expect(await store.answer()).toBe(42);
    expect(store.now()).toBe(7);
    expect(asStorageError("a string")).toBe("a string");
  });

  it("guards the real repositories: a missing table is reported as storage not migrated", async () => {
    const temp = await tempDatabase();
    try {
      const practices = createPracticeRepository(temp.opened.db);
      await temp.opened.db.run(sql`drop table practices`);
      const error = await rejection(() => practices.list());
      expect(error).toBeInstanceOf(StorageError);
      expect(storageFailureOf(error)?.kind).toBe("not_migrated");
    } finally {
      temp.cleanup();
    }
  });
});

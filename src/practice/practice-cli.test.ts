// `practice add|list|update` read from arguments and run against a real, migrated database: refusals
// change nothing, and a conversation started from a practice's link finds its practice.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPracticeRepository } from "../../db/practice-repository.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { type PracticeCommand, parsePracticeArgs, runPracticeCommand } from "./practice-cli.ts";
import type { PracticeStore } from "./store.ts";

const T0 = 1_800_000_000_000;
let db: TempDatabase;
let store: PracticeStore;
beforeEach(async () => {
  db = await tempDatabase();
  store = createPracticeRepository(db.opened.db);
});
afterEach(() => db.cleanup());

function command(args: string[]): PracticeCommand {
  const parsed = parsePracticeArgs(args);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

const addLinde = [
  "add",
  "--name",
  "Huisartsen De Linde",
  "--region",
  "nl",
  "--out-of-hours",
  "0900-1234",
  "--welcome",
  "Fijn dat je even de tijd neemt.",
];

describe("practice command line", () => {
  it("adds a practice with a slug from its name and lists it with its invitation link", async () => {
    const added = await runPracticeCommand(command(addLinde), store, T0);
    expect(added).toEqual({
      ok: true,
      lines: ["added huisartsen-de-linde\tNL\tHuisartsen De Linde\t0900-1234\t/p/huisartsen-de-linde"],
    });
    const listed = await runPracticeCommand(command(["list"]), store, T0);
    expect(listed.ok && listed.lines).toEqual([
      "huisartsen-de-linde\tNL\tHuisartsen De Linde\t0900-1234\t/p/huisartsen-de-linde",
    ]);
    expect((await store.bySlug("huisartsen-de-linde"))?.welcome).toBe("Fijn dat je even de tijd neemt.");
  });

  it("refuses a second practice with the same slug and keeps the first", async () => {
    await runPracticeCommand(command(addLinde), store, T0);
    const again = await runPracticeCommand(
      command(["add", "--name", "Huisartsen De Linde", "--region", "BE", "--out-of-hours", "1733"]),
      store,
      T0 + 1,
    );
    expect(again).toEqual({
      ok: false,
      error: 'a practice with the slug "huisartsen-de-linde" already exists',
    });
    expect((await store.list()).map((p) => p.region)).toEqual(["NL"]);
  });

  it("updates only the fields given, and an empty welcome removes the line", async () => {
    await runPracticeCommand(command(addLinde), store, T0);
    const updated = await runPracticeCommand(
      command(["update", "huisartsen-de-linde", "--out-of-hours", "088 130 96 70", "--welcome", ""]),
      store,
      T0 + 5,
    );
    expect(updated.ok).toBe(true);
    const practice = await store.bySlug("huisartsen-de-linde");
    expect(practice).toMatchObject({
      name: "Huisartsen De Linde",
      outOfHours: "088 130 96 70",
      welcome: null,
      createdAt: T0,
      updatedAt: T0 + 5,
    });
  });

  it("says so when the slug to update is unknown", async () => {
    const result = await runPracticeCommand(command(["update", "nergens", "--name", "Nergens"]), store, T0);
    expect(result).toEqual({ ok: false, error: 'no practice has the slug "nergens"' });
    expect(await store.list()).toEqual([]);
  });

  it("refuses bad arguments before touching the database", () => {
    const errors = [
      ["add", "--name", "De Linde", "--region", "DE", "--out-of-hours", "0900-1234"],
      ["add", "--name", "De Linde", "--region", "NL", "--out-of-hours", "bel ons"],
      ["add", "--name", "De Linde", "--region", "NL"],
      ["add", "--name", "De Linde", "--region", "NL", "--out-of-hours", "1733", "--slug", "De Linde"],
      ["update", "de-linde"],
      ["update", "de-linde", "--slug", "nieuw"],
      ["update"],
      ["list", "extra"],
      ["remove", "de-linde"],
      ["add", "--colour", "green"],
    ].map((args) => parsePracticeArgs(args));
    for (const parsed of errors) expect(parsed.ok, JSON.stringify(parsed)).toBe(false);
    expect(errors[0]).toMatchObject({ ok: false, error: expect.stringContaining("region") });
    expect(errors[1]).toMatchObject({ ok: false, error: expect.stringContaining("outOfHours") });
    expect(errors[4]).toEqual({ ok: false, error: "nothing to change" });
  });

  it("ties a conversation to the practice whose link started it, and forgets it on request", async () => {
    const practice = await store.add({ name: "Wijkpraktijk Noord", region: "BE", outOfHours: "1733" }, T0);
    await store.linkConversation("c-1", practice.id, T0);
    expect((await store.practiceOf("c-1"))?.slug).toBe("wijkpraktijk-noord");
    expect(await store.practiceOf("c-2")).toBeUndefined();
    await store.unlinkConversation("c-1");
    expect(await store.practiceOf("c-1")).toBeUndefined();
  });
});

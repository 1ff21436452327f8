// `staff invite|list|remove` on a real database: a one-time link stored as a hash, a new link for the
// same person replacing the old one, and removal ending everything of theirs.

import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPracticeRepository } from "../../db/practice-repository.ts";
import { createShareRepository } from "../../db/share-repository.ts";
import { createStaffRepository } from "../../db/staff-repository.ts";
import { type TempDatabase, tempDatabase } from "../../test/support/database.ts";
import { hashToken } from "../engine/token.ts";
import { parseStaffArgs, runStaffCommand, type StaffCommand, type StaffStores } from "./staff-cli.ts";
import type { PracticeStore, StaffStore } from "./store.ts";

const T0 = Date.UTC(2027, 0, 6, 8);
const HOUR = 3_600_000;
let db: TempDatabase;
let practices: PracticeStore;
let staff: StaffStore;
let stores: StaffStores;
beforeEach(async () => {
  db = await tempDatabase();
  practices = createPracticeRepository(db.opened.db);
  staff = createStaffRepository(db.opened.db);
  stores = { practices, staff, shares: createShareRepository(db.opened.db) };
  await practices.add({ name: "Huisartsen De Linde", region: "NL", outOfHours: "0900-1234" }, T0);
});
afterEach(() => db.cleanup());

function command(args: string[]): StaffCommand {
  const parsed = parseStaffArgs(args);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}
const invite = ["invite", "--practice", "huisartsen-de-linde", "--name", "Anna de Vries"];

describe("staff command line", () => {
  it("prints a one-time enrolment link whose token is stored only as a hash, valid 24 hours", async () => {
    const result = await runStaffCommand(
      command([...invite, "--base", "https://coach.example/"]),
      stores,
      T0,
      "http://x",
    );
    if (!result.ok) throw new Error(result.error);
    const token = /^https:\/\/coach\.example\/praktijk\/aanmelden\/([A-Za-z0-9_-]{43})$/.exec(
      result.lines[0] ?? "",
    )?.[1];
    expect(token).toBeDefined();
    const rows = await db.opened.client.execute("select token_hash from staff_invitations");
    expect(rows.rows.map((r) => r.token_hash)).toEqual([hashToken(token ?? "")]);
    expect((await staff.invitation(hashToken(token ?? ""), T0 + 23 * HOUR))?.name).toBe("Anna de Vries");
    expect(await staff.invitation(hashToken(token ?? ""), T0 + 24 * HOUR)).toBeUndefined();
  });

  it("a second invitation for the same person replaces the first link, for the same member", async () => {
    const first = await runStaffCommand(command(invite), stores, T0, "http://x");
    const second = await runStaffCommand(command(invite), stores, T0 + 1, "http://x");
    const tokenOf = (r: typeof first) => (r.ok ? (r.lines[0]?.split("/").pop() ?? "") : "");
    expect(await staff.invitation(hashToken(tokenOf(first)), T0 + 2)).toBeUndefined();
    expect(await staff.invitation(hashToken(tokenOf(second)), T0 + 2)).toBeDefined();
    const listed = await runStaffCommand(
      command(["list", "--practice", "huisartsen-de-linde"]),
      stores,
      T0,
      "",
    );
    expect(listed).toEqual({ ok: true, lines: ["Anna de Vries\tno passkey yet"] });
  });

  it("removes a member and says so; an unknown name or practice is an error that changes nothing", async () => {
    await runStaffCommand(command(invite), stores, T0, "http://x");
    const wrong = await runStaffCommand(
      command(["remove", "--practice", "huisartsen-de-linde", "--name", "Bert"]),
      stores,
      T0,
      "",
    );
    expect(wrong).toEqual({ ok: false, error: 'Huisartsen De Linde has nobody called "Bert"' });
    const elsewhere = await runStaffCommand(command(["list", "--practice", "nergens"]), stores, T0, "");
    expect(elsewhere).toEqual({ ok: false, error: 'no practice has the slug "nergens"' });
    const removed = await runStaffCommand(
      command(["remove", "--practice", "huisartsen-de-linde", "--name", "Anna de Vries"]),
      stores,
      T0,
      "",
    );
    expect(removed.ok).toBe(true);
    expect((await db.opened.client.execute("select count(*) as n from staff_invitations")).rows[0]?.n).toBe(
      0,
    );
    expect((await db.opened.client.execute("select count(*) as n from staff")).rows[0]?.n).toBe(0);
  });

  it("--admin makes an administrator; a new invitation without it takes the role away", async () => {
    const admin = command([...invite, "--admin"]);
    expect(admin).toMatchObject({ kind: "invite", admin: true });
    expect(command(invite)).toMatchObject({ kind: "invite", admin: false });
    const invited = await runStaffCommand(admin, stores, T0, "http://x");
    expect(invited.ok && invited.lines[1]).toContain(
      "Anna de Vries (Huisartsen De Linde), an administrator,",
    );
    const list = command(["list", "--practice", "huisartsen-de-linde"]);
    expect(await runStaffCommand(list, stores, T0, "")).toEqual({
      ok: true,
      lines: ["Anna de Vries\tno passkey yet\tadmin"],
    });
    await runStaffCommand(command(invite), stores, T0 + 1, "http://x");
    expect(await runStaffCommand(list, stores, T0, "")).toEqual({
      ok: true,
      lines: ["Anna de Vries\tno passkey yet"],
    });
    expect((await db.opened.client.execute("select count(*) as n from staff")).rows[0]?.n).toBe(1);
  });

  it("refuses bad arguments", () => {
    for (const args of [
      ["invite", "--practice", "huisartsen-de-linde"],
      ["invite", "--name", "Anna"],
      ["invite", "--practice", "Huisartsen De Linde", "--name", "Anna"],
      ["invite", ...invite.slice(1), "--base", "coach.example"],
      ["list", "--practice", "huisartsen-de-linde", "--name", "Anna"],
      ["promote", "--practice", "huisartsen-de-linde", "--name", "Anna"],
      ["invite", "--practice", "huisartsen-de-linde", "--name", "Anna", "--role", "admin"],
      ["invite", "--practice", "huisartsen-de-linde", "--name", "Anna", "--admin=yes"],
      ["list", "--practice", "huisartsen-de-linde", "--admin"],
      ["remove", "--practice", "huisartsen-de-linde", "--name", "Anna", "--admin"],
    ])
      expect(parseStaffArgs(args).ok, args.join(" ")).toBe(false);
  });
});

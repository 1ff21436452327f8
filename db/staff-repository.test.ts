// The staff store's sweep on a real libsql file: expired enrolment links, expired sign-in sessions and
// stale WebAuthn challenges are deleted, live ones stay and still work (retention, issue 20 item 8).
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { StaffStore } from "../src/practice/store.ts";
import { type TempDatabase, tempDatabase } from "../test/support/database.ts";
import { createPracticeRepository } from "./practice-repository.ts";
import { createStaffRepository } from "./staff-repository.ts";

const NOW = Date.UTC(2027, 0, 6, 12);
const HOUR = 3_600_000;

let db: TempDatabase;
let staff: StaffStore;
let practiceId: string;
beforeEach(async () => {
  db = await tempDatabase();
  staff = createStaffRepository(db.opened.db);
  const practice = await createPracticeRepository(db.opened.db).add(
    { name: "Huisartsen De Linde", region: "NL", outOfHours: "0900-1234" },
    NOW - 48 * HOUR,
  );
  practiceId = practice.id;
});
afterEach(() => db.cleanup());

const keys = async (sql: string) =>
  (await db.opened.client.execute(sql)).rows.map((row) => String(Object.values(row)[0])).sort();

describe("the staff sweep", () => {
  it("deletes expired links, sessions and challenges, and keeps the live ones working", async () => {
    // Links: one expired yesterday, one ran out this very moment, one is valid until tonight.
    const expired = await staff.invite(
      practiceId,
      "Anna de Vries",
      "link-expired",
      NOW - 48 * HOUR,
      NOW - HOUR,
    );
    await staff.invite(practiceId, "Bert Peeters", "link-at-now", NOW - 24 * HOUR, NOW);
    const live = await staff.invite(practiceId, "Carla Jansen", "link-live", NOW - HOUR, NOW + 8 * HOUR);
    await staff.startSession("session-expired", expired.id, NOW - 10 * HOUR, NOW - HOUR);
    await staff.startSession("session-live", live.id, NOW - HOUR, NOW + 8 * HOUR);
    await staff.putChallenge("challenge-stale", "sign-in", null, NOW - 60_000);
    await staff.putChallenge("challenge-live", "register", live.id, NOW + 5 * 60_000);

    expect(await staff.sweep(NOW)).toBe(4);

    expect(await keys("select token_hash from staff_invitations")).toEqual(["link-live"]);
    expect(await keys("select token_hash from staff_sessions")).toEqual(["session-live"]);
    expect(await keys("select challenge from webauthn_challenges")).toEqual(["challenge-live"]);
    expect((await staff.invitation("link-live", NOW))?.id).toBe(live.id);
    expect((await staff.session("session-live", NOW))?.name).toBe("Carla Jansen");
    expect(await staff.takeChallenge("challenge-live", "register", NOW)).toEqual({ staffId: live.id });
    // The members themselves stay: only `staff remove` takes a person away.
    expect((await staff.list(practiceId)).map((m) => m.name)).toEqual([
      "Anna de Vries",
      "Bert Peeters",
      "Carla Jansen",
    ]);
  });

  it("deletes nothing when nothing has expired, and the next sweep finds nothing left", async () => {
    const member = await staff.invite(practiceId, "Anna de Vries", "link", NOW, NOW + 24 * HOUR);
    await staff.startSession("session", member.id, NOW, NOW + 9 * HOUR);
    await staff.putChallenge("challenge", "sign-in", null, NOW + 5 * 60_000);
    expect(await staff.sweep(NOW)).toBe(0);
    expect(await keys("select token_hash from staff_invitations")).toEqual(["link"]);
    expect(await staff.sweep(NOW + 24 * HOUR)).toBe(3);
    expect(await staff.sweep(NOW + 24 * HOUR)).toBe(0);
    expect(await keys("select token_hash from staff_sessions")).toEqual([]);
  });
});

// Staff of a practice, their one-time enrolment links, passkeys (public halves only), WebAuthn
// challenges and sign-in sessions, on drizzle (libsql or D1). Tokens and links are kept as hashes.
import { and, asc, eq, gt, isNull, lte } from "drizzle-orm";
import type { StaffStore, StoredPasskey } from "../src/practice/store.ts";
import { guardStore } from "./guard-store.ts";
import {
  practices,
  staff,
  staffCredentials,
  staffInvitations,
  staffSessions,
  webauthnChallenges,
} from "./schema.ts";
import type { SqlDatabase } from "./sql-database.ts";

/** A staff member's own columns, as every query that returns a StaffMember selects them. */
const memberColumns = {
  id: staff.id,
  practiceId: staff.practiceId,
  name: staff.name,
  createdAt: staff.createdAt,
  admin: staff.admin,
};

export function createStaffRepository(db: SqlDatabase): StaffStore {
  const toPasskey = (row: typeof staffCredentials.$inferSelect): StoredPasskey => ({
    id: row.id,
    staffId: row.staffId,
    publicKey: row.publicKey,
    counter: row.counter,
    transports: row.transports ? row.transports.split(",").filter((t) => t !== "") : [],
  });

  return guardStore({
    async invite(practiceId, name, tokenHash, at, expiresAt, admin = false) {
      const existing = await db
        .select()
        .from(staff)
        .where(and(eq(staff.practiceId, practiceId), eq(staff.name, name)))
        .limit(1);
      const earlierMember = existing[0];
      const member = earlierMember
        ? { ...earlierMember, admin }
        : { id: crypto.randomUUID(), practiceId, name, createdAt: at, admin };
      const link = db
        .insert(staffInvitations)
        .values({ tokenHash, staffId: member.id, expiresAt, usedAt: null });
      // A new link replaces any earlier unused one for the same member.
      const earlier = db.delete(staffInvitations).where(eq(staffInvitations.staffId, member.id));
      if (earlierMember)
        await db.batch([db.update(staff).set({ admin }).where(eq(staff.id, member.id)), earlier, link]);
      else await db.batch([db.insert(staff).values(member), earlier, link]);
      return member;
    },

    async invitation(tokenHash, now) {
      const rows = await db
        .select(memberColumns)
        .from(staffInvitations)
        .innerJoin(staff, eq(staff.id, staffInvitations.staffId))
        .where(
          and(
            eq(staffInvitations.tokenHash, tokenHash),
            isNull(staffInvitations.usedAt),
            gt(staffInvitations.expiresAt, now),
          ),
        )
        .limit(1);
      return rows[0];
    },

    async enrol(tokenHash, passkey, now) {
      const [used] = await db.batch([
        db
          .update(staffInvitations)
          .set({ usedAt: now })
          .where(
            and(
              eq(staffInvitations.tokenHash, tokenHash),
              eq(staffInvitations.staffId, passkey.staffId),
              isNull(staffInvitations.usedAt),
              gt(staffInvitations.expiresAt, now),
            ),
          )
          .returning({ staffId: staffInvitations.staffId }),
      ]);
      if (used.length === 0) return false;
      // Claiming the link first means two tabs cannot both enrol; a crash between the two batches
      // leaves a used link without a passkey, and a new invitation fixes that.
      await db.batch([
        db.delete(staffCredentials).where(eq(staffCredentials.staffId, passkey.staffId)),
        db.delete(staffSessions).where(eq(staffSessions.staffId, passkey.staffId)),
        db.insert(staffCredentials).values({
          id: passkey.id,
          staffId: passkey.staffId,
          publicKey: passkey.publicKey,
          counter: passkey.counter,
          transports: passkey.transports.join(","),
          createdAt: now,
        }),
      ]);
      return true;
    },

    async passkey(credentialId) {
      const rows = await db
        .select()
        .from(staffCredentials)
        .where(eq(staffCredentials.id, credentialId))
        .limit(1);
      return rows[0] ? toPasskey(rows[0]) : undefined;
    },

    async passkeysOf(staffId) {
      const rows = await db.select().from(staffCredentials).where(eq(staffCredentials.staffId, staffId));
      return rows.map(toPasskey);
    },

    async setCounter(credentialId, counter) {
      await db.update(staffCredentials).set({ counter }).where(eq(staffCredentials.id, credentialId));
    },

    async putChallenge(challenge, purpose, staffId, expiresAt) {
      await db.insert(webauthnChallenges).values({ challenge, purpose, staffId, expiresAt });
    },

    async takeChallenge(challenge, purpose, now) {
      const rows = await db
        .delete(webauthnChallenges)
        .where(and(eq(webauthnChallenges.challenge, challenge), eq(webauthnChallenges.purpose, purpose)))
        .returning();
      const row = rows[0];
      return row && row.expiresAt > now ? { staffId: row.staffId } : undefined;
    },

    async startSession(tokenHash, staffId, at, expiresAt) {
      await db.insert(staffSessions).values({ tokenHash, staffId, createdAt: at, expiresAt });
    },

    async session(tokenHash, now) {
      const rows = await db
        .select({
          ...memberColumns,
          practiceSlug: practices.slug,
          practiceName: practices.name,
        })
        .from(staffSessions)
        .innerJoin(staff, eq(staff.id, staffSessions.staffId))
        .innerJoin(practices, eq(practices.id, staff.practiceId))
        .where(and(eq(staffSessions.tokenHash, tokenHash), gt(staffSessions.expiresAt, now)))
        .limit(1);
      return rows[0];
    },

    async endSession(tokenHash) {
      await db.delete(staffSessions).where(eq(staffSessions.tokenHash, tokenHash));
    },

    async member(staffId) {
      const rows = await db.select().from(staff).where(eq(staff.id, staffId)).limit(1);
      return rows[0];
    },

    async list(practiceId) {
      return db.select().from(staff).where(eq(staff.practiceId, practiceId)).orderBy(asc(staff.name));
    },

    async remove(staffId) {
      const [, , , removed] = await db.batch([
        db.delete(staffCredentials).where(eq(staffCredentials.staffId, staffId)),
        db.delete(staffSessions).where(eq(staffSessions.staffId, staffId)),
        db.delete(staffInvitations).where(eq(staffInvitations.staffId, staffId)),
        db.delete(staff).where(eq(staff.id, staffId)).returning({ id: staff.id }),
      ]);
      return removed.length > 0;
    },

    async sweep(now) {
      const [links, sessions, challenges] = await db.batch([
        db
          .delete(staffInvitations)
          .where(lte(staffInvitations.expiresAt, now))
          .returning({ id: staffInvitations.tokenHash }),
        db
          .delete(staffSessions)
          .where(lte(staffSessions.expiresAt, now))
          .returning({ id: staffSessions.tokenHash }),
        db
          .delete(webauthnChallenges)
          .where(lte(webauthnChallenges.expiresAt, now))
          .returning({ id: webauthnChallenges.challenge }),
      ]);
      return links.length + sessions.length + challenges.length;
    },
  });
}

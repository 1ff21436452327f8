// Shares with consent and the practice side's audit trail, on drizzle (libsql or D1). A share points
// at a conversation and never copies it; withdrawing, erasing and expiry delete the row.
import { and, desc, eq, gt, isNull, lt, lte, notInArray } from "drizzle-orm";
import type { ShareRecord, ShareStore } from "../src/practice/store.ts";
import { guardStore } from "./guard-store.ts";
import { conversations, practiceAudit, practiceConversations, shares } from "./schema.ts";
import type { SqlDatabase } from "./sql-database.ts";

type Row = typeof shares.$inferSelect;
const toRecord = ({ codeHash, ...row }: Row): ShareRecord => ({ ...row, byCode: codeHash !== null });

export function createShareRepository(db: SqlDatabase): ShareStore {
  async function insert(row: Row): Promise<ShareRecord> {
    await db.insert(shares).values(row);
    return toRecord(row);
  }

  return guardStore({
    async shareWithPractice(conversationId, practiceId, at, expiresAt) {
      const row: Row = {
        id: crypto.randomUUID(),
        conversationId,
        practiceId,
        codeHash: null,
        createdAt: at,
        expiresAt,
        redeemedAt: null,
      };
      // Sharing again renews the one share rather than stacking copies in the inbox.
      await db.batch([
        db
          .delete(shares)
          .where(
            and(
              eq(shares.conversationId, conversationId),
              eq(shares.practiceId, practiceId),
              isNull(shares.codeHash),
            ),
          ),
        db.insert(shares).values(row),
      ]);
      return toRecord(row);
    },

    shareByCode(conversationId, codeHash, at, expiresAt) {
      return insert({
        id: crypto.randomUUID(),
        conversationId,
        practiceId: null,
        codeHash,
        createdAt: at,
        expiresAt,
        redeemedAt: null,
      });
    },

    async redeem(codeHash, practiceId, at, visibleUntil) {
      // One statement: of two desks typing the same code at once, only one gets it.
      const rows = await db
        .update(shares)
        .set({ practiceId, redeemedAt: at, expiresAt: visibleUntil })
        .where(and(eq(shares.codeHash, codeHash), isNull(shares.redeemedAt), gt(shares.expiresAt, at)))
        .returning();
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    async ofConversation(conversationId, now) {
      const rows = await db
        .select()
        .from(shares)
        .where(and(eq(shares.conversationId, conversationId), gt(shares.expiresAt, now)))
        .orderBy(desc(shares.createdAt));
      return rows.map(toRecord);
    },

    async inbox(practiceId, now) {
      const rows = await db
        .select()
        .from(shares)
        .where(and(eq(shares.practiceId, practiceId), gt(shares.expiresAt, now)))
        .orderBy(desc(shares.createdAt));
      return rows.map(toRecord);
    },

    async visibleTo(shareId, practiceId, now) {
      const rows = await db
        .select()
        .from(shares)
        .where(and(eq(shares.id, shareId), eq(shares.practiceId, practiceId), gt(shares.expiresAt, now)))
        .limit(1);
      return rows[0] ? toRecord(rows[0]) : undefined;
    },

    async withdraw(shareId, conversationId) {
      const rows = await db
        .delete(shares)
        .where(and(eq(shares.id, shareId), eq(shares.conversationId, conversationId)))
        .returning({ id: shares.id });
      return rows.length > 0;
    },

    async forgetConversation(conversationId) {
      await db.batch([
        db.delete(shares).where(eq(shares.conversationId, conversationId)),
        db.delete(practiceConversations).where(eq(practiceConversations.conversationId, conversationId)),
      ]);
    },

    async sweep(now, auditBefore) {
      const live = db.select({ id: conversations.id }).from(conversations);
      const [, expired, orphans, links] = await db.batch([
        db.delete(practiceAudit).where(lt(practiceAudit.at, auditBefore)),
        db.delete(shares).where(lte(shares.expiresAt, now)).returning({ id: shares.id }),
        db.delete(shares).where(notInArray(shares.conversationId, live)).returning({ id: shares.id }),
        db
          .delete(practiceConversations)
          .where(notInArray(practiceConversations.conversationId, live))
          .returning({ id: practiceConversations.conversationId }),
      ]);
      return expired.length + orphans.length + links.length;
    },

    async audit(entry) {
      await db.insert(practiceAudit).values(entry);
    },

    async auditOf(conversationId) {
      const rows = await db
        .select()
        .from(practiceAudit)
        .where(eq(practiceAudit.conversationId, conversationId))
        .orderBy(practiceAudit.id);
      return rows.map(({ id: _id, ...entry }) => entry);
    },
  });
}

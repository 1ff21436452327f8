// Shares with consent and the practice side's audit trail, on drizzle (libsql or D1). A share points
// at a conversation and never copies it; withdrawing, erasing and expiry delete the row.
import { and, desc, eq, gt, isNull, lt, lte, notInArray } from "drizzle-orm";
import type { PracticeAuditEntry } from "../src/practice/audit.ts";
import { conversations, practiceAudit, practiceConversations, shares } from "./schema.ts";
import type { SqlDatabase } from "./sql-database.ts";

export interface ShareRecord {
  id: string;
  conversationId: string;
  practiceId: string | null;
  createdAt: number;
  expiresAt: number;
  redeemedAt: number | null;
  /** True for a one-time code share (staff redeemed it, or it waits to be redeemed). */
  byCode: boolean;
}

export interface ShareStore {
  /** Shares the conversation with its practice until `expiresAt`; an earlier share with it is replaced. */
  shareWithPractice(
    conversationId: string,
    practiceId: string,
    at: number,
    expiresAt: number,
  ): Promise<ShareRecord>;
  /** A share waiting for staff to redeem its one-time code (only the hash is stored). */
  shareByCode(conversationId: string, codeHash: string, at: number, expiresAt: number): Promise<ShareRecord>;
  /**
   * Redeems an unexpired, unredeemed code for a practice: the share then shows in its inbox until
   * `visibleUntil`. Undefined when no such code is waiting (used, expired or never made).
   */
  redeem(
    codeHash: string,
    practiceId: string,
    at: number,
    visibleUntil: number,
  ): Promise<ShareRecord | undefined>;
  /** The conversation's shares that still count at `now`, newest first. */
  ofConversation(conversationId: string, now: number): Promise<ShareRecord[]>;
  /** A practice's shares visible at `now`, newest first. */
  inbox(practiceId: string, now: number): Promise<ShareRecord[]>;
  /** The share, if it is the practice's and visible at `now`. */
  visibleTo(shareId: string, practiceId: string, now: number): Promise<ShareRecord | undefined>;
  /** Deletes one of the conversation's shares; false when it had no such share. */
  withdraw(shareId: string, conversationId: string): Promise<boolean>;
  /** Deletes every share of a conversation and its practice link (on erase). */
  forgetConversation(conversationId: string): Promise<void>;
  /**
   * Deletes expired shares, shares and links whose conversation is gone, and audit lines older than
   * `auditBefore` (kept as long as the conversations' own); returns how many shares and links went.
   */
  sweep(now: number, auditBefore: number): Promise<number>;
  audit(entry: PracticeAuditEntry): Promise<void>;
  auditOf(conversationId: string): Promise<PracticeAuditEntry[]>;
}

type Row = typeof shares.$inferSelect;
const toRecord = ({ codeHash, ...row }: Row): ShareRecord => ({ ...row, byCode: codeHash !== null });

export function createShareRepository(db: SqlDatabase): ShareStore {
  async function insert(row: Row): Promise<ShareRecord> {
    await db.insert(shares).values(row);
    return toRecord(row);
  }

  return {
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
  };
}

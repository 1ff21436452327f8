// The engine's ConversationStore on drizzle, for an embedded libsql file, a remote libsql URL or
// Cloudflare D1 alike: every write is one db.batch, which is atomic on all three.
import { and, asc, eq, sql } from "drizzle-orm";
import type { BatchItem, BatchResponse } from "drizzle-orm/batch";
import type { BaseSQLiteDatabase } from "drizzle-orm/sqlite-core";
import type { ConversationStore } from "../src/engine/store.ts";
import { auditLog, conversations, events, type Schema, timers } from "./schema.ts";

/** The drizzle database both drivers give us: LibSQLDatabase and DrizzleD1Database both fit. */
export type SqlDatabase = BaseSQLiteDatabase<"async", unknown, Schema> & {
  batch<U extends BatchItem<"sqlite">, T extends Readonly<[U, ...U[]]>>(batch: T): Promise<BatchResponse<T>>;
};

/** True when the error (or one it wraps) is SQLite refusing a duplicate key. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed|SQLITE_CONSTRAINT/i.test(e.message)) return true;
    if ("code" in e && typeof e.code === "string" && e.code.startsWith("SQLITE_CONSTRAINT")) return true;
  }
  return false;
}

export function createRepository(db: SqlDatabase): ConversationStore {
  return {
    async ping() {
      await db.run(sql`select 1`);
    },

    async create(conversation, first, audit) {
      await db.batch([
        db.insert(conversations).values(conversation),
        db.insert(events).values({ ...first, conversationId: conversation.id }),
        db.insert(auditLog).values(audit),
      ]);
    },

    async audit(entry) {
      await db.insert(auditLog).values(entry);
    },

    async auditTrail(conversationId) {
      return db
        .select({
          at: auditLog.at,
          action: auditLog.action,
          actor: auditLog.actor,
          conversationId: auditLog.conversationId,
          detail: auditLog.detail,
        })
        .from(auditLog)
        .where(eq(auditLog.conversationId, conversationId))
        .orderBy(asc(auditLog.id));
    },

    async find(id) {
      const rows = await db.select().from(conversations).where(eq(conversations.id, id)).limit(1);
      return rows[0];
    },

    async findByResumeHash(resumeHash) {
      const rows = await db
        .select({ id: conversations.id })
        .from(conversations)
        .where(eq(conversations.resumeHash, resumeHash))
        .limit(1);
      return rows[0]?.id;
    },

    async findForTurn(conversationId, turnId) {
      const rows = await db
        .select({ conversation: conversations, event: events })
        .from(conversations)
        .leftJoin(events, and(eq(events.conversationId, conversations.id), eq(events.turnId, turnId)))
        .where(eq(conversations.id, conversationId))
        .limit(1);
      const row = rows[0];
      if (!row) return undefined;
      if (!row.event) return { conversation: row.conversation, event: undefined };
      const { id: _id, conversationId: _c, ...event } = row.event;
      return { conversation: row.conversation, event };
    },

    async findEvent(conversationId, turnId) {
      const rows = await db
        .select()
        .from(events)
        .where(and(eq(events.conversationId, conversationId), eq(events.turnId, turnId)))
        .limit(1);
      const row = rows[0];
      if (!row) return undefined;
      const { id: _id, conversationId: _c, ...event } = row;
      return event;
    },

    async append(conversationId, expectedVersion, event, update) {
      // The event is inserted only while the conversation still has the expected version; the
      // update is guarded the same way. Both run in one batch, so either both land or neither.
      // The unique (conversation_id, seq) and (conversation_id, turn_id) indexes back this up.
      try {
        const [, updated] = await db.batch([
          // Columns in table order: id (null: SQLite assigns it), then the event's fields.
          db.insert(events).select(sql`select null, ${conversationId}, ${event.seq}, ${event.turnId},
              ${event.kind}, ${event.answer}, ${event.result}, ${event.screening}, ${event.createdAt}
            where exists (select 1 from ${conversations}
              where ${conversations.id} = ${conversationId} and ${conversations.version} = ${expectedVersion})`),
          db
            .update(conversations)
            .set(update)
            .where(and(eq(conversations.id, conversationId), eq(conversations.version, expectedVersion)))
            .returning({ version: conversations.version }),
        ]);
        return updated.length === 1;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    async events(conversationId) {
      const rows = await db
        .select()
        .from(events)
        .where(eq(events.conversationId, conversationId))
        .orderBy(asc(events.seq));
      return rows.map(({ id: _id, conversationId: _c, ...event }) => event);
    },

    async timers(conversationId) {
      return db
        .select({
          id: timers.id,
          dueAt: timers.dueAt,
          event: timers.event,
          status: timers.status,
          attempts: timers.attempts,
          createdAt: timers.createdAt,
        })
        .from(timers)
        .where(eq(timers.conversationId, conversationId))
        .orderBy(asc(timers.dueAt));
    },

    async erase(conversationId, audit) {
      const [, , removed] = await db.batch([
        db.delete(events).where(eq(events.conversationId, conversationId)),
        db.delete(timers).where(eq(timers.conversationId, conversationId)),
        db
          .delete(conversations)
          .where(eq(conversations.id, conversationId))
          .returning({ id: conversations.id }),
        db.insert(auditLog).values(audit),
      ]);
      return removed.length > 0;
    },
  };
}

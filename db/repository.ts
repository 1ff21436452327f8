// The engine's ConversationStore on drizzle, for an embedded libsql file, a remote libsql URL or
// Cloudflare D1 alike: every write is one db.batch, which is atomic on all three.
import { and, asc, desc, eq, ne, sql } from "drizzle-orm";
import type { ConversationStore } from "../src/engine/store.ts";
import { batchRaw } from "./raw-batch.ts";
import { auditLog, conversations, events, timers } from "./schema.ts";
import type { SqlDatabase } from "./sql-database.ts";
import { parseTurnRow, selectForTurn } from "./turn-rows.ts";

const DUPLICATE_KEY = new Set(["SQLITE_CONSTRAINT_UNIQUE", "SQLITE_CONSTRAINT_PRIMARYKEY"]);

/** True when the error (or one it wraps) is SQLite refusing a duplicate key, and no other constraint. */
export function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) {
    if (/UNIQUE constraint failed/i.test(e.message)) return true;
    const codes: unknown[] = [Reflect.get(e, "code"), Reflect.get(e, "extendedCode")];
    if (codes.some((code) => typeof code === "string" && DUPLICATE_KEY.has(code))) return true;
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
      const rows = await db.all<unknown>(selectForTurn(conversationId, turnId));
      return parseTurnRow(rows[0]);
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
      // The event lands only while the conversation is still at the expected version, and skips a
      // turn id or sequence number already taken; the conversation moves only when it was this event
      // that landed. Both in one batch, so a lost race writes nothing and throws nothing.
      try {
        const [, moved] = await batchRaw(db, [
          sql`insert into events (conversation_id, seq, turn_id, kind, answer, result, screening, created_at)
            select ${conversationId}, ${event.seq}, ${event.turnId}, ${event.kind}, ${event.answer},
              ${event.result}, ${event.screening}, ${event.createdAt}
            where exists (select 1 from conversations where id = ${conversationId} and version = ${expectedVersion})
            on conflict do nothing`,
          sql`update conversations set snapshot = ${update.snapshot}, version = ${update.version},
              phase = ${update.phase}, status = ${update.status}, safety = ${update.safety},
              locale = ${update.locale}, region = ${update.region}, updated_at = ${update.updatedAt},
              expires_at = ${update.expiresAt}
            where id = ${conversationId} and version = ${expectedVersion}
              and exists (select 1 from events
                where conversation_id = ${conversationId} and seq = ${event.seq} and turn_id = ${event.turnId})
            returning version`,
        ]);
        return moved?.length === 1;
      } catch (error) {
        // The unique indexes, as a last line behind the guards above.
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

    async currentEvent(conversationId) {
      const rows = await db
        .select()
        .from(events)
        .where(and(eq(events.conversationId, conversationId), ne(events.kind, "pause")))
        .orderBy(desc(events.seq))
        .limit(1);
      const row = rows[0];
      if (!row) return undefined;
      const { id: _id, conversationId: _c, ...event } = row;
      return event;
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

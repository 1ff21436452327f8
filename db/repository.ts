// The engine's ConversationStore on drizzle, for an embedded libsql file, a remote libsql URL or
// Cloudflare D1 alike: every write is one db.batch, which is atomic on all three. A finished
// conversation's events live in its archive (archive.ts); every read gives the same records back.
import { and, asc, desc, eq, getTableColumns, ne, sql } from "drizzle-orm";
import type { ConversationRecord, ConversationStore, EventRecord } from "../src/engine/store.ts";
import { type Archive, packArchive, unpackArchive } from "./archive.ts";
import { guardStore } from "./guard-store.ts";
import { batchRaw } from "./raw-batch.ts";
import { auditLog, conversations, events, labelNotes, timers } from "./schema.ts";
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

const { archive: archiveColumn, ...recordColumns } = getTableColumns(conversations);
/** hex() of a null blob is '', not null. */
const archiveHex = sql<string | null>`nullif(hex(${archiveColumn}), '')`;

/** The stored conversation as the engine knows it: an archived one's snapshot is in its archive. */
async function recordOf(
  row: ConversationRecord,
  hex: string | null,
): Promise<{ conversation: ConversationRecord; archive: Archive | undefined }> {
  if (hex === null) return { conversation: row, archive: undefined };
  const archive = await unpackArchive(hex);
  return { conversation: { ...row, snapshot: archive.snapshot }, archive };
}

const newestShown = (list: EventRecord[]) => list.filter((e) => e.kind !== "pause").at(-1);

export function createRepository(db: SqlDatabase): ConversationStore {
  async function archiveOf(conversationId: string): Promise<Archive | undefined> {
    const rows = await db
      .select({ archive: archiveHex })
      .from(conversations)
      .where(eq(conversations.id, conversationId))
      .limit(1);
    const hex = rows[0]?.archive ?? null;
    return hex === null ? undefined : unpackArchive(hex);
  }

  async function eventRows(conversationId: string): Promise<EventRecord[]> {
    const rows = await db
      .select()
      .from(events)
      .where(eq(events.conversationId, conversationId))
      .orderBy(asc(events.seq));
    return rows.map(({ id: _id, conversationId: _c, ...event }) => event);
  }

  return guardStore({
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
      const rows = await db
        .select({ ...recordColumns, archive: archiveHex })
        .from(conversations)
        .where(eq(conversations.id, id))
        .limit(1);
      const row = rows[0];
      if (!row) return undefined;
      const { archive, ...record } = row;
      return (await recordOf(record, archive)).conversation;
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
      const found = parseTurnRow(rows[0]);
      if (!found) return undefined;
      const { conversation, archive } = await recordOf(found.conversation, found.archive);
      const event = found.event ?? archive?.events.find((e) => e.turnId === turnId);
      return { conversation, event };
    },

    async findEvent(conversationId, turnId) {
      const rows = await db
        .select()
        .from(events)
        .where(and(eq(events.conversationId, conversationId), eq(events.turnId, turnId)))
        .limit(1);
      const row = rows[0];
      if (!row) return (await archiveOf(conversationId))?.events.find((e) => e.turnId === turnId);
      const { id: _id, conversationId: _c, ...event } = row;
      return event;
    },

    async append(conversationId, expectedVersion, event, update) {
      // The turn that finishes the conversation folds its events and snapshot into the archive. The
      // rows read here are all there are as long as the version is still the expected one, which the
      // batch checks; if it moved, nothing is written.
      const finishing = update.status === "done";
      const archive = finishing
        ? await packArchive({
            snapshot: update.snapshot,
            events: [...(await eventRows(conversationId)), event],
          })
        : null;
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
          sql`update conversations set snapshot = ${archive === null ? update.snapshot : ""},
              version = ${update.version}, phase = ${update.phase}, status = ${update.status},
              safety = ${update.safety}, locale = ${update.locale}, region = ${update.region},
              updated_at = ${update.updatedAt}, expires_at = ${update.expiresAt}, archive = unhex(${archive})
            where id = ${conversationId} and version = ${expectedVersion}
              and exists (select 1 from events
                where conversation_id = ${conversationId} and seq = ${event.seq} and turn_id = ${event.turnId})
            returning version`,
          // Only where this very batch archived the conversation.
          sql`delete from events where conversation_id = ${conversationId}
            and exists (select 1 from conversations
              where id = ${conversationId} and version = ${update.version} and archive is not null)`,
        ]);
        return moved?.length === 1;
      } catch (error) {
        // The unique indexes, as a last line behind the guards above.
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },

    async events(conversationId) {
      const rows = await eventRows(conversationId);
      if (rows.length > 0) return rows;
      return (await archiveOf(conversationId))?.events ?? [];
    },

    async currentEvent(conversationId) {
      const rows = await db
        .select()
        .from(events)
        .where(and(eq(events.conversationId, conversationId), ne(events.kind, "pause")))
        .orderBy(desc(events.seq))
        .limit(1);
      const row = rows[0];
      if (!row) {
        const archive = await archiveOf(conversationId);
        return archive ? newestShown(archive.events) : undefined;
      }
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

    async labelNotes(conversationId) {
      return db
        .select({
          turn: labelNotes.turn,
          part: labelNotes.part,
          text: labelNotes.text,
          createdAt: labelNotes.createdAt,
        })
        .from(labelNotes)
        .where(eq(labelNotes.conversationId, conversationId))
        .orderBy(asc(labelNotes.turn), asc(labelNotes.part));
    },

    async saveLabelNote(conversationId, note) {
      // One statement: the note is kept only while the conversation exists, so an erase running at
      // the same moment never leaves a note behind.
      const kept = await db.all<{ turn: number }>(sql`
        insert into ${labelNotes} (conversation_id, turn, part, text, created_at)
        select ${conversationId}, ${note.turn}, ${note.part}, ${note.text}, ${note.createdAt}
        where exists (select 1 from ${conversations} where ${conversations.id} = ${conversationId})
        on conflict (conversation_id, turn, part) do update set text = excluded.text, created_at = excluded.created_at
        returning turn`);
      return kept.length > 0;
    },

    async erase(conversationId, audit) {
      const [, , , removed] = await db.batch([
        db.delete(events).where(eq(events.conversationId, conversationId)),
        db.delete(timers).where(eq(timers.conversationId, conversationId)),
        db.delete(labelNotes).where(eq(labelNotes.conversationId, conversationId)),
        db
          .delete(conversations)
          .where(eq(conversations.id, conversationId))
          .returning({ id: conversations.id }),
        db.insert(auditLog).values(audit),
      ]);
      return removed.length > 0;
    },
  });
}

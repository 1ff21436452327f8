// The drizzle schema: conversations with their persisted XState snapshot, the append-only
// event log (one row per accepted turn) and durable timers. Shared by libsql (Node) and D1.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";

export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    flowId: text("flow_id").notNull(),
    flowVersion: integer("flow_version").notNull(),
    channel: text("channel", { enum: ["web", "slack"] }).notNull(),
    locale: text("locale", { enum: ["nl", "en"] }).notNull(),
    region: text("region", { enum: ["NL", "BE"] }).notNull(),
    tokenHash: text("token_hash").notNull(),
    snapshot: text("snapshot").notNull(),
    // Equals the seq of the newest event: every change to a conversation appends an event.
    version: integer("version").notNull(),
    phase: text("phase").notNull(),
    status: text("status", { enum: ["active", "paused", "done"] }).notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("conversations_expires_at").on(t.expiresAt)],
);

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    conversationId: text("conversation_id").notNull(),
    seq: integer("seq").notNull(),
    turnId: text("turn_id").notNull(),
    kind: text("kind", { enum: ["start", "answer", "back", "pause"] }).notNull(),
    // The person's answer as JSON (null for start, back and pause).
    answer: text("answer"),
    // The state returned for this turn as JSON, so a replayed turnId gets the same reply.
    result: text("result").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("events_conversation_seq").on(t.conversationId, t.seq),
    uniqueIndex("events_conversation_turn").on(t.conversationId, t.turnId),
  ],
);

export const timers = sqliteTable(
  "timers",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id"),
    dueAt: integer("due_at").notNull(),
    // The event to deliver when the timer fires, as JSON.
    event: text("event").notNull(),
    status: text("status", { enum: ["pending", "running", "done", "failed"] })
      .notNull()
      .default("pending"),
    attempts: integer("attempts").notNull().default(0),
    claimedUntil: integer("claimed_until"),
    createdAt: integer("created_at").notNull().default(sql`(unixepoch() * 1000)`),
  },
  (t) => [
    index("timers_status_due").on(t.status, t.dueAt),
    index("timers_conversation").on(t.conversationId),
  ],
);

export const schema = { conversations, events, timers };
export type Schema = typeof schema;
export type ConversationRow = typeof conversations.$inferSelect;
export type EventRow = typeof events.$inferSelect;

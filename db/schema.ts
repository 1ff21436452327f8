// The drizzle schema: conversations with their persisted XState snapshot, the append-only
// event log (one row per accepted turn) and durable timers. Shared by libsql (Node) and D1.
import { sql } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  auditActions,
  auditActors,
  channels,
  conversationStatuses,
  eventKinds,
} from "../src/engine/records.ts";
import { METHOD_IDS } from "../src/intervision/methods.ts";
import { CHANGES, ROUND_STATUSES } from "../src/intervision/round.ts";
import { CONTRIBUTION_KINDS } from "../src/intervision/rules.ts";
import { WORK_HOURS } from "../src/intervision/store.ts";
import { locales, regions } from "../src/locales.ts";

export const conversations = sqliteTable(
  "conversations",
  {
    id: text("id").primaryKey(),
    flowId: text("flow_id").notNull(),
    flowVersion: integer("flow_version").notNull(),
    channel: text("channel", { enum: channels }).notNull(),
    locale: text("locale", { enum: locales }).notNull(),
    region: text("region", { enum: regions }).notNull(),
    tokenHash: text("token_hash").notNull(),
    // SHA-256 of the resume code a person can write down to continue on another device.
    resumeHash: text("resume_hash"),
    // Empty once the conversation is archived: the snapshot is then inside the archive.
    snapshot: text("snapshot").notNull(),
    // Equals the seq of the newest event: every change to a conversation appends an event.
    version: integer("version").notNull(),
    phase: text("phase").notNull(),
    status: text("status", { enum: conversationStatuses }).notNull(),
    // Set while the safety screening holds the conversation: a pending check (with the answer it
    // holds back) or the crisis that ended coaching. JSON; null otherwise.
    safety: text("safety"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    // Set by the turn that finishes the conversation: its events and snapshot as one deflated
    // document (db/archive.ts), and its event rows are gone. Null while it runs.
    archive: blob("archive", { mode: "buffer" }),
  },
  (t) => [
    index("conversations_expires_at").on(t.expiresAt),
    uniqueIndex("conversations_resume_hash").on(t.resumeHash),
  ],
);

export const events = sqliteTable(
  "events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    conversationId: text("conversation_id").notNull(),
    seq: integer("seq").notNull(),
    turnId: text("turn_id").notNull(),
    kind: text("kind", { enum: eventKinds }).notNull(),
    // The person's answer as JSON (null for start, back and pause).
    answer: text("answer"),
    // The state returned for this turn as JSON, so a replayed turnId gets the same reply.
    result: text("result").notNull(),
    // The safety screening of a free-text answer: level, category and the rule labels that fired,
    // never a copy of the text. JSON; null when nothing was screened.
    screening: text("screening"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("events_conversation_seq").on(t.conversationId, t.seq),
    uniqueIndex("events_conversation_turn").on(t.conversationId, t.turnId),
  ],
);

// A trainee's "I meant this differently" on one label of a practice session's feedback: which turn and
// part, and one line of why. Kept with the conversation and erased or purged with it.
export const labelNotes = sqliteTable(
  "label_notes",
  {
    conversationId: text("conversation_id").notNull(),
    turn: integer("turn").notNull(),
    part: integer("part").notNull(),
    text: text("text").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.conversationId, t.turn, t.part] })],
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

/**
 * Who did what to a conversation and when: never content, only the action, the kind of credential
 * that did it and a count where it helps. Kept for RETENTION_DAYS like the data itself.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    action: text("action", { enum: auditActions }).notNull(),
    actor: text("actor", { enum: auditActors }).notNull(),
    conversationId: text("conversation_id"),
    /** A count (purge) or a channel name (create); never text a person wrote. */
    detail: text("detail"),
  },
  (t) => [index("audit_log_at").on(t.at), index("audit_log_conversation").on(t.conversationId)],
);

export const schema = { conversations, events, timers, auditLog };
export type Schema = typeof schema;
export type ConversationRow = typeof conversations.$inferSelect;
export type EventRow = typeof events.$inferSelect;

// Slack channel (src/channels/slack). Ids and Slack timestamps only, never message text.

/**
 * One row per Slack event or interaction, claimed with a unique insert before it is acted on, so a
 * re-delivery never acts twice. A failed attempt (or one whose lease ran out) can be claimed again.
 */
export const slackEvents = sqliteTable(
  "slack_events",
  {
    key: text("key").primaryKey(),
    status: text("status", { enum: ["processing", "done", "failed"] }).notNull(),
    attempts: integer("attempts").notNull(),
    claimedUntil: integer("claimed_until").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [index("slack_events_created_at").on(t.createdAt)],
);

/** A Slack user's current conversation (at most one per team and user) and where its prompt is. */
export const slackUsers = sqliteTable(
  "slack_users",
  {
    teamId: text("team_id").notNull(),
    userId: text("user_id").notNull(),
    conversationId: text("conversation_id"),
    dmChannel: text("dm_channel"),
    // The ts of the message that shows the current question, so it can lose its buttons once answered.
    promptTs: text("prompt_ts"),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] })],
);

/** Every conversation a Slack user started, for the App Home; `started_by` makes a retried start reuse it. */
export const slackConversations = sqliteTable(
  "slack_conversations",
  {
    conversationId: text("conversation_id").primaryKey(),
    teamId: text("team_id").notNull(),
    userId: text("user_id").notNull(),
    flowId: text("flow_id").notNull(),
    startedBy: text("started_by").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("slack_conversations_started_by").on(t.startedBy),
    index("slack_conversations_user").on(t.teamId, t.userId, t.createdAt),
  ],
);

// Asynchronous intervision in Slack (src/intervision, src/channels/slack/intervision). Contributions
// are the record of a peer discussion about pseudonymised cases: stored, never logged.

/** One intervision round: its method and settings, where it runs, and its state (src/intervision/round.ts). */
export const intervisionRounds = sqliteTable(
  "intervision_rounds",
  {
    id: text("id").primaryKey(),
    teamId: text("team_id").notNull(),
    channelId: text("channel_id").notNull(),
    // The parent message whose thread the round runs in; null until posted.
    parentTs: text("parent_ts"),
    phaseTs: text("phase_ts"),
    method: text("method", { enum: METHOD_IDS }).notNull(),
    locale: text("locale", { enum: locales }).notNull(),
    facilitatorId: text("facilitator_id").notNull(),
    caseBringerId: text("case_bringer_id").notNull(),
    phaseHours: integer("phase_hours").notNull(),
    anonymousQuestions: integer("anonymous_questions", { mode: "boolean" }).notNull(),
    // Anonymous questions wait for the facilitator's approval before they are posted.
    moderated: integer("moderated", { mode: "boolean" }).notNull().default(false),
    // The round starts by collecting cases (a phase before the method's own).
    caseCollection: integer("case_collection", { mode: "boolean" }).notNull().default(false),
    // "office": deadlines and reminders in the participants' working hours; rounds from before: any time.
    workHours: text("work_hours", { enum: WORK_HOURS }).notNull().default("always"),
    // The participants' Slack time zones (users.info), as a JSON list, the facilitator's first.
    timeZones: text("time_zones", { mode: "json" }).$type<string[]>().notNull().default([]),
    // Whether the channel is private (conversations.info); null when unknown.
    channelPrivate: integer("channel_private", { mode: "boolean" }),
    status: text("status", { enum: ROUND_STATUSES }).notNull(),
    // Why Slack refuses the round's channel for good (a Slack error code), once blocked.
    blockedReason: text("blocked_reason"),
    phase: integer("phase").notNull(),
    phaseOpen: integer("phase_open", { mode: "boolean" }).notNull(),
    phaseStartedAt: integer("phase_started_at").notNull(),
    // When each phase began, as a JSON list: replies are filed by when they were written.
    phaseStarts: text("phase_starts", { mode: "json" }).$type<number[]>().notNull().default([]),
    closedAt: integer("closed_at"),
    deadlineAt: integer("deadline_at"),
    // Bumped by every change; timers carry the version they were scheduled for.
    version: integer("version").notNull(),
    change: text("change", { enum: CHANGES }).notNull(),
    changedBy: text("changed_by", { enum: ["facilitator", "deadline"] }).notNull(),
    // The claim key or timer id that made the current version.
    changeKey: text("change_key").notNull(),
    // The version shown in Slack, and the lease of whoever is showing the next one.
    announcedVersion: integer("announced_version").notNull(),
    announcingUntil: integer("announcing_until"),
    // Slack's permalinks of the parent message (for DMs) and of the record's first message (App Home).
    parentLink: text("parent_link"),
    recordTs: text("record_ts"),
    // The ts of each record message posted so far: a retry after Slack refused one part goes on from there.
    recordParts: text("record_parts", { mode: "json" }).$type<string[]>().notNull().default([]),
    recordLink: text("record_link"),
    nextSteps: text("next_steps"),
    // The start modal's view id: a repeated submission finds this round instead of starting another.
    startKey: text("start_key").notNull(),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
    endedAt: integer("ended_at"),
  },
  (t) => [
    uniqueIndex("intervision_rounds_start_key").on(t.startKey),
    index("intervision_rounds_thread").on(t.teamId, t.channelId, t.parentTs),
    index("intervision_rounds_status").on(t.teamId, t.status),
  ],
);

/** Who takes part in a round: the reminders go to those who did not contribute yet. */
export const intervisionParticipants = sqliteTable(
  "intervision_participants",
  {
    roundId: text("round_id").notNull(),
    userId: text("user_id").notNull(),
    // When the participant agreed to the round's confidentiality; null until then.
    confirmedAt: integer("confirmed_at"),
  },
  (t) => [
    primaryKey({ columns: [t.roundId, t.userId] }),
    index("intervision_participants_user").on(t.userId),
  ],
);

/** A contribution with the phase it was made in; `source_key` makes a re-delivered one the same row. */
export const intervisionContributions = sqliteTable(
  "intervision_contributions",
  {
    id: text("id").primaryKey(),
    roundId: text("round_id").notNull(),
    phase: integer("phase").notNull(),
    userId: text("user_id").notNull(),
    kind: text("kind", { enum: CONTRIBUTION_KINDS }).notNull(),
    anonymous: integer("anonymous", { mode: "boolean" }).notNull(),
    text: text("text").notNull(),
    // The reply came with a file; the file itself is never kept.
    hasFile: integer("has_file", { mode: "boolean" }).notNull().default(false),
    // "pending" while an anonymous question waits for the facilitator; null once posted.
    review: text("review", { enum: ["pending"] }),
    messageTs: text("message_ts"),
    // The case bringer's rating DM and the facilitator's review DM about it, so they can be deleted.
    ratingChannel: text("rating_channel"),
    ratingTs: text("rating_ts"),
    reviewChannel: text("review_channel"),
    reviewTs: text("review_ts"),
    sourceKey: text("source_key").notNull(),
    createdAt: integer("created_at").notNull(),
    editedAt: integer("edited_at"),
  },
  (t) => [
    uniqueIndex("intervision_contributions_source").on(t.roundId, t.sourceKey),
    index("intervision_contributions_phase").on(t.roundId, t.phase, t.userId),
  ],
);

/** The case bringer's rating of a question: one per question, the latest press wins. */
export const intervisionRatings = sqliteTable(
  "intervision_ratings",
  {
    contributionId: text("contribution_id").primaryKey(),
    roundId: text("round_id").notNull(),
    rating: text("rating", { enum: ["warm", "lauwarm", "koud"] }).notNull(),
    ratedAt: integer("rated_at").notNull(),
  },
  (t) => [index("intervision_ratings_round").on(t.roundId)],
);

/** One vote per participant for a proposed case, in a round that collects cases first. */
export const intervisionVotes = sqliteTable(
  "intervision_votes",
  {
    roundId: text("round_id").notNull(),
    userId: text("user_id").notNull(),
    contributionId: text("contribution_id").notNull(),
    votedAt: integer("voted_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] })],
);

/** Notes a person gets once per round (a reply from someone who does not take part, say). */
export const intervisionNotices = sqliteTable(
  "intervision_notices",
  {
    roundId: text("round_id").notNull(),
    userId: text("user_id").notNull(),
    kind: text("kind").notNull(),
    at: integer("at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId, t.kind] })],
);

/**
 * Every message the app posted in a user's DM, the coach's and intervision's alike (ids and ts only),
 * and every file it shared there, so "delete my data" in App Home can remove them (chat.delete,
 * files.delete). The user's rows go when they erase their data.
 */
export const slackPosts = sqliteTable(
  "slack_posts",
  {
    teamId: text("team_id").notNull(),
    userId: text("user_id").notNull(),
    channel: text("channel").notNull(),
    // The message's ts; for a file, the file's id.
    ts: text("ts").notNull(),
    kind: text("kind", { enum: ["message", "file"] })
      .notNull()
      .default("message"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.channel, t.ts] }), index("slack_posts_user").on(t.teamId, t.userId)],
);

// The practice side (issue 20) keeps its tables in practice-schema.ts; drizzle-kit reads them from here.
export * from "./practice-schema.ts";

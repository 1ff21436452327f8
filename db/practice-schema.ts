// The practice side's tables (issue 20): practices and the conversations started from their link,
// shares with consent, staff with passkeys, and their own audit trail. Ids, hashes and dates only:
// a share points at a conversation, it never copies the summary.
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { regions } from "../src/locales.ts";
import { practiceAuditActions, practiceAuditActors } from "../src/practice/audit.ts";

export const practices = sqliteTable(
  "practices",
  {
    id: text("id").primaryKey(),
    // The invitation link is /p/<slug>.
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    region: text("region", { enum: regions }).notNull(),
    // The huisartsenpost (NL) or the on-call number (BE) the help texts show.
    outOfHours: text("out_of_hours").notNull(),
    welcome: text("welcome"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("practices_slug").on(t.slug)],
);

/** A conversation started from a practice's link belongs to that practice; the rest have no row here. */
export const practiceConversations = sqliteTable(
  "practice_conversations",
  {
    conversationId: text("conversation_id").primaryKey(),
    practiceId: text("practice_id").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("practice_conversations_practice").on(t.practiceId)],
);

/**
 * A summary the patient chose to share. With a practice: visible in its inbox until `expires_at`.
 * A one-time code share has no practice until staff redeem the code (only its hash is kept).
 * Withdrawing deletes the row; so does erasing the conversation and the sweep after `expires_at`.
 */
export const shares = sqliteTable(
  "shares",
  {
    id: text("id").primaryKey(),
    conversationId: text("conversation_id").notNull(),
    practiceId: text("practice_id"),
    codeHash: text("code_hash"),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    redeemedAt: integer("redeemed_at"),
  },
  (t) => [
    uniqueIndex("shares_code_hash").on(t.codeHash),
    index("shares_practice").on(t.practiceId, t.createdAt),
    index("shares_conversation").on(t.conversationId),
    index("shares_expires_at").on(t.expiresAt),
  ],
);

/** A member of a practice's care team; signs in with passkeys only, no password anywhere. */
export const staff = sqliteTable(
  "staff",
  {
    id: text("id").primaryKey(),
    practiceId: text("practice_id").notNull(),
    name: text("name").notNull(),
    createdAt: integer("created_at").notNull(),
    // An administrator also adds and changes every practice's details at /praktijk/beheer (the CLI's
    // `practice` commands); set by `staff invite --admin`. Their inbox stays their own practice's.
    admin: integer("admin", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [index("staff_practice").on(t.practiceId)],
);

/** One-time enrolment links (24 h); only the hash of the link's token is kept. */
export const staffInvitations = sqliteTable(
  "staff_invitations",
  {
    tokenHash: text("token_hash").primaryKey(),
    staffId: text("staff_id").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
  },
  (t) => [index("staff_invitations_expires_at").on(t.expiresAt)],
);

/** A passkey's public half (WebAuthn): the credential id and public key as base64url. */
export const staffCredentials = sqliteTable(
  "staff_credentials",
  {
    id: text("id").primaryKey(),
    staffId: text("staff_id").notNull(),
    publicKey: text("public_key").notNull(),
    counter: integer("counter").notNull(),
    transports: text("transports"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("staff_credentials_staff").on(t.staffId)],
);

/** Signed-in staff: the hash of the session cookie's token, for one working day. */
export const staffSessions = sqliteTable(
  "staff_sessions",
  {
    tokenHash: text("token_hash").primaryKey(),
    staffId: text("staff_id").notNull(),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("staff_sessions_expires_at").on(t.expiresAt)],
);

/** WebAuthn challenges waiting for their answer (a few minutes); used once. */
export const webauthnChallenges = sqliteTable(
  "webauthn_challenges",
  {
    challenge: text("challenge").primaryKey(),
    staffId: text("staff_id"),
    purpose: text("purpose", { enum: ["register", "sign-in"] }).notNull(),
    expiresAt: integer("expires_at").notNull(),
  },
  (t) => [index("webauthn_challenges_expires_at").on(t.expiresAt)],
);

/** Who did what to a share or a staff account, and when; never content, never a code or key. */
export const practiceAudit = sqliteTable(
  "practice_audit",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    action: text("action", { enum: practiceAuditActions }).notNull(),
    actor: text("actor", { enum: practiceAuditActors }).notNull(),
    practiceId: text("practice_id"),
    staffId: text("staff_id"),
    conversationId: text("conversation_id"),
    shareId: text("share_id"),
  },
  (t) => [
    index("practice_audit_at").on(t.at),
    index("practice_audit_conversation").on(t.conversationId),
    index("practice_audit_practice").on(t.practiceId),
  ],
);

// What the engine stores about a conversation, in its own terms: the rows db/ keeps for it and the
// value lists its columns may hold. db/schema.ts declares its tables from these lists.
import type { Locale, Region } from "../locales.ts";

export const channels = ["web", "slack"] as const;
export type Channel = (typeof channels)[number];

/** check: held for the direct safety question; crisis: coaching ended for safety; done: finished. */
export const conversationStatuses = ["active", "paused", "check", "crisis", "done"] as const;
export type ConversationStatus = (typeof conversationStatuses)[number];

export const eventKinds = ["start", "answer", "back", "skip", "pause"] as const;
export type EventKind = (typeof eventKinds)[number];

/**
 * remove: a facilitator removed an intervision contribution (or declined an anonymous question);
 * uninstall / revoke: Slack uninstalled the app or revoked its token, and a team's rounds stopped.
 * resume-refused: a resume code opened nothing (detail says malformed or unknown; the code is not kept).
 */
export const auditActions = [
  "create",
  "export",
  "erase",
  "resume",
  "resume-refused",
  "purge",
  "remove",
  "uninstall",
  "revoke",
] as const;
export type AuditAction = (typeof auditActions)[number];

/** The kind of credential behind an action; never who the person is. */
export const auditActors = ["token", "resume-code", "channel", "system"] as const;
export type AuditActor = (typeof auditActors)[number];

export interface ConversationRecord {
  id: string;
  flowId: string;
  flowVersion: number;
  channel: Channel;
  locale: Locale;
  region: Region;
  tokenHash: string;
  /** SHA-256 of the resume code a person writes down to continue on another device. */
  resumeHash: string | null;
  /** The flow's persisted XState snapshot, as JSON. */
  snapshot: string;
  /** Equals the seq of the newest event: every change to a conversation appends one. */
  version: number;
  phase: string;
  status: ConversationStatus;
  /** The safety hold (safety-gate.ts) as JSON while screening holds the conversation; else null. */
  safety: string | null;
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
}

/** One accepted turn: what the person gave and the reply they got, so a replay returns the same. */
export interface EventRecord {
  seq: number;
  turnId: string;
  kind: EventKind;
  /** The answer as stored-answer.ts writes it; null for start and commands without one. */
  answer: string | null;
  /** The reply as stored-reply.ts writes it. */
  result: string;
  /** The screening of a free-text answer (level, category, cues), never the text; else null. */
  screening: string | null;
  createdAt: number;
}

export type ConversationUpdate = Pick<
  ConversationRecord,
  "snapshot" | "version" | "phase" | "status" | "safety" | "locale" | "region" | "updatedAt" | "expiresAt"
>;

/** One line of the audit log: an action and the kind of credential behind it, never content. */
export interface AuditEntry {
  at: number;
  action: AuditAction;
  actor: AuditActor;
  conversationId?: string | null;
  /** A count (purge, uninstall), a channel name (create) or a round id (remove); never text a person wrote. */
  detail?: string | null;
}

/** A trainee's "I meant this differently" on one label (turn and part) of a practice session. */
export interface LabelNoteRecord {
  turn: number;
  part: number;
  /** One line of explanation, in the trainee's words. */
  text: string;
  createdAt: number;
}

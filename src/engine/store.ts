// The persistence port the engine needs. db/repository.ts implements it on drizzle (libsql or D1);
// every write is one atomic batch.
import type {
  AuditEntry,
  ConversationRecord,
  ConversationUpdate,
  EventRecord,
  LabelNoteRecord,
} from "./records.ts";

export type {
  AuditEntry,
  ConversationRecord,
  ConversationUpdate,
  EventRecord,
  LabelNoteRecord,
} from "./records.ts";

export interface TimerRecord {
  id: string;
  dueAt: number;
  event: string;
  status: string;
  attempts: number;
  createdAt: number;
}

export interface ConversationStore {
  /** Resolves once the database answers. */
  ping(): Promise<void>;
  /** Inserts the conversation, its first event and the audit line together. */
  create(conversation: ConversationRecord, first: EventRecord, audit: AuditEntry): Promise<void>;
  find(id: string): Promise<ConversationRecord | undefined>;
  /** The id of the conversation whose resume code hashes to this, if any. */
  findByResumeHash(resumeHash: string): Promise<string | undefined>;
  findEvent(conversationId: string, turnId: string): Promise<EventRecord | undefined>;
  /** The conversation and, if this turnId was applied before, its event: one query per turn. */
  findForTurn(
    conversationId: string,
    turnId: string,
  ): Promise<{ conversation: ConversationRecord; event: EventRecord | undefined } | undefined>;
  /**
   * Appends the event and applies the update in one atomic batch, only if the stored version still
   * equals `expectedVersion`. Returns false (and writes nothing) when it does not, when the turn id
   * or sequence number is taken, or when the conversation is gone.
   */
  append(
    conversationId: string,
    expectedVersion: number,
    event: EventRecord,
    update: ConversationUpdate,
  ): Promise<boolean>;
  events(conversationId: string): Promise<EventRecord[]>;
  /** The newest event that is not a pause: its reply is the step shown now. */
  currentEvent(conversationId: string): Promise<EventRecord | undefined>;
  timers(conversationId: string): Promise<TimerRecord[]>;
  /** The trainee's notes on labels of this conversation, by turn and part. */
  labelNotes(conversationId: string): Promise<LabelNoteRecord[]>;
  /** Keeps the note, in place of one on the same label; false (and nothing kept) when the conversation is gone. */
  saveLabelNote(conversationId: string, note: LabelNoteRecord): Promise<boolean>;
  /** Removes the conversation, its events and its timers, and writes the audit line; false when there was nothing. */
  erase(conversationId: string, audit: AuditEntry): Promise<boolean>;
  audit(entry: AuditEntry): Promise<void>;
  /** The audit lines about one conversation, oldest first. */
  auditTrail(conversationId: string): Promise<AuditEntry[]>;
}

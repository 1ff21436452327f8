// The persistence ports of the practice side: practices and their conversation links, shares with
// their audit trail, and staff with passkeys, challenges and sessions. The routes and commands use
// these; db/practice-repository.ts, db/share-repository.ts and db/staff-repository.ts implement them.
import type { PracticeAuditEntry } from "./audit.ts";
import type { NewPractice, Practice, PracticeUpdate } from "./practice.ts";

export class PracticeExistsError extends Error {
  constructor(slug: string) {
    super(`a practice with the slug "${slug}" already exists`);
    this.name = "PracticeExistsError";
  }
}

export interface PracticeStore {
  add(input: NewPractice, at: number): Promise<Practice>;
  list(): Promise<Practice[]>;
  bySlug(slug: string): Promise<Practice | undefined>;
  byId(id: string): Promise<Practice | undefined>;
  /** The changed practice, or undefined when no practice has this slug. */
  update(slug: string, update: PracticeUpdate, at: number): Promise<Practice | undefined>;
  /** Marks a conversation as started from this practice's link. */
  linkConversation(conversationId: string, practiceId: string, at: number): Promise<void>;
  /** The practice a conversation belongs to, if it was started from a practice's link. */
  practiceOf(conversationId: string): Promise<Practice | undefined>;
  /** Forgets the link when the conversation is erased or purged. */
  unlinkConversation(conversationId: string): Promise<void>;
}

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

export interface StaffMember {
  id: string;
  practiceId: string;
  name: string;
  createdAt: number;
  /** May add and change every practice's details (`staff invite --admin`). */
  admin: boolean;
}

export interface StoredPasskey {
  id: string;
  staffId: string;
  /** The public key, base64url. */
  publicKey: string;
  counter: number;
  transports: string[];
}

export type ChallengePurpose = "register" | "sign-in";

export interface StaffStore {
  /** A new enrolment link for the named member (created if the practice has nobody of that name). */
  /**
   * A new enrolment link for the named member (created if the practice has nobody of that name).
   * The invitation says whether they are an administrator, also for someone invited before.
   */
  invite(
    practiceId: string,
    name: string,
    tokenHash: string,
    at: number,
    expiresAt: number,
    admin?: boolean,
  ): Promise<StaffMember>;
  /** The member an unused, unexpired enrolment link is for. */
  invitation(tokenHash: string, now: number): Promise<StaffMember | undefined>;
  /**
   * Uses the link once and stores the passkey in one batch; the member's older passkeys and sessions
   * go (a lost passkey is replaced this way). False when the link was used or expired meanwhile.
   */
  enrol(tokenHash: string, passkey: StoredPasskey, now: number): Promise<boolean>;
  passkey(credentialId: string): Promise<StoredPasskey | undefined>;
  passkeysOf(staffId: string): Promise<StoredPasskey[]>;
  setCounter(credentialId: string, counter: number): Promise<void>;
  putChallenge(
    challenge: string,
    purpose: ChallengePurpose,
    staffId: string | null,
    expiresAt: number,
  ): Promise<void>;
  /** Takes a challenge once; undefined when it is unknown, used, expired or for another purpose. */
  takeChallenge(
    challenge: string,
    purpose: ChallengePurpose,
    now: number,
  ): Promise<{ staffId: string | null } | undefined>;
  startSession(tokenHash: string, staffId: string, at: number, expiresAt: number): Promise<void>;
  /** The signed-in member behind a session token's hash, with their practice's slug and name. */
  session(
    tokenHash: string,
    now: number,
  ): Promise<(StaffMember & { practiceSlug: string; practiceName: string }) | undefined>;
  endSession(tokenHash: string): Promise<void>;
  member(staffId: string): Promise<StaffMember | undefined>;
  list(practiceId: string): Promise<StaffMember[]>;
  /** Removes the member with their passkeys, links and sessions; false when there was nobody. */
  remove(staffId: string): Promise<boolean>;
  /** Deletes expired links, sessions and challenges; returns how many rows went. */
  sweep(now: number): Promise<number>;
}

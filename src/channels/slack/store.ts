// The persistence the Slack channel needs beside the engine's: claims that make each Slack event act
// once, which conversation belongs to which Slack user, and which messages the app posted in their DM.
// db/slack-repository.ts implements it.

/** What claiming a Slack event or interaction found. */
export type ClaimOutcome =
  /** Ours to act on now (first delivery, or a retry of an attempt that failed or was abandoned). */
  | { kind: "claimed"; attempt: number }
  /** Acted on already: a re-delivery that must change nothing. */
  | { kind: "done" }
  /** Another attempt is still working on it. */
  | { kind: "busy" };

export interface SlackUserLink {
  teamId: string;
  userId: string;
  /** The conversation a message in the DM continues; null when there is none. */
  conversationId: string | null;
  dmChannel: string | null;
  /** The ts of the message showing the current question (its buttons are removed once answered). */
  promptTs: string | null;
}

export type SlackUserPatch = Partial<Pick<SlackUserLink, "conversationId" | "dmChannel" | "promptTs">>;

export interface SlackConversationLink {
  conversationId: string;
  teamId: string;
  userId: string;
  flowId: string;
  /** The claim key of the request that started it, so a retried start finds it instead of starting another. */
  startedBy: string;
  createdAt: number;
}

/** A message the app posted in a user's DM (or a file it shared there), kept so the user can have it deleted. */
export interface SlackPost {
  teamId: string;
  userId: string;
  channel: string;
  /** The message's ts; for a file, the file's id. */
  ts: string;
  kind?: "message" | "file";
  createdAt: number;
}

export interface SlackStore {
  /** Claims `key` with a unique insert; a failed or expired claim is taken over. */
  claim(key: string, now: number, leaseMs: number): Promise<ClaimOutcome>;
  /** Marks the claim done for good (and forgets claims older than Slack's retry window). */
  finish(key: string, now: number): Promise<void>;
  /** Marks the claim failed, so a re-delivery of the same event is processed. */
  release(key: string, now: number): Promise<void>;

  user(teamId: string, userId: string): Promise<SlackUserLink | undefined>;
  /** Creates the user's row if needed and sets only the given fields. */
  updateUser(teamId: string, userId: string, patch: SlackUserPatch, now: number): Promise<void>;
  /** Records a new conversation and makes it the user's current one, in one batch. */
  linkConversation(link: SlackConversationLink, patch: SlackUserPatch): Promise<void>;
  startedBy(key: string): Promise<SlackConversationLink | undefined>;
  /** The user's conversations, newest first. */
  conversations(teamId: string, userId: string, limit: number): Promise<SlackConversationLink[]>;
  /** Drops the links to a conversation that no longer exists (erased or expired). */
  forget(conversationId: string): Promise<void>;

  /** Remembers a message posted in the user's DM (a repeat of the same channel and ts is ignored). */
  recordPost(post: SlackPost): Promise<void>;
  /** The messages posted in the user's DM that were not deleted yet, oldest first. */
  posts(teamId: string, userId: string): Promise<SlackPost[]>;
  /** Forgets one posted message (it was deleted in Slack). */
  forgetPost(channel: string, ts: string): Promise<void>;
  /** Drops the user's link and their conversations' links; posts go one by one with forgetPost. */
  eraseUser(teamId: string, userId: string): Promise<void>;
}

// The persistence the Slack channel needs beside the engine's: claims that make each Slack event act
// once, and which conversation belongs to which Slack user. db/slack-repository.ts implements it.

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
}

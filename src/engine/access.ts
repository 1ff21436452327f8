// Who may open a conversation: the token it was created with, its resume code, or a server-side
// channel that keeps its own mapping (Slack). Pure checks over the stored hashes.
import { fail, ok, type Result } from "./errors.ts";
import type { AuditActor, ConversationRecord } from "./records.ts";
import { hashToken, sameDigest } from "./token.ts";

/**
 * Server-side channels that keep their own mapping from a user to a conversation (Slack) pass this
 * instead of a token. It is a symbol, so nothing that arrives over HTTP can ever be it.
 */
export const CHANNEL_ACCESS: unique symbol = Symbol("channel access");
export type Access = string | undefined | typeof CHANNEL_ACCESS;

/** The one refusal a token holder sees, whether the id is wrong, erased or another's. */
export const refused = <T>(): Result<T> => fail("unauthorized", "the token does not open this conversation");

/**
 * The row when `access` opens it; a symbol-carrying channel is trusted as it is. To a token holder an
 * unknown id looks exactly like a wrong token, so the answer never tells whether an id exists.
 */
export function checkAccess(row: ConversationRecord | undefined, access: Access): Result<ConversationRecord> {
  if (!access) return fail("unauthorized", "a bearer token is required");
  if (access === CHANNEL_ACCESS) return row ? ok(row) : fail("not_found", "no conversation with this id");
  if (!row) return refused();
  const digest = hashToken(access);
  const opens =
    sameDigest(digest, row.tokenHash) || (row.resumeHash !== null && sameDigest(digest, row.resumeHash));
  if (!opens) return refused();
  return ok(row);
}

/** Which kind of credential opened the row, for the audit log. */
export function actorOf(row: ConversationRecord, access: Access): AuditActor {
  if (access === CHANNEL_ACCESS) return "channel";
  if (access && sameDigest(hashToken(access), row.tokenHash)) return "token";
  return "resume-code";
}

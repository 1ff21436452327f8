// What a failed Slack call means for a round: trouble that passes (retry later), a refusal that will
// not (the channel is archived, the app was removed from it, the workspace revoked the app), or a
// single person who cannot get a DM. Errors are read by their kind only, never their message.
import { describeError } from "../logging.ts";

/**
 * Slack refuses the message itself: a retry sends the same message and is refused again. Our messages
 * are kept within Slack's limits, so this is the last guard against a round retried hourly for ever.
 */
const MESSAGE_REFUSED = new Set(["msg_blocks_too_long", "msg_too_long", "invalid_blocks"]);

/** Slack refuses the channel (or the app, or the message) for good: retrying changes nothing. */
const CHANNEL_GONE = new Set([
  ...MESSAGE_REFUSED,
  "not_in_channel",
  "channel_not_found",
  "is_archived",
  "restricted_action",
  "account_inactive",
  "token_revoked",
  "invalid_auth",
  "not_authed",
  "team_access_not_granted",
  "ekm_access_denied",
]);

/** Slack refuses a DM to this one person for good. */
const PERSON_UNREACHABLE = new Set(["cannot_dm_bot", "user_not_found", "user_disabled", "user_not_visible"]);

/** Slack's platform error code ("not_in_channel"), when the error is one. */
export function slackErrorCode(error: unknown): string | undefined {
  const code = describeError(error).slackError;
  return typeof code === "string" ? code : undefined;
}

/** An error the Slack client raised (refusal, HTTP trouble, rate limit, timeout), not ours or the database's. */
export function isSlackError(error: unknown): boolean {
  const code = describeError(error).code;
  return typeof code === "string" && code.startsWith("slack_webapi_");
}

/** The code when Slack refused a channel for good; undefined for anything else. */
export function channelGone(error: unknown): string | undefined {
  const code = slackErrorCode(error);
  return code && CHANNEL_GONE.has(code) ? code : undefined;
}

export const messageRefused = (code: string) => MESSAGE_REFUSED.has(code);

export function personUnreachable(error: unknown): boolean {
  const code = slackErrorCode(error);
  return code !== undefined && PERSON_UNREACHABLE.has(code);
}

/** Seconds Slack asked to wait (HTTP 429 with Retry-After), when it rate-limited the call. */
export function retryAfterSeconds(error: unknown): number | undefined {
  if (!(error instanceof Error) || !("retryAfter" in error)) return undefined;
  const seconds = error.retryAfter;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

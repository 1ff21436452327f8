// The one place where engine errors and request failures become HTTP responses with the
// { error: { code, message } } shape. Never a stack trace.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { EngineError } from "../engine/errors.ts";
import type { StorageFailure } from "../storage-error.ts";

export type ErrorCode =
  | EngineError["code"]
  | "forbidden"
  | "payload_too_large"
  | "unsupported_media_type"
  | "internal"
  | "rate_limited"
  | "unavailable";

/** The status of each error code; the OpenAPI document lists the codes per status from this too. */
export const errorStatus = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  version_conflict: 409,
  turn_id_reused: 409,
  finished: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  unavailable: 503,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

export type ErrorStatus = (typeof errorStatus)[ErrorCode];

/** The error codes answered with this status. */
export function errorCodesWith(status: ErrorStatus): ErrorCode[] {
  return (Object.keys(errorStatus) as ErrorCode[]).filter((code) => errorStatus[code] === status);
}

/** The message of every 415, wherever the body was refused. */
export const NOT_JSON = "send the body as application/json";

export function errorResponse(c: Context, code: ErrorCode, message: string): Response {
  return c.json({ error: { code, message } }, errorStatus[code]);
}

const UNAVAILABLE: Record<StorageFailure["kind"], string> = {
  busy: "the database is busy",
  full: "the database's disk is full",
  read_only: "the database cannot be written",
  unreachable: "the database cannot be reached",
  not_migrated: "the database's migrations have not been applied",
};

/** A storage outage: 503 with Retry-After; the request changed nothing, so sending it again is safe. */
export function unavailableResponse(c: Context, failure: StorageFailure): Response {
  c.header("Retry-After", String(failure.retryAfter));
  return errorResponse(
    c,
    "unavailable",
    `${UNAVAILABLE[failure.kind]}; nothing of this request was stored, try again in ${failure.retryAfter} s`,
  );
}

export function engineErrorResponse(c: Context, error: EngineError): Response {
  return errorResponse(c, error.code, error.message);
}

/** A readable one-line summary of what zod rejected, naming the fields. */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join(".") : "body"}: ${issue.message}`)
    .join("; ");
}

// The one place where engine errors and request failures become HTTP responses with the
// { error: { code, message } } shape. Never a stack trace.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { z } from "zod";
import type { EngineError } from "../engine/errors.ts";

export type ErrorCode =
  | EngineError["code"]
  | "forbidden"
  | "payload_too_large"
  | "unsupported_media_type"
  | "internal"
  | "rate_limited";

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

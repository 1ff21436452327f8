// The { error: { code, message } } body as zod schemas, one per status with the codes errors.ts answers
// with it, and the OpenAPI responses a route lists for the statuses it can fail with.
import { z } from "zod";
import { type ErrorStatus, errorCodesWith } from "./errors.ts";

const what: Record<ErrorStatus, string> = {
  400: "The request is malformed or does not fit the conversation's current step.",
  401: "The bearer token is missing or does not open this conversation.",
  403: "The request did not come from this site's own pages.",
  404: "There is no conversation with this id (or it was erased).",
  409: "The answer conflicts with the conversation: a stale version, a reused turnId, or a finished conversation.",
  413: "The body is larger than the route takes.",
  415: "The body is not sent as application/json.",
  429: "Too many requests from this client; try again after Retry-After seconds.",
  500: "Something went wrong on the server; earlier answers are safe and nothing was half stored.",
  503: "The database is busy, full, read-only or unreachable; nothing of the request was stored. Try again after Retry-After seconds.",
};

function bodyFor(status: ErrorStatus) {
  const [first, ...rest] = errorCodesWith(status);
  if (!first) throw new Error(`no error code has status ${status}`);
  return z
    .strictObject({
      error: z.strictObject({
        code: z.enum([first, ...rest]),
        message: z
          .string()
          .min(1)
          .meta({ description: "A readable sentence for developers; not for end users." }),
      }),
    })
    .meta({ id: `Error${status}` });
}

const bodies = new Map<ErrorStatus, ReturnType<typeof bodyFor>>();

/** The error body of this status, with exactly the codes errors.ts answers with it. */
export function errorBodySchema(status: ErrorStatus): ReturnType<typeof bodyFor> {
  const known = bodies.get(status);
  if (known) return known;
  const body = bodyFor(status);
  bodies.set(status, body);
  return body;
}

const retryAfter = {
  "Retry-After": {
    description: "Seconds to wait before trying again.",
    schema: { type: "integer" as const, minimum: 1 },
    required: true,
  },
};

/** The OpenAPI responses for these error statuses, each with its error body. */
export function errorResponses<S extends ErrorStatus>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: what[status],
        ...(status === 429 || status === 503 ? { headers: retryAfter } : {}),
        content: { "application/json": { schema: errorBodySchema(status) } },
      },
    ]),
  ) as Record<
    S,
    { description: string; content: { "application/json": { schema: ReturnType<typeof errorBodySchema> } } }
  >;
}

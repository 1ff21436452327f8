// The JSON API of DESIGN section 5: create a conversation, take turns, read, summarize, export, erase.
import { type Context, Hono, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { z } from "zod";
import type { Engine } from "../../engine/conversations.ts";
import type { Result } from "../../engine/errors.ts";
import { createRequestSchema, turnRequestSchema } from "../../engine/requests.ts";
import { describeZodError, engineErrorResponse, errorResponse } from "../../http/errors.ts";

/** Generous for a 4000-character answer in any script, small enough to refuse abuse. */
export const MAX_BODY_BYTES = 32 * 1024;

type Parsed<T> = { ok: true; value: T } | { ok: false; response: Response };

async function parseJson<T>(c: Context, schema: z.ZodType<T>): Promise<Parsed<T>> {
  const type = c.req.header("content-type") ?? "";
  if (!/^application\/json\b/i.test(type))
    return {
      ok: false,
      response: errorResponse(c, "unsupported_media_type", "send the body as application/json"),
    };
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    return { ok: false, response: errorResponse(c, "invalid_request", "the body is not valid JSON") };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success)
    return { ok: false, response: errorResponse(c, "invalid_request", describeZodError(parsed.error)) };
  return { ok: true, value: parsed.data };
}

function bearer(c: Context): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_-]{16,128})\s*$/.exec(c.req.header("authorization") ?? "");
  return match?.[1];
}

function respond<T>(c: Context, result: Result<T>, status: 200 | 201 = 200): Response {
  return result.ok ? c.json(result.value as object, status) : engineErrorResponse(c, result.error);
}

export interface Guards {
  create: MiddlewareHandler;
  turn: MiddlewareHandler;
  resume: MiddlewareHandler;
}

export function conversationApi(engine: Engine, guards: Guards): Hono {
  const api = new Hono();

  api.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        errorResponse(c, "payload_too_large", `the body is larger than ${MAX_BODY_BYTES} bytes`),
    }),
  );

  api.post("/", guards.create, async (c) => {
    const body = await parseJson(c, createRequestSchema);
    if (!body.ok) return body.response;
    return respond(c, await engine.create(body.value, "web"), 201);
  });

  api.post("/:id/turns", guards.turn, async (c) => {
    const body = await parseJson(c, turnRequestSchema);
    if (!body.ok) return body.response;
    const result = await engine.turn(c.req.param("id"), bearer(c), body.value);
    return result.ok ? c.json({ state: result.value.state }) : engineErrorResponse(c, result.error);
  });

  api.get("/:id", async (c) => respond(c, await engine.get(c.req.param("id"), bearer(c))));
  api.get("/:id/summary", async (c) => respond(c, await engine.summary(c.req.param("id"), bearer(c))));
  api.get("/:id/export", async (c) => {
    const result = await engine.exportData(c.req.param("id"), bearer(c));
    if (result.ok) c.header("Content-Disposition", 'attachment; filename="gesprekscoach-export.json"');
    return respond(c, result);
  });
  api.delete("/:id", async (c) => {
    const result = await engine.erase(c.req.param("id"), bearer(c));
    return result.ok ? c.body(null, 204) : engineErrorResponse(c, result.error);
  });

  return api;
}

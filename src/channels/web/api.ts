// The JSON API (README, "HTTP API"): create, take turns, read, summarize, export, print as PDF, erase.
// The routes and their schemas are in api-routes.ts; they validate the requests and make /openapi.json.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { practiceSummarySchema } from "../../coaching/feedback-schema.ts";
import type { Engine } from "../../engine/conversations.ts";
import type { EngineError } from "../../engine/errors.ts";
import { describeZodError, engineErrorResponse, errorResponse, NOT_JSON } from "../../http/errors.ts";
import { summaryPdf } from "../../summary/pdf.ts";
import { summarySchema } from "../../summary/schema.ts";
import {
  createConversationRoute,
  eraseRoute,
  exportRoute,
  getConversationRoute,
  MAX_BODY_BYTES,
  markdownRoute,
  pdfRoute,
  summaryRoute,
  turnRoute,
} from "./api-routes.ts";
import type { ExportReply, SummaryReply } from "./api-schemas.ts";
import { pdfResponse } from "./pdf-response.ts";
import { markdownResponse, practiceExport, practicePdfResponse } from "./practice-export.ts";

export { MAX_BODY_BYTES };

/**
 * Before the schema validation: a body that is not JSON gets our 415 or 400, worded as it always was.
 * The body read here is cached, so the validator behind it parses the same text.
 */
const jsonBody: MiddlewareHandler = async (c, next) => {
  if (!/^application\/json\b/i.test(c.req.header("content-type") ?? ""))
    return errorResponse(c, "unsupported_media_type", NOT_JSON);
  try {
    await c.req.json();
  } catch {
    return errorResponse(c, "invalid_request", "the body is not valid JSON");
  }
  await next();
};

function bearer(c: Context): string | undefined {
  const match = /^Bearer\s+([A-Za-z0-9_-]{16,128})\s*$/.exec(c.req.header("authorization") ?? "");
  return match?.[1];
}

/**
 * An engine error as the route's response. The engine's Result does not narrow its codes per call, so
 * the types cannot check which a route gives; the document lists them and the contract test checks it.
 */
function failed(c: Context, error: EngineError): never {
  return engineErrorResponse(c, error) as never;
}

export interface Guards {
  create: MiddlewareHandler;
  turn: MiddlewareHandler;
  resume: MiddlewareHandler;
}

export function conversationApi(engine: Engine, guards: Guards): OpenAPIHono {
  const api = new OpenAPIHono({
    // Every schema refusal, on any route, in the one error shape.
    defaultHook: (result, c) => {
      if (!result.success) return errorResponse(c, "invalid_request", describeZodError(result.error));
    },
  });

  api.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: (c) =>
        errorResponse(c, "payload_too_large", `the body is larger than ${MAX_BODY_BYTES} bytes`),
    }),
  );

  api.openapi({ ...createConversationRoute, middleware: [guards.create, jsonBody] }, async (c) => {
    const result = await engine.create(c.req.valid("json"), "web");
    return result.ok ? c.json(result.value, 201) : failed(c, result.error);
  });

  api.openapi({ ...turnRoute, middleware: [guards.turn, jsonBody] }, async (c) => {
    const id = c.req.valid("param").id;
    const result = await engine.turn(id, bearer(c), c.req.valid("json"));
    if (!result.ok) return failed(c, result.error);
    // Declining at the start: the coach says nothing was kept, so the conversation is erased now.
    if (result.value.state.done && result.value.state.phase === "welkom") await engine.erase(id, bearer(c));
    return c.json({ state: result.value.state }, 200);
  });

  api.openapi(getConversationRoute, async (c) => {
    const result = await engine.get(c.req.valid("param").id, bearer(c));
    return result.ok ? c.json(result.value, 200) : failed(c, result.error);
  });

  api.openapi(summaryRoute, async (c) => {
    const result = await engine.summary(c.req.valid("param").id, bearer(c));
    // Flows type their summaries as unknown to the engine; the contract test checks the real ones.
    return result.ok ? c.json(result.value as SummaryReply, 200) : failed(c, result.error);
  });

  api.openapi(exportRoute, async (c) => {
    const result = await engine.exportData(c.req.valid("param").id, bearer(c));
    if (!result.ok) return failed(c, result.error);
    c.header("Content-Disposition", 'attachment; filename="gesprekscoach-export.json"');
    // The engine types the export loosely; api-schemas.ts checks its parts against the store's types.
    return c.json(result.value as ExportReply, 200);
  });

  // The summary as a PDF, with the export's token rule.
  api.openapi(pdfRoute, async (c) => {
    const result = await engine.summary(c.req.valid("param").id, bearer(c));
    if (!result.ok) return failed(c, result.error);
    const summary = summarySchema.safeParse(result.value.summary);
    // A practice session has its own PDF, for supervision: the transcript as shown, labels, feedback.
    if (!summary.success && practiceSummarySchema.safeParse(result.value.summary).success) {
      const practice = await practiceExport(engine, c.req.param("id"), bearer(c));
      return practice.ok ? practicePdfResponse(practice.value) : engineErrorResponse(c, practice.error);
    }
    if (!summary.success)
      return errorResponse(c, "invalid_request", "only a reflection or practice conversation has a PDF");
    return pdfResponse(await summaryPdf(summary.data, { date: new Date() }));
  });

  // A practice session as Markdown, as the web's /samenvatting/oefengesprek.md, with the export's token rule.
  api.openapi(markdownRoute, async (c) => {
    const result = await practiceExport(engine, c.req.valid("param").id, bearer(c));
    return result.ok ? markdownResponse(c, result.value) : engineErrorResponse(c, result.error);
  });

  api.openapi(eraseRoute, async (c) => {
    const result = await engine.erase(c.req.valid("param").id, bearer(c));
    return result.ok ? c.body(null, 204) : failed(c, result.error);
  });

  return api;
}

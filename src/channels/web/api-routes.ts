// The JSON API's routes as OpenAPI route definitions: request schemas (the ones that validate), every
// response with its status, and the error statuses each route can answer with. Paths are relative to
// /api/conversations, where app.ts mounts them.
import { createRoute } from "@hono/zod-openapi";
import { z } from "zod";
import { errorResponses } from "../../http/error-schema.ts";
import {
  conversationViewSchema,
  createBodySchema,
  createdSchema,
  exportSchema,
  summaryResponseSchema,
  turnBodySchema,
  turnResponseSchema,
} from "./api-schemas.ts";

/** Generous for a 4000-character answer in any script, small enough to refuse abuse. */
export const MAX_BODY_BYTES = 32 * 1024;
const bodyLimit = `Bodies over ${MAX_BODY_BYTES / 1024} KiB get 413.`;

const params = z.object({
  id: z.string().meta({ description: "The conversation's id, as POST /api/conversations returned it." }),
});
const security = [{ bearer: [] }];
const json = <T>(schema: T) => ({ "application/json": { schema } });

export const createConversationRoute = createRoute({
  method: "post",
  path: "/",
  operationId: "createConversation",
  summary: "Start a conversation",
  description: `Starts a conversation with one of the flows (reflectie, oefenen, quiz) and returns its id, the token that opens it and its first state. Rate limited per client. ${bodyLimit}`,
  request: { body: { required: true, content: json(createBodySchema) } },
  responses: {
    201: { description: "Started.", content: json(createdSchema) },
    ...errorResponses(400, 413, 415, 429, 500),
  },
});

export const turnRoute = createRoute({
  method: "post",
  path: "/{id}/turns",
  operationId: "takeTurn",
  summary: "Answer the current step",
  description: `Applies one answer (or command) and returns the new state. Idempotent per turnId: the same turnId with the same answer returns the stored state again and applies nothing twice; with a different answer it is a 409 turn_id_reused. With \`version\`, an answer given at another version is a 409 version_conflict instead of being applied to a later question. Rate limited per client. ${bodyLimit}`,
  security,
  request: { params, body: { required: true, content: json(turnBodySchema) } },
  responses: {
    200: {
      description: "The state after this turn (or, for a repeated turnId, the one it returned then).",
      content: json(turnResponseSchema),
    },
    ...errorResponses(400, 401, 409, 413, 415, 429, 500),
  },
});

export const getConversationRoute = createRoute({
  method: "get",
  path: "/{id}",
  operationId: "getConversation",
  summary: "Read a conversation",
  security,
  request: { params },
  responses: {
    200: { description: "The current state and the transcript.", content: json(conversationViewSchema) },
    ...errorResponses(401, 500),
  },
});

export const summaryRoute = createRoute({
  method: "get",
  path: "/{id}/summary",
  operationId: "getSummary",
  summary: "The conversation's summary",
  description: "The summary as far as the conversation got; `summary.flow` tells which of the shapes it is.",
  security,
  request: { params },
  responses: {
    200: { description: "The summary.", content: json(summaryResponseSchema) },
    ...errorResponses(401, 500),
  },
});

export const exportRoute = createRoute({
  method: "get",
  path: "/{id}/export",
  operationId: "exportConversation",
  summary: "Everything stored about a conversation",
  description:
    "The conversation row, every event with its answer and reply, its timers and its audit trail. Writes an export line to the audit trail.",
  security,
  request: { params },
  responses: {
    200: {
      description: "The export, as a download.",
      headers: {
        "Content-Disposition": {
          description: 'attachment; filename="gesprekscoach-export.json"',
          schema: { type: "string" },
          required: true,
        },
      },
      content: json(exportSchema),
    },
    ...errorResponses(401, 500),
  },
});

export const eraseRoute = createRoute({
  method: "delete",
  path: "/{id}",
  operationId: "eraseConversation",
  summary: "Erase a conversation",
  description:
    "Deletes the conversation, its events and its timers for real; the audit trail keeps an erase line without content.",
  security,
  request: { params },
  responses: {
    204: { description: "Erased." },
    ...errorResponses(401, 500),
  },
});

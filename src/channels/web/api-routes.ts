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
    ...errorResponses(400, 413, 415, 429, 500, 503),
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
    ...errorResponses(400, 401, 409, 413, 415, 429, 500, 503),
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
    ...errorResponses(401, 500, 503),
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
    ...errorResponses(401, 500, 503),
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
    ...errorResponses(401, 500, 503),
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
    ...errorResponses(401, 500, 503),
  },
});

const download = (filename: string) => ({
  "Content-Disposition": {
    description: `attachment; filename="${filename}"`,
    schema: { type: "string" as const },
    required: true,
  },
});

/** A GET of one conversation's document, as a download: only its path, words, file and body differ. */
function downloadRoute<Path extends string>(route: {
  path: Path;
  operationId: string;
  summary: string;
  description: string;
  what: string;
  filename: string;
  mediaType: string;
  schema: z.ZodType;
}) {
  return createRoute({
    method: "get",
    path: route.path,
    operationId: route.operationId,
    summary: route.summary,
    description: route.description,
    security,
    request: { params },
    responses: {
      200: {
        description: route.what,
        headers: download(route.filename),
        content: { [route.mediaType]: { schema: route.schema } },
      },
      ...errorResponses(400, 401, 500, 503),
    },
  });
}

export const pdfRoute = downloadRoute({
  path: "/{id}/pdf",
  operationId: "getSummaryPdf",
  summary: "The conversation as a PDF",
  description:
    "An A4 PDF in the conversation's language, as a download: a reflection's summary (gesprekscoach-samenvatting.pdf), or a practice session for supervision (oefengesprek.pdf: the transcript as shown, labels, figures, feedback, notes). The quiz gets 400.",
  what: "The PDF.",
  filename: "gesprekscoach-samenvatting.pdf",
  mediaType: "application/pdf",
  schema: z.string().meta({ contentMediaType: "application/pdf" }),
});

export const markdownRoute = downloadRoute({
  path: "/{id}/markdown",
  operationId: "getPracticeMarkdown",
  summary: "A practice session as Markdown",
  description:
    "A practice session for supervision as Markdown (oefengesprek.md), as a download: the transcript as shown with each reply's voice, the labels, figures, feedback and the trainee's notes. Other flows get 400.",
  what: "The Markdown.",
  filename: "oefengesprek.md",
  mediaType: "text/markdown",
  schema: z.string().meta({ contentMediaType: "text/markdown" }),
});

/** The outline of the Bundle; its resources are R4 as fhir.ts builds them and its tests validate. */
const fhirBundleSchema = z
  .looseObject({
    resourceType: z.literal("Bundle"),
    id: z.string(),
    type: z.literal("collection"),
    timestamp: z.string(),
    entry: z.array(
      z.looseObject({ fullUrl: z.string(), resource: z.looseObject({ resourceType: z.string() }) }),
    ),
  })
  .meta({ id: "FhirBundle", description: "A FHIR R4 Bundle of type collection." });

export const fhirRoute = downloadRoute({
  path: "/{id}/fhir",
  operationId: "getSummaryFhir",
  summary: "The reflection's summary as FHIR R4",
  description:
    "The summary of a reflection as a FHIR R4 Bundle: an anonymous Patient, a Goal per goal layer, the spinnenweb as a QuestionnaireResponse with its Questionnaire, the question for the visit as a Communication and a DocumentReference to the PDF. Other flows get 400.",
  what: "The Bundle, as a download.",
  filename: "gesprekscoach-fhir.json",
  mediaType: "application/fhir+json",
  schema: fhirBundleSchema,
});

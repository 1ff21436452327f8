// The OpenAPI 3.1 document of the JSON API, generated from the routes' zod schemas and served at
// GET /openapi.json, and the routes outside /api it describes: GET /health and GET /ready.
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";

export const OPENAPI_PATH = "/openapi.json";

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  operationId: "health",
  summary: "Liveness",
  description:
    "Answers 200 while the process runs and serves requests; it does not touch the database (see /ready), so a storage outage never gets a healthy process restarted.",
  responses: {
    200: {
      description: "Up.",
      content: {
        "application/json": { schema: z.strictObject({ ok: z.literal(true) }).meta({ id: "Health" }) },
      },
    },
  },
});

export const readyRoute = createRoute({
  method: "get",
  path: "/ready",
  operationId: "ready",
  summary: "Readiness",
  description:
    "Answers 200 when the database answers, its migrations are the ones this code expects and a write goes through; 503 with the check that failed and why otherwise.",
  responses: {
    200: {
      description: "Ready to take conversations.",
      content: {
        "application/json": {
          schema: z
            .strictObject({
              ok: z.literal(true),
              migration: z.string().meta({ description: "The last migration applied." }),
            })
            .meta({ id: "Ready" }),
        },
      },
    },
    503: {
      description: "Not ready: the database does not answer, is not migrated, or cannot be written.",
      headers: {
        "Retry-After": {
          description: "Seconds to wait before asking again.",
          schema: { type: "integer" as const, minimum: 1 },
          required: true,
        },
      },
      content: {
        "application/json": {
          schema: z
            .strictObject({
              ok: z.literal(false),
              check: z.enum(["database", "migrations", "write"]),
              reason: z.string().min(1),
            })
            .meta({ id: "NotReady" }),
        },
      },
    },
  },
});

const documentConfig = {
  openapi: "3.1.0",
  info: {
    title: "Gesprekscoach",
    version: "1",
    description:
      "The JSON API of Gesprekscoach: start a conversation, answer its steps, read it, its summary and its export, and erase it. Every error is `{ error: { code, message } }`.",
  },
};

/** Registers the bearer scheme and serves the document, generated once on first request. */
export function serveOpenApi(app: OpenAPIHono): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", {
    type: "http",
    scheme: "bearer",
    description: "The token POST /api/conversations returned for this conversation.",
  });
  let document: ReturnType<OpenAPIHono["getOpenAPI31Document"]> | undefined;
  app.get(OPENAPI_PATH, (c) => {
    document ??= app.getOpenAPI31Document(documentConfig);
    return c.json(document);
  });
}

// The OpenAPI 3.1 document of the JSON API, generated from the routes' zod schemas and served at
// GET /openapi.json, and the one route outside /api it describes: GET /health.
import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";

export const OPENAPI_PATH = "/openapi.json";

export const healthRoute = createRoute({
  method: "get",
  path: "/health",
  operationId: "health",
  summary: "Liveness",
  description: "Answers 200 while the process runs and its database answers a ping.",
  responses: {
    200: {
      description: "Up.",
      content: {
        "application/json": { schema: z.strictObject({ ok: z.literal(true) }).meta({ id: "Health" }) },
      },
    },
    503: {
      description: "The database does not answer.",
      content: {
        "application/json": { schema: z.strictObject({ ok: z.literal(false) }).meta({ id: "Unhealthy" }) },
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

// createApp(deps): the whole HTTP surface as one Hono app, with no runtime globals, so Node and
// Workers serve the very same thing.
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { BlankEnv } from "hono/types";
import { type SlackDeps, slackRoutes } from "./channels/slack/routes.ts";
import { conversationApi } from "./channels/web/api.ts";
import { webPages } from "./channels/web/pages.tsx";
import { createEngine } from "./engine/conversations.ts";
import type { FlowRegistry } from "./engine/flow.ts";
import type { ConversationStore } from "./engine/store.ts";
import { errorResponse, NOT_JSON } from "./http/errors.ts";
import { noStore, requestLog, securityHeaders } from "./http/middleware.ts";
import { healthRoute, serveOpenApi } from "./http/openapi.ts";
import { defaultRateLimits, type RateLimits, rateLimit } from "./http/rate-limit.ts";
import type { Logger } from "./log.ts";

export interface AppDeps {
  store: ConversationStore;
  flows: FlowRegistry;
  log: Logger;
  now?: () => number;
  retentionDays?: number;
  idleDays?: number;
  limits?: RateLimits;
  /** Slack settings and storage; without them POST /slack/events answers 404. */
  slack?: SlackDeps;
}

export function createApp(deps: AppDeps): Hono {
  const engine = createEngine(deps);
  const limits = deps.limits ?? defaultRateLimits;
  const guards = {
    create: rateLimit("create", limits.creates),
    turn: rateLimit("turn", limits.turns),
    resume: rateLimit("resume", limits.resumes),
  };
  // OpenAPIHono, so the document at /openapi.json gathers /health and the API mounted below.
  const app = new OpenAPIHono<BlankEnv>();

  app.use(requestLog(deps.log));
  app.use(securityHeaders());
  app.use("/api/*", noStore());

  app.openapi(healthRoute, async (c) => {
    try {
      await deps.store.ping();
      return c.json({ ok: true } as const, 200);
    } catch (error) {
      deps.log.error("health check failed", { error: error instanceof Error ? error.name : "unknown" });
      return c.json({ ok: false } as const, 503);
    }
  });

  app.route("/api/conversations", conversationApi(engine, guards));
  serveOpenApi(app);
  // Before the web pages: their CSRF origin check and body limit are not for Slack's signed requests.
  app.route(
    "/slack",
    slackRoutes({ engine, flows: deps.flows, log: deps.log, now: deps.now, slack: deps.slack }),
  );
  app.route(
    "/",
    webPages({ engine, guards, retentionDays: deps.retentionDays ?? 90, idleDays: deps.idleDays ?? 30 }),
  );

  app.notFound((c) =>
    errorResponse(c, "not_found", `no route for ${c.req.method} ${new URL(c.req.url).pathname}`),
  );
  app.onError((error, c) => {
    // Middleware refusals (the CSRF origin check) carry their own status.
    if (error instanceof HTTPException && error.status === 403)
      return errorResponse(c, "forbidden", "this request did not come from this site's own pages");
    // The API's own check answers a non-JSON body first; the OpenAPI validator's stricter media-type
    // gate behind it (a parameter without a value, application/json-seq) gets the same answer.
    if (error instanceof HTTPException && error.status === 415)
      return errorResponse(c, "unsupported_media_type", NOT_JSON);
    // The message of an internal error may quote stored data: log its kind, not its text.
    // Messages of programming errors name code, not data; other messages (a failed query lists its
    // parameters) may quote answers, so of those only the stack frames are logged.
    const codeError =
      error instanceof TypeError || error instanceof RangeError || error instanceof ReferenceError;
    deps.log.error("unhandled error", {
      route: c.req.routePath,
      error: error.name,
      message: codeError ? error.message : undefined,
      at: error.stack?.split("\n").slice(1, 4).join(" | ").trim(),
    });
    return errorResponse(c, "internal", "something went wrong on our side; your earlier answers are safe");
  });

  return app;
}

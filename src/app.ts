// createApp(deps): the whole HTTP surface as one Hono app, with no runtime globals, so Node and
// Workers serve the very same thing.

import { OpenAPIHono } from "@hono/zod-openapi";
import type { Hono } from "hono";
import { HTTPException } from "hono/http-exception";
import type { BlankEnv } from "hono/types";
import { type SlackDeps, slackRoutes } from "./channels/slack/routes.ts";
import { conversationApi } from "./channels/web/api.ts";
import { webPages } from "./channels/web/pages.tsx";
import type { PrivacySettings } from "./channels/web/privacy-copy.ts";
import { createEngine } from "./engine/conversations.ts";
import type { FlowRegistry } from "./engine/flow.ts";
import type { ReplyHook } from "./engine/reply-hook.ts";
import type { ConversationStore } from "./engine/store.ts";
import { clientContext } from "./http/client.ts";
import { errorResponse, NOT_JSON, unavailableResponse } from "./http/errors.ts";
import { noStore, requestLog, securityHeaders } from "./http/middleware.ts";
import { unavailablePage } from "./http/notice-pages.ts";
import { healthRoute, readyRoute, serveOpenApi } from "./http/openapi.ts";
import { defaultRateLimits, type RateLimits, rateLimit } from "./http/rate-limit.ts";
import { TRUST_NONE, type TrustPolicy } from "./http/trust-proxy.ts";
import { errorFields, type Logger } from "./log.ts";
import { withPracticeExport } from "./practice/export.ts";
import { fhirRoutes } from "./practice/fhir-route.ts";
import { withPracticeHelp } from "./practice/help-engine.ts";
import { staffRoutes } from "./practice/staff/routes.ts";
import type { PracticeStore, ShareStore, StaffStore } from "./practice/store.ts";
import { practiceRoutes } from "./practice/web/routes.tsx";
import { shareRoutes } from "./practice/web/share-routes.tsx";
import type { Readiness } from "./readiness.ts";
import { storageFailureOf } from "./storage-error.ts";

export interface AppDeps {
  store: ConversationStore;
  flows: FlowRegistry;
  log: Logger;
  now?: () => number;
  retentionDays?: number;
  idleDays?: number;
  /** Who is responsible for the data, named on the privacy page (PRIVACY_CONTROLLER_NAME, PRIVACY_CONTACT). */
  privacy?: PrivacySettings;
  limits?: RateLimits;
  /** Which proxies may name the client and say https (TRUST_PROXY); none unless given. */
  trustProxy?: TrustPolicy;
  /**
   * The readiness checks of db/readiness.ts over the real database; without them (unit tests) /ready
   * checks only that the store answers.
   */
  ready?: () => Promise<Readiness>;
  /** Slack settings and storage; without them POST /slack/events answers 404. */
  slack?: SlackDeps;
  /** The practice side (issue 20); without it /p/<slug> answers 404 and no help names a practice. */
  practices?: PracticeStore;
  /** Shares with consent (issue 20); with `practices`, the sharing page and the inbox. */
  shares?: ShareStore;
  /** Staff with passkeys (issue 20); with `practices` and `shares`, the inbox /praktijk. */
  staff?: StaffStore;
  /** Rewords replies before they are stored (the optional language model, src/llm); none unless configured. */
  replyHook?: ReplyHook;
}

export function createApp(deps: AppDeps): Hono {
  const core = createEngine(deps);
  // With the practice side, the patient's export carries their shares and their audit lines.
  // A practice's conversations name its own out-of-hours number in their help, on every channel.
  const engine = deps.practices
    ? withPracticeHelp(
        deps.shares ? withPracticeExport(core, deps.practices, deps.shares, deps.now ?? Date.now) : core,
        deps.practices,
      )
    : core;
  const limits = deps.limits ?? defaultRateLimits;
  const guards = {
    create: rateLimit("create", limits.creates),
    turn: rateLimit("turn", limits.turns),
    resume: rateLimit("resume", limits.resumes),
  };
  // OpenAPIHono, so the document at /openapi.json gathers /health and the API mounted below.
  const app = new OpenAPIHono<BlankEnv>();

  app.use(clientContext(deps.trustProxy ?? TRUST_NONE));
  app.use(requestLog(deps.log));
  app.use(securityHeaders());
  app.use("/api/*", noStore());

  app.openapi(healthRoute, (c) => c.json({ ok: true } as const, 200));

  const ready =
    deps.ready ??
    (async (): Promise<Readiness> => {
      await deps.store.ping();
      return { ok: true, migration: "unchecked" };
    });
  app.openapi(readyRoute, async (c) => {
    let readiness: Readiness;
    try {
      readiness = await ready();
    } catch (error) {
      readiness = { ok: false, check: "database", reason: "the readiness check failed" };
      deps.log.error("readiness check failed", errorFields(error));
    }
    if (readiness.ok) return c.json({ ok: true, migration: readiness.migration } as const, 200);
    const { check, reason, failure } = readiness;
    deps.log.warn("not ready", { check, reason });
    c.header("Retry-After", String(failure?.retryAfter ?? 10));
    return c.json({ ok: false, check, reason } as const, 503);
  });

  // The FHIR download (issue 20) sits beside the conversation API, in the same OpenAPI document.
  app.route("/api/conversations", fhirRoutes(engine, deps.store));
  app.route("/api/conversations", conversationApi(engine, guards));
  serveOpenApi(app);
  // Before the web pages: their CSRF origin check and body limit are not for Slack's signed requests.
  app.route(
    "/slack",
    slackRoutes({ engine, flows: deps.flows, log: deps.log, now: deps.now, slack: deps.slack }),
  );
  const idleDays = deps.idleDays ?? 30;
  const practices = deps.practices;
  const now = deps.now ? { now: deps.now } : {};
  if (practices && deps.shares && deps.staff)
    app.route(
      "/",
      staffRoutes({
        engine,
        practices,
        shares: deps.shares,
        staff: deps.staff,
        limit: limits.resumes,
        ...now,
      }),
    );
  if (practices && deps.shares)
    app.route("/", shareRoutes({ engine, guards, practices, shares: deps.shares, ...now }));
  if (practices) app.route("/", practiceRoutes({ engine, guards, practices, idleDays, ...now }));
  app.route(
    "/",
    webPages({
      engine,
      log: deps.log,
      guards,
      retentionDays: deps.retentionDays ?? 90,
      idleDays,
      ...(deps.privacy ? { privacy: deps.privacy } : {}),
    }),
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
    // A storage outage is not a bug: 503 with Retry-After, so clients try again once it is over.
    const failure = storageFailureOf(error);
    if (failure) {
      deps.log.error("storage unavailable", {
        route: c.req.routePath,
        kind: failure.kind,
        ...errorFields(error),
      });
      // The web chat's pages are read by people: a page, not JSON (the API and Slack get JSON).
      const path = new URL(c.req.url).pathname;
      if (!path.startsWith("/api/") && !path.startsWith("/slack/")) {
        c.header("Retry-After", String(failure.retryAfter));
        return c.html(unavailablePage(), 503);
      }
      return unavailableResponse(c, failure);
    }
    // The message of an internal error may quote stored data (a failed query lists its parameters):
    // errorFields keeps it only where it cannot; the stack frames name code, not data.
    deps.log.error("unhandled error", {
      route: c.req.routePath,
      ...errorFields(error),
      at: error.stack?.split("\n").slice(1, 4).join(" | ").trim(),
    });
    return errorResponse(c, "internal", "something went wrong on our side; your earlier answers are safe");
  });

  return app;
}

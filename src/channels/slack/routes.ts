// POST /slack/events: the one Slack endpoint (Events API, interactivity, slash commands). Without
// Slack settings the route exists and says so with a 404, so the rest of the service runs as before.
import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { Engine } from "../../engine/conversations.ts";
import type { FlowRegistry } from "../../engine/flow.ts";
import { errorResponse } from "../../http/errors.ts";
import type { IntervisionStore } from "../../intervision/store.ts";
import type { Logger } from "../../log.ts";
import { createBoltApp } from "./bolt-app.ts";
import { createSlackCoach } from "./coach.ts";
import { createIntervision } from "./intervision/service.ts";
import { HonoReceiver } from "./receiver.ts";
import type { SlackStore } from "./store.ts";
import { createVerifier } from "./verify.ts";

/** Slack payloads are small; an interaction carries its message's blocks, a few kilobytes at most. */
export const MAX_SLACK_BODY_BYTES = 1024 * 1024;

export interface SlackSettings {
  signingSecret: string;
  botToken: string;
  /** The Web API base URL; Slack's own when unset. Tests point it at a fake. */
  apiUrl?: string;
}

export interface SlackDeps extends SlackSettings {
  store: SlackStore;
  /** Intervision rounds (/intervisie); without it the command is not registered. */
  intervision?: IntervisionStore;
  /** How long a response waits for the work before it acks (the receiver's default when unset; tests set it). */
  ackBudgetMs?: number;
}

export interface SlackRouteOptions {
  engine: Engine;
  flows: FlowRegistry;
  log: Logger;
  now?: () => number;
  slack: SlackDeps | undefined;
}

export function slackRoutes(options: SlackRouteOptions): Hono {
  const routes = new Hono();
  const { slack, log } = options;
  if (!slack) {
    routes.post("/events", (c) =>
      errorResponse(
        c,
        "not_found",
        "Slack is not configured on this server: set SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN",
      ),
    );
    return routes;
  }
  const now = options.now ?? Date.now;
  const receiver = new HonoReceiver({
    verify: createVerifier(slack.signingSecret),
    store: slack.store,
    log,
    now,
    ...(slack.ackBudgetMs === undefined ? {} : { ackBudgetMs: slack.ackBudgetMs }),
  });
  const intervision = slack.intervision
    ? createIntervision({ store: slack.intervision, posts: slack.store, log, now })
    : undefined;
  const coach = createSlackCoach({
    engine: options.engine,
    flows: options.flows,
    store: slack.store,
    log,
    now,
    // "Download mijn gegevens" includes what the person wrote in intervision rounds.
    ...(intervision
      ? { exportExtra: (who) => intervision.exportFor(who).then((data) => ({ intervision: data })) }
      : {}),
  });
  createBoltApp({
    botToken: slack.botToken,
    apiUrl: slack.apiUrl,
    receiver,
    coach,
    ...(intervision ? { intervision } : {}),
    log,
  });

  routes.post(
    "/events",
    bodyLimit({
      maxSize: MAX_SLACK_BODY_BYTES,
      onError: (c) =>
        errorResponse(c, "payload_too_large", `the body is larger than ${MAX_SLACK_BODY_BYTES} bytes`),
    }),
    (c) => receiver.handle(c),
  );
  return routes;
}

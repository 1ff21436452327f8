// What the Node server and the Worker need to run intervision's timers: the handlers for the sweep,
// built over the round store and a WebClient outside any Slack request. Empty without Slack.
import type { IntervisionStore } from "../../../intervision/store.ts";
import type { Logger } from "../../../log.ts";
import type { TimerHandler } from "../../../timers/sweep.ts";
import type { SlackSettings } from "../routes.ts";
import type { SlackStore } from "../store.ts";
import { createIntervisionTimerHandlers } from "./timers.ts";
import { sweepSlackApi } from "./web-client.ts";

export interface TimerWiring {
  slack: Pick<SlackSettings, "botToken" | "apiUrl"> | undefined;
  store: IntervisionStore;
  /** Every DM a timer sends (a reminder) is remembered, so the person can have it deleted. */
  posts: Pick<SlackStore, "recordPost">;
  log: Logger;
  now?: () => number;
}

export function intervisionTimerHandlers(wiring: TimerWiring): Record<string, TimerHandler> {
  const { slack, store, posts, log, now = Date.now } = wiring;
  if (!slack) return {};
  return createIntervisionTimerHandlers({ store, posts, log, now, api: sweepSlackApi(slack, log) });
}

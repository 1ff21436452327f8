// What the Node server and the Worker need to run intervision's timers: the handlers for the sweep,
// built over the round store and a WebClient outside any Slack request. Empty without Slack.
import type { IntervisionStore } from "../../../intervision/store.ts";
import type { Logger } from "../../../log.ts";
import type { TimerHandler } from "../../../timers/sweep.ts";
import type { SlackSettings } from "../routes.ts";
import { createIntervisionTimerHandlers } from "./timers.ts";
import { sweepSlackApi } from "./web-client.ts";

export function intervisionTimerHandlers(
  slack: Pick<SlackSettings, "botToken" | "apiUrl"> | undefined,
  store: IntervisionStore,
  log: Logger,
  now: () => number = Date.now,
): Record<string, TimerHandler> {
  if (!slack) return {};
  return createIntervisionTimerHandlers({ store, log, now, api: sweepSlackApi(slack, log) });
}

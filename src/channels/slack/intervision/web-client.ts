// A WebClient for intervision work outside a Slack request (the timer sweep on Node and Workers):
// the same bot token and API URL as the Bolt app, no retries of its own (the sweep retries with
// backoff) and a short timeout.
import { webApi } from "@slack/bolt";
import type { Logger } from "../../../log.ts";
import { boltLogger } from "../logging.ts";
import type { SlackSettings } from "../routes.ts";
import { type IntervisionApi, intervisionApi } from "./slack-api.ts";

/** Workers' fetch refuses `redirect: "error"`; "manual" fails a redirect the same way. */
const workerSafeFetch: webApi.FetchFunction = (url, init) =>
  fetch(url, { ...init, ...(init?.redirect === "error" ? { redirect: "manual" } : {}) });

export function sweepSlackApi(
  settings: Pick<SlackSettings, "botToken" | "apiUrl">,
  log: Logger,
): IntervisionApi {
  const client = new webApi.WebClient(settings.botToken, {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {}),
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 5000,
    fetch: workerSafeFetch,
    // Its debug output would carry message text: only warnings and errors pass, reduced to their kind.
    logger: boltLogger(log),
  });
  return intervisionApi(client);
}

// A WebClient for intervision work outside a Slack request (the timer sweep on Node and Workers):
// the same bot token and API URL as the Bolt app, no retries of its own (the sweep retries with
// backoff) and a short timeout.
import { webApi } from "@slack/bolt";
import type { Logger } from "../../../log.ts";
import { boltLogger } from "../logging.ts";
import type { SlackSettings } from "../routes.ts";
import { webClientOptions } from "../web-client.ts";
import { type IntervisionApi, intervisionApi } from "./slack-api.ts";

export function sweepSlackApi(
  settings: Pick<SlackSettings, "botToken" | "apiUrl">,
  log: Logger,
): IntervisionApi {
  const client = new webApi.WebClient(settings.botToken, {
    ...webClientOptions(settings.apiUrl),
    // Its debug output would carry message text: only warnings and errors pass, reduced to their kind.
    logger: boltLogger(log),
  });
  return intervisionApi(client);
}

// How every WebClient of ours talks to Slack (Bolt's, and the timer sweep's for intervision), and the
// one answer field set we rely on: where a posted message landed.
import type { webApi } from "@slack/bolt";
import { z } from "zod";

/**
 * Workers' fetch refuses `redirect: "error"`, which the WebClient sets; "manual" gives the same
 * outcome here (a redirect is not a 200, so the WebClient fails the call).
 */
const workerSafeFetch: webApi.FetchFunction = (url, init) =>
  fetch(url, { ...init, ...(init?.redirect === "error" ? { redirect: "manual" } : {}) });

export function webClientOptions(apiUrl: string | undefined): webApi.WebClientOptions {
  return {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    // No retries inside a request: a failed call fails the event, and Slack's re-delivery (made
    // safe by the claim and the derived turnId) is the retry; the sweep retries timers with backoff.
    retryConfig: { retries: 0 },
    // Rate limited: fail now rather than sleep through Retry-After past the ack (and Workers' 30 s).
    rejectRateLimitedCalls: true,
    timeout: 5000,
    fetch: workerSafeFetch,
  };
}

const posted = z.looseObject({ channel: z.string().min(1), ts: z.string().min(1) });

/** Where chat.postMessage put the message; an answer without it is an error. */
export function postedAt(result: unknown): { channel: string; ts: string } {
  const parsed = posted.safeParse(result);
  if (!parsed.success) throw new Error("chat.postMessage answered without channel and ts");
  return { channel: parsed.data.channel, ts: parsed.data.ts };
}

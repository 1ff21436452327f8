// Our Bolt receiver: Hono owns the HTTP route; this verifies the request before anything else, claims
// it so it is acted on once, hands it to Bolt's processEvent and turns Bolt's ack into the response.
import type { App, Receiver } from "@slack/bolt";
import type { Context } from "hono";
import { errorResponse } from "../../http/errors.ts";
import type { Logger } from "../../log.ts";
import { earlyAck } from "./early-ack.ts";
import { type Envelope, parseEnvelope, retryOf } from "./envelope.ts";
import { describeError } from "./logging.ts";
import type { SlackStore } from "./store.ts";
import type { SignedRequest, Verified } from "./verify.ts";

export interface ReceiverOptions {
  verify: (request: SignedRequest) => Promise<Verified>;
  store: SlackStore;
  log: Logger;
  now: () => number;
  /**
   * How long the response waits for the work. Work that ends sooner answers with its outcome, so a
   * failure becomes a 500 that Slack re-delivers; slower work finishes after the ack. Slack wants the
   * ack within 3 s.
   */
  ackBudgetMs?: number;
  /** How long a claim protects an attempt in progress; after that a re-delivery may take it over. */
  leaseMs?: number;
}

type Dispatch = Extract<Envelope, { kind: "dispatch" }>;

/** Runs a promise past the response: waitUntil on Workers; on Node the promise simply runs on. */
function keepAlive(c: Context, work: Promise<unknown>): void {
  try {
    c.executionCtx.waitUntil(work);
  } catch {
    // Node has no ExecutionContext; nothing ends the process under a pending promise.
  }
}

function ackResponse(c: Context, body: unknown): Response {
  if (body === undefined || body === "") return c.body(null, 200);
  if (typeof body === "string") return c.text(body, 200);
  return c.json(body as object, 200);
}

export class HonoReceiver implements Receiver {
  #app: App | undefined;
  readonly #options: Required<ReceiverOptions>;

  constructor(options: ReceiverOptions) {
    this.#options = { ackBudgetMs: 1500, leaseMs: 30_000, ...options };
  }

  init(app: App): void {
    this.#app = app;
  }

  start(): Promise<void> {
    return Promise.resolve();
  }

  stop(): Promise<void> {
    return Promise.resolve();
  }

  async handle(c: Context): Promise<Response> {
    const { verify, log, now } = this.#options;
    const body = new Uint8Array(await c.req.arrayBuffer());
    const verified = await verify({
      signature: c.req.header("x-slack-signature"),
      timestamp: c.req.header("x-slack-request-timestamp"),
      body,
      nowMs: now(),
    });
    if (!verified.ok) {
      // The reason only: the body is unverified and may be anything.
      log.warn("slack request refused", { reason: verified.reason });
      return errorResponse(c, "unauthorized", "the request does not carry a valid, current Slack signature");
    }
    const parsed = parseEnvelope(c.req.header("content-type"), new TextDecoder().decode(body));
    if (!parsed.ok) {
      log.warn("slack request not understood", { reason: parsed.message });
      return errorResponse(c, "invalid_request", parsed.message);
    }
    const envelope = parsed.envelope;
    if (envelope.kind === "url_verification") return c.json({ challenge: envelope.challenge });
    if (envelope.kind === "ssl_check") return c.body(null, 200);
    return this.#dispatch(c, envelope);
  }

  async #dispatch(c: Context, envelope: Dispatch): Promise<Response> {
    const app = this.#app;
    if (!app) throw new Error("the Slack receiver was not initialised by a Bolt App");
    const { store, log, now, ackBudgetMs, leaseMs } = this.#options;
    const { key, type, blockActions, read } = envelope;
    const retry = retryOf(c.req.header("x-slack-retry-num"), c.req.header("x-slack-retry-reason"));

    let attempt = 0;
    if (key) {
      let claim: Awaited<ReturnType<SlackStore["claim"]>>;
      try {
        claim = await store.claim(key, now(), leaseMs);
      } catch (error) {
        // Nothing was acted on: a 500 makes Slack deliver it again.
        log.error("slack claim failed", { type, ...describeError(error) });
        return errorResponse(c, "internal", "could not record the event; Slack will deliver it again");
      }
      if (claim.kind === "done") {
        log.info("slack repeat ignored", { type, retryNum: retry.retryNum });
        return c.body(null, 200);
      }
      if (claim.kind === "busy") {
        // Not a 200: if the attempt in progress fails after all, Slack's next retry must still come.
        log.info("slack repeat while in progress", { type, retryNum: retry.retryNum });
        return c.json(
          { error: { code: "in_progress", message: "this event is being processed; try again later" } },
          503,
        );
      }
      attempt = claim.attempt;
    }

    let acked: { body: unknown } | undefined;
    const ack = async (response?: unknown): Promise<void> => {
      acked ??= { body: response };
    };
    const started = now();
    const early = earlyAck();
    const work = app
      .processEvent({
        body: envelope.body,
        ack,
        ...retry,
        // Bolt merges these into every listener's context: the claim key and the body as parsed here.
        // and ackNow, for work that is about to wait for the language model.
        customProperties: {
          ...(key ? { slackKey: key } : {}),
          ...(blockActions ? { blockActions } : {}),
          ...(read ? { slackRead: read } : {}),
          ackNow: early.now,
        },
      })
      .then(async () => {
        if (key) await store.finish(key, now());
        log.info("slack handled", { type, attempt, retryNum: retry.retryNum, ms: now() - started });
        return true;
      })
      .catch(async (error: unknown) => {
        log.error("slack handling failed", { type, attempt, ...describeError(error) });
        // Reclaimable: a re-delivery of this event is processed instead of ignored.
        if (key)
          await store
            .release(key, now())
            .catch((e: unknown) => log.error("slack claim release failed", describeError(e)));
        return false;
      });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<"late">((resolve) => {
      timer = setTimeout(() => resolve("late"), ackBudgetMs);
    });
    const first = await Promise.race([work, late, early.asked]);
    clearTimeout(timer);
    if (first === "late" || first === "early") {
      log.info("slack acked before the work ended", { type, why: first });
      keepAlive(c, work);
      return ackResponse(c, acked?.body);
    }
    if (!first)
      return errorResponse(c, "internal", "handling this event failed; Slack will deliver it again");
    return ackResponse(c, acked?.body);
  }
}

// Plays Slack's side of POST /slack/events in tests: signs requests the way Slack does (node:crypto,
// independent of the app's Web Crypto code), and builds DM message events, button presses, /coach
// and app_home_opened payloads from what the fake Web API recorded.
import { createHmac, randomUUID } from "node:crypto";
import type { SlackCall } from "./fake-slack.ts";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-1111-2222-fakeBotToken";
export const TEAM = "T0TEST";

export interface Delivery {
  status: number;
  text: string;
}

export interface SendOptions {
  /** Seconds since the epoch to sign with; now unless given. */
  timestamp?: number;
  headers?: Record<string, string>;
  /** Leave the signature and timestamp headers out. */
  unsigned?: boolean;
  retryNum?: number;
}

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
}

export interface ButtonElement {
  type: "button";
  action_id: string;
  value: string;
  text: { type: "plain_text"; text: string };
  block_id: string;
}

interface Block {
  type: string;
  block_id?: string;
  elements?: {
    type: string;
    action_id?: string;
    value?: string;
    text?: { text: string };
    options?: unknown[];
  }[];
  text?: { text: string };
  accessory?: { type: string; action_id?: string; value?: string; text?: { text: string } };
}

export function blocksOf(call: SlackCall | undefined): Block[] {
  const blocks = call?.args.blocks ?? (call?.args.view as { blocks?: unknown } | undefined)?.blocks;
  return Array.isArray(blocks) ? (blocks as Block[]) : [];
}

/** All text a message or view shows: sections, contexts and headers. */
export function textOf(call: SlackCall | undefined): string {
  return blocksOf(call)
    .flatMap((b) => [b.text?.text ?? "", ...(b.elements ?? []).map((e) => (e as { text?: unknown }).text)])
    .filter((t): t is string => typeof t === "string")
    .join("\n")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">");
}

export function buttonsOf(call: SlackCall | undefined): ButtonElement[] {
  return blocksOf(call).flatMap((b) => {
    const inBlock = (b.elements ?? []).filter((e) => e.type === "button");
    const accessory = b.accessory?.type === "button" ? [b.accessory] : [];
    return [...inBlock, ...accessory].map((e) => ({
      ...(e as Omit<ButtonElement, "block_id">),
      block_id: b.block_id ?? "",
    }));
  });
}

/** The answer a button of ours carries, read from its value. */
export function answerOf(button: ButtonElement): Record<string, unknown> | undefined {
  const value = JSON.parse(button.value) as { a?: Record<string, unknown> };
  return value.a;
}

export class SlackSide {
  #seq = 0;
  constructor(
    readonly base: string,
    readonly secret = SIGNING_SECRET,
  ) {}

  async send(body: string, contentType: string, options: SendOptions = {}): Promise<Delivery> {
    const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = { "content-type": contentType };
    if (!options.unsigned) {
      headers["x-slack-request-timestamp"] = String(timestamp);
      headers["x-slack-signature"] = sign(this.secret, timestamp, body);
    }
    Object.assign(headers, options.headers);
    if (options.retryNum !== undefined) {
      headers["x-slack-retry-num"] = String(options.retryNum);
      headers["x-slack-retry-reason"] = "http_error";
    }
    const res = await fetch(`${this.base}/slack/events`, { method: "POST", headers, body });
    return { status: res.status, text: await res.text() };
  }

  eventBody(event: Record<string, unknown>, eventId = this.eventId()): string {
    return JSON.stringify({
      token: "legacy-unused",
      team_id: TEAM,
      api_app_id: "A0TEST",
      type: "event_callback",
      event_id: eventId,
      event_time: Math.floor(Date.now() / 1000),
      event,
    });
  }

  eventId(): string {
    this.#seq++;
    return `Ev${Date.now().toString(36).toUpperCase()}${this.#seq}`;
  }

  /** A message the user writes in the app's DM. */
  message(user: string, text: string, options: SendOptions & { eventId?: string } = {}): Promise<Delivery> {
    // Slack escapes &, < and > in message text.
    const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const body = this.eventBody(
      {
        type: "message",
        channel: dmOf(user),
        channel_type: "im",
        user,
        text: escaped,
        ts: `${Date.now() / 1000}`,
        event_ts: "1",
      },
      options.eventId,
    );
    return this.send(body, "application/json", options);
  }

  homeOpened(user: string, options: SendOptions = {}): Promise<Delivery> {
    return this.send(
      this.eventBody({ type: "app_home_opened", user, channel: dmOf(user), tab: "home", event_ts: "1" }),
      "application/json",
      options,
    );
  }

  /** /coach typed anywhere. */
  command(user: string, options: SendOptions = {}): Promise<Delivery> {
    const form = new URLSearchParams({
      token: "legacy-unused",
      team_id: TEAM,
      channel_id: "C0GENERAL",
      channel_name: "general",
      user_id: user,
      user_name: "tester",
      command: "/coach",
      text: "",
      response_url: "http://127.0.0.1:9/unused",
      trigger_id: `${Date.now()}.${++this.#seq}.cmd`,
    });
    return this.send(form.toString(), "application/x-www-form-urlencoded", options);
  }

  /** Presses a button in a message the app posted (or, without a message, in App Home). */
  press(
    user: string,
    button: ButtonElement,
    message: SlackCall | undefined,
    options: SendOptions & { state?: Record<string, unknown>; triggerId?: string } = {},
  ): Promise<Delivery> {
    const ts = message ? String(message.response.ts ?? "") : "";
    const payload = {
      type: "block_actions",
      user: { id: user, username: "tester", team_id: TEAM },
      api_app_id: "A0TEST",
      token: "legacy-unused",
      trigger_id: options.triggerId ?? `${Date.now()}.${++this.#seq}.${randomUUID().slice(0, 8)}`,
      team: { id: TEAM, domain: "test" },
      container: message
        ? { type: "message", message_ts: ts, channel_id: dmOf(user), is_ephemeral: false }
        : { type: "view" },
      ...(message
        ? {
            channel: { id: dmOf(user), name: "directmessage" },
            message: { type: "message", ts, text: message.args.text, blocks: blocksOf(message) },
          }
        : {}),
      state: { values: options.state ?? {} },
      response_url: "http://127.0.0.1:9/unused",
      actions: [{ ...button, action_ts: `${Date.now() / 1000}` }],
    };
    const form = new URLSearchParams({ payload: JSON.stringify(payload) });
    return this.send(form.toString(), "application/x-www-form-urlencoded", options);
  }
}

export const dmOf = (user: string) => user.replace(/^U/, "D");

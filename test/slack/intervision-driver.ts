// Plays a team channel's side of intervision in tests: /intervisie, modal submissions, replies in the
// round's thread and button presses on channel and DM messages, all signed like Slack's, and reads
// back what the app posted (the parent message as last updated, the thread, notes and DMs).
import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import type { MethodId } from "../../src/intervision/methods.ts";
import type { SlackCall } from "./fake-slack.ts";
import type { SlackHarness } from "./harness.ts";
import {
  type ButtonElement,
  blocksOf,
  buttonsOf,
  type Delivery,
  type SendOptions,
  TEAM,
  textOf,
} from "./slack-client.ts";

export const CHANNEL = "C0TEAM";
const FORM = "application/x-www-form-urlencoded";

/** A message as it stands in Slack: where it is and its current blocks. */
export interface MessageRef {
  channel: string;
  ts: string;
  text: string;
  blocks: unknown[];
}

export interface StartForm {
  method: MethodId;
  caseBringer: string;
  participants: string[];
  hours?: number;
  anonymous?: boolean;
}

export const startValues = (form: StartForm) => ({
  method: { method: { type: "static_select", selected_option: { value: form.method } } },
  case_bringer: { user: { type: "users_select", selected_user: form.caseBringer } },
  participants: { users: { type: "multi_users_select", selected_users: form.participants } },
  duration: { hours: { type: "static_select", selected_option: { value: String(form.hours ?? 24) } } },
  anonymous: {
    choice: { type: "radio_buttons", selected_option: { value: form.anonymous ? "yes" : "no" } },
  },
});

export const textValues = (block: "text" | "next_steps", value: string) => ({
  [block]: { text: { type: "plain_text_input", value } },
});

export function refOfPost(call: SlackCall): MessageRef {
  return {
    channel: String(call.response.channel),
    ts: String(call.response.ts),
    text: String(call.args.text ?? ""),
    blocks: blocksOf(call),
  };
}

export class ChannelSide {
  #seq = 0;
  /** Only the signing Slack side and the fake Web API: the same driver works against workerd. */
  constructor(readonly h: Pick<SlackHarness, "slack" | "fake">) {}

  #trigger(): string {
    return `${Date.now()}.${++this.#seq}.${randomUUID().slice(0, 8)}`;
  }

  /** A message ts that no other message in the test has. */
  nextTs(): string {
    return `${1_800_000_000 + ++this.#seq}.${String(this.#seq).padStart(6, "0")}`;
  }

  command(user: string, text = "", channel = CHANNEL): Promise<Delivery> {
    const form = new URLSearchParams({
      token: "legacy-unused",
      team_id: TEAM,
      channel_id: channel,
      channel_name: "team",
      user_id: user,
      user_name: "tester",
      command: "/intervisie",
      text,
      response_url: "http://127.0.0.1:9/unused",
      trigger_id: this.#trigger(),
    });
    return this.h.slack.send(form.toString(), FORM);
  }

  /** The id the (fake) Slack gave the view opened by this views.open call. */
  viewId(opened: SlackCall): string {
    return `V${this.h.fake.calls.indexOf(opened)}`;
  }

  submit(
    user: string,
    opened: SlackCall,
    values: Record<string, unknown>,
    options: SendOptions & { triggerId?: string } = {},
  ): Promise<Delivery> {
    const view = opened.args.view as { callback_id: string; private_metadata: string };
    const payload = {
      type: "view_submission",
      team: { id: TEAM, domain: "test" },
      user: { id: user, username: "tester", team_id: TEAM },
      api_app_id: "A0TEST",
      token: "legacy-unused",
      trigger_id: options.triggerId ?? this.#trigger(),
      view: {
        id: this.viewId(opened),
        team_id: TEAM,
        type: "modal",
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        state: { values },
        hash: "1.abc",
      },
      response_urls: [],
    };
    return this.h.slack.send(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      FORM,
      options,
    );
  }

  /** A reply in the thread of `threadTs`; `ts` and `eventId` let a test re-deliver the same one. */
  reply(
    user: string,
    threadTs: string,
    text: string,
    options: SendOptions & { ts?: string; eventId?: string; channel?: string } = {},
  ): Promise<Delivery> {
    const ts = options.ts ?? this.nextTs();
    const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
    const body = this.h.slack.eventBody(
      {
        type: "message",
        channel: options.channel ?? CHANNEL,
        channel_type: "channel",
        user,
        text: escaped,
        ts,
        thread_ts: threadTs,
        event_ts: ts,
      },
      options.eventId,
    );
    return this.h.slack.send(body, "application/json", options);
  }

  press(
    user: string,
    button: ButtonElement,
    message: MessageRef,
    options: SendOptions = {},
  ): Promise<Delivery> {
    const payload = {
      type: "block_actions",
      user: { id: user, username: "tester", team_id: TEAM },
      api_app_id: "A0TEST",
      token: "legacy-unused",
      trigger_id: this.#trigger(),
      team: { id: TEAM, domain: "test" },
      container: {
        type: "message",
        message_ts: message.ts,
        channel_id: message.channel,
        is_ephemeral: false,
      },
      channel: { id: message.channel, name: "team" },
      message: { type: "message", ts: message.ts, text: message.text, blocks: message.blocks },
      state: { values: {} },
      response_url: "http://127.0.0.1:9/unused",
      actions: [{ ...button, action_ts: `${Date.now() / 1000}` }],
    };
    return this.h.slack.send(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      FORM,
      options,
    );
  }

  // Reading what the app did.

  posts(): SlackCall[] {
    return this.h.fake.ok("chat.postMessage");
  }

  /** The app's messages in a thread, oldest first. */
  thread(parentTs: string): SlackCall[] {
    return this.posts().filter((c) => c.args.thread_ts === parentTs);
  }

  /** A message as last updated by chat.update (or as posted). */
  current(posted: SlackCall): MessageRef {
    const ref = refOfPost(posted);
    const updates = this.h.fake
      .ok("chat.update")
      .filter((c) => c.args.ts === ref.ts && c.args.channel === ref.channel);
    const last = updates.at(-1);
    return last ? { ...ref, text: String(last.args.text ?? ""), blocks: blocksOf(last) } : ref;
  }

  ephemerals(user: string): SlackCall[] {
    return this.h.fake.ok("chat.postEphemeral").filter((c) => c.args.user === user);
  }

  /** Messages the app sent to a user's DM (a user id as channel). */
  dms(user: string): SlackCall[] {
    return this.posts().filter((c) => c.args.channel === user);
  }

  /** Sends, expects 200, and waits until `method` has been called `count` more times. */
  async expectCalls(send: () => Promise<Delivery>, method: string, count = 1): Promise<SlackCall[]> {
    const before = this.h.fake.ok(method).length;
    const delivery = await send();
    expect(delivery.status, delivery.text).toBe(200);
    const calls = await this.h.fake.waitFor(method, before + count);
    return calls.slice(before);
  }

  /** Sends, expects 200 and returns the views.open call it caused. */
  async expectView(send: () => Promise<Delivery>): Promise<SlackCall> {
    const [opened] = await this.expectCalls(send, "views.open");
    if (!opened) throw new Error("no views.open");
    return opened;
  }
}

/** A round as the test sees it: its parent message, and the thread below it. */
export class RoundView {
  constructor(
    readonly side: ChannelSide,
    readonly parent: SlackCall,
  ) {}

  get ts(): string {
    return String(this.parent.response.ts);
  }

  get parentNow(): MessageRef {
    return this.side.current(this.parent);
  }

  get parentText(): string {
    return textOf({ ...this.parent, args: { ...this.parent.args, blocks: this.parentNow.blocks } });
  }

  thread(): SlackCall[] {
    return this.side.thread(this.ts);
  }

  /** The newest phase message in the thread (it has the contribute buttons). */
  phaseMessage(): SlackCall {
    const found = this.thread().filter((c) =>
      buttonsOf(c).some((b) => b.action_id.startsWith("gc_iv_write")),
    );
    const last = found.at(-1);
    if (!last) throw new Error("no phase message in the thread");
    return last;
  }

  control(label: string): ButtonElement {
    const button = buttonsOf({ ...this.parent, args: { blocks: this.parentNow.blocks } }).find(
      (b) => b.text.text === label,
    );
    if (!button) throw new Error(`no control "${label}" on the parent message`);
    return button;
  }

  /** The facilitator presses a control; resolves once its thread post appeared. */
  async press(user: string, label: string, posts = 1): Promise<SlackCall[]> {
    const button = this.control(label);
    return this.side.expectCalls(
      () => this.side.press(user, button, this.parentNow),
      "chat.postMessage",
      posts,
    );
  }
}

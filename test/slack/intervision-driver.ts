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
  /** Left out (null) when the round chooses its case first. */
  caseBringer: string | null;
  participants: string[];
  hours?: number;
  anonymous?: boolean;
  /** Anonymous questions wait for the facilitator's approval. */
  moderated?: boolean;
  /** "fixed" (the default here): the case bringer is given; "method" follows the method's own way. */
  cases?: "method" | "collect" | "fixed";
  /** "always" (the default here, so tests do not depend on the hour they run at) or "office". */
  workHours?: "office" | "always";
}

export const startValues = (form: StartForm) => ({
  method: { method: { type: "static_select", selected_option: { value: form.method } } },
  cases: { choice: { type: "radio_buttons", selected_option: { value: form.cases ?? "fixed" } } },
  case_bringer: { user: { type: "users_select", selected_user: form.caseBringer } },
  participants: { users: { type: "multi_users_select", selected_users: form.participants } },
  duration: { hours: { type: "static_select", selected_option: { value: String(form.hours ?? 24) } } },
  work_hours: {
    choice: { type: "radio_buttons", selected_option: { value: form.workHours ?? "always" } },
  },
  anonymous: {
    choice: {
      type: "radio_buttons",
      selected_option: { value: form.anonymous ? (form.moderated ? "reviewed" : "yes") : "no" },
    },
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

  /**
   * A message ts that no other message in the test has, written now: Slack's ts is when a message was
   * written, and the app files a reply by it. The last three digits keep two in one millisecond apart.
   */
  nextTs(): string {
    const now = Date.now();
    const micro = (now % 1000) * 1000 + (++this.#seq % 1000);
    return `${Math.floor(now / 1000)}.${String(micro).padStart(6, "0")}`;
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

  /** The id the (fake) Slack gave the view opened (or updated) by this call. */
  viewId(opened: SlackCall): string {
    const id = (opened.response.view as { id?: unknown } | undefined)?.id;
    if (typeof id !== "string") throw new Error("the view call has no view id");
    return id;
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
    options: SendOptions & {
      ts?: string;
      eventId?: string;
      channel?: string;
      file?: boolean;
      raw?: boolean;
    } = {},
  ): Promise<Delivery> {
    const ts = options.ts ?? this.nextTs();
    const channel = options.channel ?? CHANNEL;
    this.h.fake.humanMessage(channel, ts);
    const body = this.h.slack.eventBody(
      {
        type: "message",
        ...(options.file
          ? { subtype: "file_share", upload: false, files: [{ id: "F0PHOTO", name: "scan.jpg" }] }
          : {}),
        channel,
        channel_type: "channel",
        user,
        text: options.raw ? text : escapeLikeSlack(text),
        ts,
        thread_ts: threadTs,
        event_ts: ts,
      },
      options.eventId,
    );
    return this.h.slack.send(body, "application/json", options);
  }

  /** The author edits their reply `ts` in the thread (Slack's message_changed). */
  edit(user: string, threadTs: string, ts: string, text: string, channel = CHANNEL): Promise<Delivery> {
    const at = this.nextTs();
    const body = this.h.slack.eventBody({
      type: "message",
      subtype: "message_changed",
      hidden: true,
      channel,
      channel_type: "channel",
      ts: at,
      event_ts: at,
      message: {
        type: "message",
        user,
        text: escapeLikeSlack(text),
        ts,
        thread_ts: threadTs,
        edited: { user, ts: at },
      },
      previous_message: { type: "message", user, text: "…", ts, thread_ts: threadTs },
    });
    return this.h.slack.send(body, "application/json");
  }

  /** The reply `ts` is deleted in the thread (Slack's message_deleted). */
  deleted(user: string, threadTs: string, ts: string, channel = CHANNEL): Promise<Delivery> {
    const at = this.nextTs();
    const body = this.h.slack.eventBody({
      type: "message",
      subtype: "message_deleted",
      hidden: true,
      channel,
      channel_type: "channel",
      ts: at,
      event_ts: at,
      deleted_ts: ts,
      previous_message: { type: "message", user, text: "…", ts, thread_ts: threadTs },
    });
    return this.h.slack.send(body, "application/json");
  }

  /** Someone uses the message shortcut "Verwijder uit intervisie" on a message in the channel. */
  shortcut(
    user: string,
    message: { ts: string; threadTs: string; author?: string; byApp?: boolean },
    channel = CHANNEL,
  ): Promise<Delivery> {
    const payload = {
      type: "message_action",
      callback_id: "gc_iv_remove",
      trigger_id: this.#trigger(),
      action_ts: `${Date.now() / 1000}`,
      team: { id: TEAM, domain: "test" },
      user: { id: user, username: "tester", team_id: TEAM },
      channel: { id: channel, name: "team" },
      message_ts: message.ts,
      message: {
        type: "message",
        ts: message.ts,
        thread_ts: message.threadTs,
        text: "…",
        ...(message.byApp ? { bot_id: "B0APP", subtype: "bot_message" } : { user: message.author }),
      },
      response_url: "http://127.0.0.1:9/unused",
    };
    return this.h.slack.send(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);
  }

  /** Slack tells the app it was uninstalled, or that its tokens were revoked. */
  lifecycle(event: "app_uninstalled" | "tokens_revoked"): Promise<Delivery> {
    const body = this.h.slack.eventBody(
      event === "app_uninstalled"
        ? { type: "app_uninstalled" }
        : { type: "tokens_revoked", tokens: { oauth: [], bot: ["U0APP"] } },
    );
    return this.h.slack.send(body, "application/json");
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

  /** Sends, expects 200, and returns the private notes to `user` it caused (the handler is done by the 200). */
  async notesAfter(user: string, send: () => Promise<Delivery>): Promise<string[]> {
    const before = this.ephemerals(user).length;
    const delivery = await send();
    expect(delivery.status, delivery.text).toBe(200);
    return this.ephemerals(user)
      .slice(before)
      .map((c) => String(c.args.text));
  }

  /** /intervisie in `channel` and the start modal submitted: the round as the test sees it. */
  async startRound(facilitator: string, form: StartForm, channel = CHANNEL): Promise<RoundView> {
    const opened = await this.expectView(() => this.command(facilitator, "", channel));
    const [parent] = await this.expectCalls(
      () => this.submit(facilitator, opened, startValues(form)),
      "chat.postMessage",
      2,
    );
    if (!parent) throw new Error("no parent message");
    return new RoundView(this, parent);
  }

  /** Sends, expects 200, and waits until `method` has been called `count` more times. */
  async expectCalls(send: () => Promise<Delivery>, method: string, count = 1): Promise<SlackCall[]> {
    const before = this.h.fake.ok(method).length;
    const delivery = await send();
    expect(delivery.status, delivery.text).toBe(200);
    const calls = await this.h.fake.waitFor(method, before + count);
    return calls.slice(before);
  }

  /**
   * Sends, expects 200 and returns the view it opened: the views.open call, or, when that opened a
   * view that is still loading (the start modal), the views.update that filled it in.
   */
  async expectView(send: () => Promise<Delivery>): Promise<SlackCall> {
    const updates = this.h.fake.ok("views.update").length;
    const [opened] = await this.expectCalls(send, "views.open");
    if (!opened) throw new Error("no views.open");
    if ((opened.args.view as { callback_id?: string }).callback_id !== "gc_iv_loading") return opened;
    const id = this.viewId(opened);
    const filled = () =>
      this.h.fake
        .ok("views.update")
        .slice(updates)
        .find((c) => c.args.view_id === id);
    await this.h.fake.until(() => filled() !== undefined, "the start modal to be filled in");
    const call = filled();
    if (!call) throw new Error("no views.update");
    return call;
  }
}

/** Slack escapes &, < and > in the text of a message event. */
export const escapeLikeSlack = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

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

  /** The newest phase message in the thread (it has the contribute or propose buttons). */
  phaseMessage(): SlackCall {
    const found = this.thread().filter((c) =>
      buttonsOf(c).some((b) => /^gc_iv_(write|propose)/.test(b.action_id)),
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

  /** Each of `users` agrees to the confidentiality (the button in the first phase message). */
  async agree(users: string[]): Promise<void> {
    const opening = this.thread().find((c) => buttonsOf(c).some((b) => b.action_id === "gc_iv_agree"));
    const button = buttonsOf(opening).find((b) => b.action_id === "gc_iv_agree");
    if (!opening || !button) throw new Error("no confidentiality agreement in the thread");
    for (const user of users)
      await this.side.expectCalls(
        () => this.side.press(user, button, refOfPost(opening)),
        "chat.postEphemeral",
      );
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

/** Rows of a query on the server's database file. */
export async function dbRows(h: Pick<SlackHarness, "server">, sql: string, ...args: string[]) {
  const { createClient } = await import("@libsql/client");
  const db = createClient({ url: h.server.dbUrl });
  try {
    return (await db.execute({ sql, args })).rows;
  } finally {
    db.close();
  }
}

// The Slack Web API calls of intervision, as a small port over Bolt's WebClient: thread posts (always
// with the parent's ts), updates and deletions, private notes, modals, the channel and its members,
// who is a person (users.info) and permalinks; answers checked by zod.
import type { types, webApi } from "@slack/bolt";
import { z } from "zod";
import type { SlackMessage } from "../blocks.ts";
import { postedAt } from "../web-client.ts";

export interface ChannelFacts {
  /** Whether the app is in the channel (and can post there). */
  isMember: boolean;
  isPrivate: boolean;
  isArchived: boolean;
}

/** What intervision needs to know about a Slack user. */
export interface Person {
  /** A person who can take part: not a bot, not an app, not deactivated. */
  human: boolean;
  /** Their Slack time zone (an IANA name), when Slack gave one. */
  tz: string | null;
}

export interface IntervisionApi {
  /**
   * Posts to a channel (in the thread of `threadTs`, the parent's ts; `broadcast` also shows it in
   * the channel) or to a user id (their DM).
   */
  post(
    channel: string,
    message: SlackMessage,
    threadTs?: string,
    broadcast?: boolean,
  ): Promise<{ channel: string; ts: string }>;
  update(channel: string, ts: string, message: SlackMessage): Promise<void>;
  /** Deletes a message the app posted; "gone" when Slack no longer has it. */
  delete(channel: string, ts: string): Promise<"deleted" | "gone">;
  /** A note only `user` sees, in the thread when `threadTs` is given. */
  ephemeral(channel: string, user: string, text: string, threadTs?: string): Promise<void>;
  /** Opens a modal; its view id lets it be filled in later (views.update). */
  openView(triggerId: string, view: types.ModalView): Promise<{ id: string }>;
  updateView(viewId: string, view: types.ModalView): Promise<void>;
  /** The channel's members (the first 200: a modal's default list, editable there). */
  members(channel: string): Promise<string[]>;
  /** The app's view of a channel; "not_found" when Slack does not show it to the app. */
  channel(channel: string): Promise<ChannelFacts | "not_found">;
  /** Who a user is; undefined when Slack does not know them. */
  person(user: string): Promise<Person | undefined>;
  /** The permalink of a message; undefined when Slack has none. */
  permalink(channel: string, ts: string): Promise<string | undefined>;
}

const membersAnswer = z.looseObject({ members: z.array(z.string().min(1)).default([]) });
const channelAnswer = z.looseObject({
  channel: z.looseObject({
    is_member: z.boolean().default(false),
    is_private: z.boolean().default(false),
    is_archived: z.boolean().default(false),
  }),
});
const userAnswer = z.looseObject({
  user: z.looseObject({
    id: z.string(),
    is_bot: z.boolean().default(false),
    deleted: z.boolean().default(false),
    tz: z.string().max(64).optional(),
    profile: z.looseObject({ bot_id: z.string().optional() }).optional(),
  }),
});
const viewAnswer = z.looseObject({ view: z.looseObject({ id: z.string().min(1) }) });
const permalinkAnswer = z.looseObject({ permalink: z.url({ protocol: /^https$/ }).max(500) });

/** Slack's answer when a user or message is not there: not an error for our purposes. */
const platformError = z.looseObject({
  code: z.literal("slack_webapi_platform_error"),
  data: z.looseObject({ error: z.string() }),
});
const errorCodeOf = (error: unknown) => {
  const parsed = platformError.safeParse(error);
  return parsed.success ? parsed.data.data.error : undefined;
};

/** How many members the start modal offers as participants. */
const MAX_MEMBERS = 200;

/** Slackbot is a bot even though users.info says is_bot: false. */
const SLACKBOT = "USLACKBOT";

export function intervisionApi(client: webApi.WebClient): IntervisionApi {
  return {
    async post(channel, message, threadTs, broadcast) {
      const result = await client.chat.postMessage(
        threadTs
          ? {
              channel,
              text: message.text,
              blocks: message.blocks,
              thread_ts: threadTs,
              reply_broadcast: broadcast === true,
            }
          : { channel, text: message.text, blocks: message.blocks },
      );
      return postedAt(result);
    },
    async update(channel, ts, message) {
      await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
    },
    async delete(channel, ts) {
      try {
        await client.chat.delete({ channel, ts });
        return "deleted";
      } catch (error) {
        if (errorCodeOf(error) === "message_not_found") return "gone";
        throw error;
      }
    },
    async ephemeral(channel, user, text, threadTs) {
      await client.chat.postEphemeral({ channel, user, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
    },
    async openView(triggerId, view) {
      const result = viewAnswer.safeParse(await client.views.open({ trigger_id: triggerId, view }));
      if (!result.success) throw new Error("views.open answered without a view id");
      return { id: result.data.view.id };
    },
    async updateView(viewId, view) {
      await client.views.update({ view_id: viewId, view });
    },
    async members(channel) {
      const result = await client.conversations.members({ channel, limit: MAX_MEMBERS });
      const parsed = membersAnswer.safeParse(result);
      return parsed.success ? parsed.data.members.slice(0, MAX_MEMBERS) : [];
    },
    async channel(channel) {
      try {
        const parsed = channelAnswer.safeParse(await client.conversations.info({ channel }));
        if (!parsed.success) throw new Error("conversations.info answered without a channel");
        const c = parsed.data.channel;
        return { isMember: c.is_member, isPrivate: c.is_private, isArchived: c.is_archived };
      } catch (error) {
        if (errorCodeOf(error) === "channel_not_found") return "not_found";
        throw error;
      }
    },
    async person(user) {
      try {
        const parsed = userAnswer.safeParse(await client.users.info({ user }));
        if (!parsed.success) throw new Error("users.info answered without a user");
        const u = parsed.data.user;
        const bot = u.is_bot || u.profile?.bot_id !== undefined || u.id === SLACKBOT;
        return { human: !bot && !u.deleted, tz: u.tz ?? null };
      } catch (error) {
        if (errorCodeOf(error) === "user_not_found") return undefined;
        throw error;
      }
    },
    async permalink(channel, ts) {
      try {
        const parsed = permalinkAnswer.safeParse(await client.chat.getPermalink({ channel, message_ts: ts }));
        return parsed.success ? parsed.data.permalink : undefined;
      } catch (error) {
        if (errorCodeOf(error) === "message_not_found") return undefined;
        throw error;
      }
    },
  };
}

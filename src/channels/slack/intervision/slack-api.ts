// The Slack Web API calls of intervision, as a small port over Bolt's WebClient: thread posts (always
// with the parent's ts), updates, private notes, modals and channel members, answers checked by zod.
import type { types, webApi } from "@slack/bolt";
import { z } from "zod";
import type { SlackMessage } from "../blocks.ts";
import { postedAt } from "../web-client.ts";

export interface IntervisionApi {
  /** Posts to a channel (in the thread of `threadTs`, the parent's ts) or to a user id (their DM). */
  post(channel: string, message: SlackMessage, threadTs?: string): Promise<{ channel: string; ts: string }>;
  update(channel: string, ts: string, message: SlackMessage): Promise<void>;
  /** A note only `user` sees, in the thread when `threadTs` is given. */
  ephemeral(channel: string, user: string, text: string, threadTs?: string): Promise<void>;
  openView(triggerId: string, view: types.ModalView): Promise<void>;
  /** The channel's members (the first 200: a modal's default list, editable there). */
  members(channel: string): Promise<string[]>;
}

const members = z.looseObject({ members: z.array(z.string().min(1)).default([]) });

/** How many members the start modal offers as participants. */
const MAX_MEMBERS = 200;

export function intervisionApi(client: webApi.WebClient): IntervisionApi {
  return {
    async post(channel, message, threadTs) {
      const result = await client.chat.postMessage({
        channel,
        text: message.text,
        blocks: message.blocks,
        ...(threadTs ? { thread_ts: threadTs } : {}),
      });
      return postedAt(result);
    },
    async update(channel, ts, message) {
      await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
    },
    async ephemeral(channel, user, text, threadTs) {
      await client.chat.postEphemeral({ channel, user, text, ...(threadTs ? { thread_ts: threadTs } : {}) });
    },
    async openView(triggerId, view) {
      await client.views.open({ trigger_id: triggerId, view });
    },
    async members(channel) {
      const result = await client.conversations.members({ channel, limit: MAX_MEMBERS });
      const parsed = members.safeParse(result);
      return parsed.success ? parsed.data.members.slice(0, MAX_MEMBERS) : [];
    },
  };
}

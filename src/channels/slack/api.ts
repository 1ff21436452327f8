// The few Slack Web API calls the coach makes, as a small port over Bolt's WebClient, with the
// answers it needs checked by zod.
import type { types, webApi } from "@slack/bolt";
import { z } from "zod";
import type { SlackMessage } from "./blocks.ts";
import { postedAt } from "./web-client.ts";

export interface SlackApi {
  /** Posts to a channel, or to a user id (Slack then opens the app's DM with them). */
  post(channel: string, message: SlackMessage): Promise<{ channel: string; ts: string }>;
  update(channel: string, ts: string, message: SlackMessage): Promise<void>;
  ephemeral(channel: string, user: string, text: string): Promise<void>;
  publishHome(user: string, view: types.HomeView): Promise<void>;
  /** Deletes a message the app posted; "gone" when Slack no longer has it. Other failures throw. */
  delete(channel: string, ts: string): Promise<"deleted" | "gone">;
  /** Shares a text file in a conversation (files.uploadV2); its file id, to delete it later. */
  upload(channel: string, file: { filename: string; title: string; content: string }): Promise<string>;
  /** Deletes a file the app shared; "gone" when Slack no longer has it. */
  deleteFile(fileId: string): Promise<"deleted" | "gone">;
  /** Opens a modal with the trigger of a button press (valid for 3 seconds). */
  openView(triggerId: string, view: types.ModalView): Promise<void>;
}

/** A Slack error answer as the WebClient throws it; these mean the message is not there to delete. */
const alreadyGone = z.looseObject({
  code: z.literal("slack_webapi_platform_error"),
  data: z.looseObject({
    error: z.enum(["message_not_found", "channel_not_found", "file_not_found", "file_deleted"]),
  }),
});

/** files.uploadV2's answer: one files.completeUploadExternal answer per upload, with the file's id. */
const uploaded = z.looseObject({
  files: z.array(z.looseObject({ files: z.array(z.looseObject({ id: z.string().min(1) })).min(1) })).min(1),
});

export function webClientApi(client: webApi.WebClient): SlackApi {
  return {
    async post(channel, message) {
      const result = await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks });
      return postedAt(result);
    },
    async update(channel, ts, message) {
      await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks });
    },
    async ephemeral(channel, user, text) {
      await client.chat.postEphemeral({ channel, user, text });
    },
    async publishHome(user, view) {
      await client.views.publish({ user_id: user, view });
    },
    async delete(channel, ts) {
      try {
        await client.chat.delete({ channel, ts });
        return "deleted";
      } catch (error) {
        if (alreadyGone.safeParse(error).success) return "gone";
        throw error;
      }
    },
    async upload(channel, file) {
      const result = uploaded.safeParse(
        await client.filesUploadV2({
          channel_id: channel,
          filename: file.filename,
          title: file.title,
          content: file.content,
        }),
      );
      const id = result.success ? result.data.files[0]?.files[0]?.id : undefined;
      if (!id) throw new Error("files.uploadV2 answered without a file id");
      return id;
    },
    async openView(triggerId, view) {
      await client.views.open({ trigger_id: triggerId, view });
    },
    async deleteFile(fileId) {
      try {
        await client.files.delete({ file: fileId });
        return "deleted";
      } catch (error) {
        if (alreadyGone.safeParse(error).success) return "gone";
        throw error;
      }
    },
  };
}

// "Delete my data" from App Home: asks first; on yes erases every conversation the user started (the
// engine writes an audit line per conversation), deletes the app's messages (the coach's and
// intervision's) and files in their DM one by one
// (chat.delete is Tier 3: sequential, and a failure leaves the rest for the next press), drops the
// user's Slack rows and publishes a fresh App Home saying so.
import { CHANNEL_ACCESS } from "../../engine/conversations.ts";
import type { SlackApi } from "./api.ts";
import type { CoachKit, SlackUser } from "./coach-kit.ts";
import type { EraseState } from "./erase-blocks.ts";
import { describeError } from "./logging.ts";

/** Conversations erased per round trip; the loop runs until none are left. */
const PAGE = 100;

type Home = (api: SlackApi, who: SlackUser, erase?: EraseState) => Promise<void>;

export function createEraser(kit: CoachKit, home: Home) {
  const { engine, store, log } = kit.deps;

  async function eraseConversations(who: SlackUser): Promise<number> {
    let erased = 0;
    for (;;) {
      const page = await store.conversations(who.teamId, who.userId, PAGE);
      if (page.length === 0) return erased;
      for (const link of page) {
        const result = await engine.erase(link.conversationId, CHANNEL_ACCESS);
        // Already gone (expired or erased before): only its link is left.
        if (!result.ok && result.error.code !== "not_found") throw new Error(`erase: ${result.error.code}`);
        await store.forget(link.conversationId);
        if (result.ok) erased++;
      }
    }
  }

  /** Deletes the app's DM messages and files; false when Slack refused one (rate limit), leaving the rest. */
  async function deletePosts(api: SlackApi, who: SlackUser): Promise<boolean> {
    for (const post of await store.posts(who.teamId, who.userId)) {
      try {
        if (post.kind === "file") await api.deleteFile(post.ts);
        else await api.delete(post.channel, post.ts);
      } catch (error) {
        log.warn("slack chat.delete failed", describeError(error));
        return false;
      }
      await store.forgetPost(post.channel, post.ts);
    }
    return true;
  }

  return async function erase(api: SlackApi, who: SlackUser, step: "ask" | "yes" | "no") {
    if (step !== "yes") return home(api, who, step === "ask" ? "ask" : undefined);
    const conversations = await eraseConversations(who);
    await store.eraseUser(who.teamId, who.userId);
    const complete = await deletePosts(api, who);
    log.info("slack data erased", { conversations, complete });
    await home(api, who, complete ? "done" : "unfinished");
  };
}

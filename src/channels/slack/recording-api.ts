// The one place the coach's DM posts are remembered: a SlackApi that records the channel and ts of
// every message it posts in a DM (ids only), so "delete my data" can remove them later.
import type { SlackApi } from "./api.ts";
import type { SlackStore } from "./store.ts";

/** DM channel ids start with D; the coach posts nowhere else, but channels are never recorded. */
const isDm = (channel: string) => channel.startsWith("D");

export function recordingApi(
  api: SlackApi,
  who: { teamId: string; userId: string },
  store: SlackStore,
  now: () => number,
): SlackApi {
  return {
    ...api,
    async post(channel, message) {
      const posted = await api.post(channel, message);
      if (isDm(posted.channel))
        await store.recordPost({ ...who, channel: posted.channel, ts: posted.ts, createdAt: now() });
      return posted;
    },
  };
}

// "Download mijn gegevens" from App Home: everything the app keeps about the person (each conversation
// they started, exported by the engine with its audit trail, and, from intervision, what they
// contributed) as one JSON file in their DM. The lead message and the file are remembered, so "delete
// my data" removes them too.
import { CHANNEL_ACCESS } from "../../engine/conversations.ts";
import type { SlackApi } from "./api.ts";
import { noteMessage } from "./blocks.ts";
import { type CoachKit, copyOf, type SlackUser } from "./coach-kit.ts";

/** Conversations read per round trip. */
const PAGE = 1000;

export function createDownload(kit: CoachKit) {
  const { engine, store, log, now } = kit.deps;

  return async function download(api: SlackApi, who: SlackUser) {
    const conversations: unknown[] = [];
    for (const link of await store.conversations(who.teamId, who.userId, PAGE)) {
      // The engine writes an "export" line in the conversation's audit trail.
      const exported = await engine.exportData(link.conversationId, CHANNEL_ACCESS);
      if (exported.ok) conversations.push({ flow: link.flowId, ...exported.value });
    }
    const extra = kit.deps.exportExtra ? await kit.deps.exportExtra(who) : {};
    const data = {
      exportedAt: new Date(now()).toISOString(),
      slack: { team: who.teamId, user: who.userId },
      conversations,
      ...extra,
    };
    const user = await store.user(who.teamId, who.userId);
    const copy = copyOf(await kit.localeOf(user?.conversationId));
    // The lead message opens (or finds) the DM; the file goes into the same conversation.
    const lead = await api.post(who.userId, noteMessage(copy.downloadLead));
    const day = new Date(now()).toISOString().slice(0, 10);
    const fileId = await api.upload(lead.channel, {
      filename: `gesprekscoach-gegevens-${day}.json`,
      title: copy.downloadTitle,
      content: `${JSON.stringify(data, null, 2)}\n`,
    });
    await store.recordPost({ ...who, channel: lead.channel, ts: fileId, kind: "file", createdAt: now() });
    log.info("slack data downloaded", { conversations: conversations.length });
  };
}

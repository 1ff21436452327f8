// App Home: gathers this user's open conversation and finished summaries and publishes their view.
// views.publish is per user, so nothing in it is visible to anyone else.

import { defaultLocale } from "../../locales.ts";
import type { SlackApi } from "./api.ts";
import { type CoachKit, copyOf, isOpen, type SlackUser } from "./coach-kit.ts";
import type { EraseState } from "./erase-blocks.ts";
import { type FinishedConversation, homeView } from "./home-view.ts";

/** Conversations looked through for finished ones, and how many are shown. */
const HOME_SCAN = 10;
const HOME_FINISHED = 5;

export function createHomeTab(kit: CoachKit) {
  const { flows, store } = kit.deps;

  return async function home(api: SlackApi, who: SlackUser, erase?: EraseState) {
    const link = await store.user(who.teamId, who.userId);
    const current = link?.conversationId ? await kit.viewOf(link.conversationId) : undefined;
    const finished: FinishedConversation[] = [];
    let locale = current?.locale;
    for (const started of await store.conversations(who.teamId, who.userId, HOME_SCAN)) {
      if (finished.length >= HOME_FINISHED) break;
      const view =
        started.conversationId === current?.id ? current : await kit.viewOf(started.conversationId);
      if (view?.status !== "done") continue;
      locale ??= view.locale;
      finished.push({
        flowId: started.flowId,
        startedAt: started.createdAt,
        summary: await kit.summaryOf(view.id),
        lastWords: view.state.messages.map((m) => m.text),
      });
    }
    const open =
      current && isOpen(current) ? { conversationId: current.id, flowId: current.flow } : undefined;
    await api.publishHome(
      who.userId,
      homeView({ flowIds: flows.ids(), open, finished, erase }, copyOf(locale), locale ?? defaultLocale),
    );
  };
}

// What our buttons do: start a flow, continue a conversation, answer a step (scale, choice,
// checkboxes, back / skip / pause), or answer the direct safety question. A press on an old message
// answers nothing: the version it carries no longer matches, and the person gets a short note.
import { CHANNEL_ACCESS } from "../../engine/conversations.ts";
import { turnRequestSchema } from "../../engine/requests.ts";
import type { ConversationState } from "../../engine/types.ts";
import { defaultLocale, defaultRegion, type Locale } from "../../locales.ts";
import type { PressedAction } from "./actions.ts";
import type { SlackApi } from "./api.ts";
import { promptMessage } from "./blocks.ts";
import { type CoachKit, copyOf, isOpen, type PressedWhere, type SlackUser } from "./coach-kit.ts";
import type { SlackCopy } from "./copy.ts";
import { endsPractice, sendPracticeExport } from "./practice-export.ts";
import type { SlackUserLink } from "./store.ts";
import { turnIdFor } from "./turn-id.ts";
import { screenCategory, type Unanswered } from "./unanswered.ts";

/** New conversations start in Dutch for the Netherlands; the flows ask language and region first. */
const START = { locale: defaultLocale, region: defaultRegion } as const;

export function createButtonHandler(kit: CoachKit, unanswered: Unanswered) {
  const { engine, flows, store, log, now } = kit.deps;

  async function start(
    api: SlackApi,
    who: SlackUser,
    channel: string,
    flowId: string,
    key: string,
    where: PressedWhere,
    label: string,
  ) {
    if (!flows.latest(flowId)) return kit.offerChooser(api, who, channel);
    // A re-delivered start finds the conversation its first attempt created.
    const earlier = await store.startedBy(key);
    let id: string;
    let state: ConversationState;
    if (earlier) {
      const view = await kit.viewOf(earlier.conversationId);
      if (!view) return kit.offerChooser(api, who, channel);
      id = view.id;
      state = view.state;
    } else {
      const created = await engine.create({ flow: flowId, ...START }, "slack");
      if (!created.ok) {
        log.error("slack start refused", { code: created.error.code });
        return kit.offerChooser(api, who, channel);
      }
      id = created.value.id;
      state = created.value.state;
      await store.linkConversation(
        {
          conversationId: id,
          teamId: who.teamId,
          userId: who.userId,
          flowId,
          startedBy: key,
          createdAt: now(),
        },
        { promptTs: null },
      );
    }
    await kit.reply(api, who, channel, promptMessage(state, id, copyOf(START.locale)), true);
    await kit.closePressed(api, where, label, START.locale);
  }

  async function resume(
    api: SlackApi,
    who: SlackUser,
    channel: string,
    conversationId: string,
    where: PressedWhere,
    link: SlackUserLink | undefined,
  ) {
    const view = link?.conversationId === conversationId ? await kit.viewOf(conversationId) : undefined;
    if (!view || !(isOpen(view) || view.status === "crisis")) {
      const notCurrent = copyOf(view?.locale).notCurrent;
      if (where.channel) await api.ephemeral(where.channel, who.userId, notCurrent);
      else await kit.offerChooser(api, who, channel, notCurrent, view?.locale);
      return;
    }
    await kit.showCurrent(api, who, channel, view);
    await kit.closePressed(api, where, copyOf(view.locale).continue, view.locale);
  }

  async function answer(
    api: SlackApi,
    who: SlackUser,
    channel: string,
    pressed: Extract<PressedAction, { kind: "answer" | "submit" }>,
    key: string,
    where: PressedWhere,
    link: SlackUserLink | undefined,
  ) {
    // Notes are rare. Before the turn they look up the conversation's language only when needed; a
    // refused turn brings it along (and the step shown now), so nothing is read twice.
    const note = async (pick: (copy: SlackCopy) => string, locale?: Locale) =>
      api.ephemeral(
        channel,
        who.userId,
        pick(copyOf(locale ?? (await kit.localeOf(pressed.conversationId)))),
      );
    if (link?.conversationId !== pressed.conversationId) return note((c) => c.notCurrent);
    if (pressed.kind === "submit" && pressed.choice.length === 0) return note((c) => c.pickAtLeastOne);
    // The spinnenweb's Klaar with nothing chosen: say what is missing, as for the tick boxes.
    const a = pressed.kind === "answer" ? pressed.answer : undefined;
    if (a && "scales" in a && Object.keys(a.scales).length === 0 && !a.marks?.length)
      return note((c) => c.gradeAtLeastOne);
    const request = turnRequestSchema.safeParse({
      turnId: await turnIdFor(key),
      answer: pressed.kind === "submit" ? { choice: pressed.choice } : pressed.answer,
      version: pressed.version,
    });
    if (!request.success) return note((c) => c.failed);
    const result = await engine.turn(pressed.conversationId, CHANNEL_ACCESS, request.data);
    if (result.ok) {
      const paused =
        pressed.kind === "answer" && "command" in pressed.answer && pressed.answer.command === "pause";
      const rendered = kit.renderTurn(result.value, paused);
      const posted = await kit.reply(api, who, channel, rendered.message, rendered.isPrompt);
      await kit.closePressed(api, where, pressed.label, rendered.locale);
      if (endsPractice(result.value))
        await kit.bestEffort("practice export", () =>
          sendPracticeExport(kit, api, who, posted.channel, result.value),
        );
      // Declining at the start: the coach says nothing was kept, so erase it now to make that true.
      if (result.value.state.done && result.value.state.phase === "welkom") {
        const erased = await engine.erase(pressed.conversationId, CHANNEL_ACCESS);
        if (erased.ok) await store.forget(pressed.conversationId);
        else log.warn("slack decline not erased", { code: erased.error.code });
      }
      return;
    }
    const { current } = result.error;
    // Gone (erased or expired) needs no read to say so: it is spoken of in Dutch, as with no link.
    const locale = current?.locale ?? defaultLocale;
    switch (result.error.code) {
      case "version_conflict": {
        await note((c) => c.stale, locale);
        // The newest step we know we showed is this very message: its successor never reached Slack
        // (an attempt failed after the turn was saved), so show the current step now.
        if (current && where.messageTs && where.messageTs === link.promptTs)
          await kit.showCurrent(api, who, channel, current);
        return;
      }
      case "finished":
        return note((c) => c.finished, locale);
      case "not_found":
        await store.forget(pressed.conversationId);
        return note((c) => c.notCurrent, locale);
      default:
        log.warn("slack answer refused", { code: result.error.code });
        return note((c) => c.failed, locale);
    }
  }

  /** The answer to the direct question asked for ambiguous text (unanswered.ts). */
  async function answerCheck(
    api: SlackApi,
    who: SlackUser,
    channel: string,
    pressed: Extract<PressedAction, { kind: "check" }>,
    where: PressedWhere,
    link: SlackUserLink | undefined,
  ) {
    const current = pressed.conversationId !== undefined && link?.conversationId === pressed.conversationId;
    const view = current && pressed.conversationId ? await kit.viewOf(pressed.conversationId) : undefined;
    await kit.closePressed(api, where, pressed.label, view?.locale);
    if (pressed.yes) {
      const category = screenCategory.safeParse(pressed.category);
      const known = category.success ? category.data : null;
      // A yes to the acute question ("is this happening now?") gets the acute help, not the crisis text.
      return unanswered.endWithHelp(
        api,
        who,
        channel,
        known === "acute_medical" ? "acute" : "crisis",
        known,
        view,
      );
    }
    if (view && isOpen(view)) return kit.showCurrent(api, who, channel, view);
    return kit.offerChooser(api, who, channel, undefined, view?.locale);
  }

  /** A button of ours was pressed, in the DM or in App Home. */
  return async function action(
    api: SlackApi,
    who: SlackUser,
    pressed: PressedAction,
    key: string,
    where: PressedWhere,
  ) {
    if (pressed.kind === "tick") return;
    const link = await store.user(who.teamId, who.userId);
    // App Home has no channel: replies go to the DM (a user id as channel opens it).
    const channel = where.channel ?? link?.dmChannel ?? who.userId;
    switch (pressed.kind) {
      case "start":
        return start(api, who, channel, pressed.flow, key, where, pressed.label);
      case "continue":
        return resume(api, who, channel, pressed.conversationId, where, link);
      case "answer":
      case "submit":
        return answer(api, who, channel, pressed, key, where, link);
      case "check":
        return answerCheck(api, who, channel, pressed, where, link);
    }
  };
}

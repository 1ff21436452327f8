// The two ways in by typing: a message in the app's DM (the answer to a text step, or the way back
// into the conversation) and /coach (choose a flow, or continue the open conversation).
import { CHANNEL_ACCESS, type CurrentView } from "../../engine/conversations.ts";
import { turnRequestSchema } from "../../engine/requests.ts";
import type { SlackApi } from "./api.ts";
import { chooserMessage, noteMessage } from "./blocks.ts";
import { type CoachKit, copyOf, isOpen, type SlackUser } from "./coach-kit.ts";
import { endsPractice, sendPracticeExport } from "./practice-export.ts";
import { plainFromSlack } from "./text.ts";
import { turnIdFor } from "./turn-id.ts";
import type { Unanswered } from "./unanswered.ts";

export function createMessageHandlers(kit: CoachKit, unanswered: Unanswered) {
  const { engine, flows, store, log } = kit.deps;
  const { notAnswer } = unanswered;

  async function message(
    api: SlackApi,
    who: SlackUser,
    dm: { channel: string; text: string },
    key: string,
    ackNow?: () => void,
  ) {
    const link = await store.user(who.teamId, who.userId);
    const id = link?.conversationId;
    const text = plainFromSlack(dm.text);
    if (!link || !id) return notAnswer(api, who, dm.channel, text, undefined);
    // Paused, ended, or the step is not on screen: this message is not the answer to anything.
    if (link.promptTs === null) return notAnswer(api, who, dm.channel, text, await kit.viewOf(id));
    if (text.length === 0) return;

    // Not an answer to this step (it wants a button, or the text is too long): say why, show it again.
    const notThisStep = async (known?: CurrentView) => {
      const view = known ?? (await kit.viewOf(id));
      const copy = copyOf(view?.locale);
      const input = view?.state.input;
      const note =
        input?.kind !== "text"
          ? copy.useButtons
          : text.length > input.maxLength
            ? copy.tooLong(input.maxLength)
            : copy.failed;
      return notAnswer(api, who, dm.channel, text, view, note);
    };
    const request = turnRequestSchema.safeParse({ turnId: await turnIdFor(key), answer: { text } });
    if (!request.success) return notThisStep();
    // With the language model on, Slack is acked before the turn waits for it (issue 22, item 4).
    const result = await engine.turn(id, CHANNEL_ACCESS, request.data, ackNow ? { beforeModel: ackNow } : {});
    if (result.ok) {
      const { message: out, isPrompt } = kit.renderTurn(result.value, false);
      const posted = await kit.reply(api, who, dm.channel, out, isPrompt);
      if (endsPractice(result.value))
        await kit.bestEffort("practice export", () =>
          sendPracticeExport(kit, api, who, posted.channel, result.value),
        );
      return;
    }
    // A refused turn brings the conversation as it stands, so nothing below reads it again.
    const { current } = result.error;
    switch (result.error.code) {
      case "invalid_request":
        return notThisStep(current);
      case "not_found":
        await store.forget(id);
        return notAnswer(api, who, dm.channel, text, undefined);
      case "finished":
        return notAnswer(api, who, dm.channel, text, current);
      case "version_conflict":
        // Two messages at once: the other one was taken; the step on screen stays the current one.
        await api.post(dm.channel, noteMessage(copyOf(current?.locale).busy));
        return;
      default:
        log.error("slack turn refused", { code: result.error.code });
        await api.post(dm.channel, noteMessage(copyOf(current?.locale).failed));
    }
  }

  async function command(api: SlackApi, who: SlackUser) {
    const link = await store.user(who.teamId, who.userId);
    const view = link?.conversationId ? await kit.viewOf(link.conversationId) : undefined;
    const open = view && isOpen(view) ? { conversationId: view.id, flowId: view.flow } : undefined;
    const chooser = chooserMessage(flows.ids(), copyOf(view?.locale), open ? { open } : {});
    await kit.reply(api, who, link?.dmChannel ?? who.userId, chooser, false);
  }

  return { message, command };
}

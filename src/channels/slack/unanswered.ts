// DM text the engine does not take as an answer: outside a conversation, coming back to a paused one,
// or where the step wants a button or a shorter text. The engine screens only what it takes, and
// Slack lets people type anywhere, so such text is screened here before anything else happens.
import { z } from "zod";
import type { CurrentView } from "../../engine/conversations.ts";
import { crisisState, questionFor } from "../../engine/safety-gate.ts";
import { defaultLocale, defaultRegion } from "../../locales.ts";
import { type ScreenCategory, screen } from "../../safety/screen.ts";
import type { SlackApi } from "./api.ts";
import { checkMessage, crisisMessage } from "./blocks.ts";
import { type CoachKit, copyOf, isOpen, type SlackUser } from "./coach-kit.ts";

/** The categories a check button carries back, read with zod. */
export const screenCategory = z.enum([
  "suicide",
  "self_harm",
  "violence",
  "acute_medical",
  "despair",
] satisfies ScreenCategory[]);

export type Unanswered = ReturnType<typeof createUnanswered>;

export function createUnanswered(kit: CoachKit) {
  const { flows, store, log, now } = kit.deps;

  /**
   * Patient-facing flows are screened, and so is text outside any conversation; a practice flow is
   * not, since a trainee may well type "denkt u aan zelfdoding?" as practice.
   */
  const screens = (view: CurrentView | undefined) => !view || (flows.latest(view.flow)?.screened ?? true);

  /** Ends coaching in Slack with the region's help: the conversation is no longer continued here. */
  async function endWithHelp(
    api: SlackApi,
    who: SlackUser,
    channel: string,
    level: "crisis" | "acute",
    category: ScreenCategory | null,
    view: CurrentView | undefined,
  ) {
    log.warn("slack screening ended coaching outside an answer", { level });
    const help = crisisState(
      { type: "crisis", level, category },
      view?.region ?? defaultRegion,
      view?.locale ?? defaultLocale,
      view?.state.version ?? 0,
    );
    await api.post(channel, crisisMessage(help));
    if (view) await store.updateUser(who.teamId, who.userId, { conversationId: null, promptTs: null }, now());
  }

  /**
   * Crisis or acute ends coaching with the help; an ambiguous message gets the direct question (its
   * answer comes back as a gc_check button); anything else shows where things stand: the current
   * step (with `note`), or the flows to start.
   */
  async function notAnswer(
    api: SlackApi,
    who: SlackUser,
    channel: string,
    text: string,
    view: CurrentView | undefined,
    note?: string,
  ) {
    if (view?.status !== "crisis" && text.length > 0 && screens(view)) {
      const screening = screen(text, view?.locale ?? defaultLocale);
      if (screening.level === "crisis" || screening.level === "acute")
        return endWithHelp(api, who, channel, screening.level, screening.category, view);
      if (screening.level === "check" || screening.level === "acute_check") {
        const open = view && isOpen(view) ? view.id : undefined;
        const locale = view?.locale ?? defaultLocale;
        // The same question the engine asks; the acute one comes with the emergency number.
        const hold = { type: "check", level: screening.level, category: screening.category } as const;
        const question = questionFor(hold, view?.region ?? defaultRegion, locale);
        return kit.reply(api, who, channel, checkMessage(question, open, screening.category), false);
      }
    }
    if (view && (isOpen(view) || view.status === "crisis"))
      return kit.showCurrent(api, who, channel, view, note);
    return kit.offerChooser(api, who, channel, view ? copyOf(view.locale).finished : undefined, view?.locale);
  }

  return { endWithHelp, notAnswer };
}

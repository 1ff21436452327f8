// The engine as channels see it for conversations started from a practice's link: every state and
// transcript it returns names the practice's own out-of-hours number in its help (help-lines.ts), on
// the JSON API and the web pages alike. The practice is looked up only when a reply holds the general
// sentence, so an ordinary turn costs no extra query.

import type { Engine } from "../engine/conversations.ts";
import type { ConversationState } from "../engine/types.ts";
import { type Locale, locales, type Region, regions } from "../locales.ts";
import { practiceHelpSwap, withPracticeNumber } from "./help-lines.ts";
import type { PracticeStore } from "./store.ts";

// The general sentences, whatever number would replace them: any number gives the same keys.
const generalLines = new Set(
  regions.flatMap((region) => locales.flatMap((locale) => [...practiceHelpSwap(region, locale, "0").keys()])),
);

const needsSwap = (messages: readonly { text: string }[]) => messages.some((m) => generalLines.has(m.text));

export function withPracticeHelp(engine: Engine, practices: Pick<PracticeStore, "practiceOf">): Engine {
  async function swapFor<V extends { id: string; region: Region; locale: Locale; state: ConversationState }>(
    view: V,
    transcript?: readonly { text: string }[],
  ): Promise<ReadonlyMap<string, string> | undefined> {
    if (!needsSwap(view.state.messages) && !(transcript && needsSwap(transcript))) return undefined;
    const practice = await practices.practiceOf(view.id);
    return practice ? practiceHelpSwap(view.region, view.locale, practice.outOfHours) : undefined;
  }
  const swapped = (state: ConversationState, swap: ReadonlyMap<string, string>): ConversationState => ({
    ...state,
    messages: withPracticeNumber(state.messages, swap),
  });

  return {
    ...engine,
    async turn(id, access, request, signals) {
      const result = await engine.turn(id, access, request, signals);
      if (!result.ok) return result;
      const swap = await swapFor(result.value);
      return swap
        ? { ok: true, value: { ...result.value, state: swapped(result.value.state, swap) } }
        : result;
    },
    async current(id, access) {
      const result = await engine.current(id, access);
      if (!result.ok) return result;
      const swap = await swapFor(result.value);
      return swap
        ? { ok: true, value: { ...result.value, state: swapped(result.value.state, swap) } }
        : result;
    },
    async get(id, access) {
      const result = await engine.get(id, access);
      if (!result.ok) return result;
      const swap = await swapFor(result.value, result.value.transcript);
      if (!swap) return result;
      return {
        ok: true,
        value: {
          ...result.value,
          state: swapped(result.value.state, swap),
          transcript: withPracticeNumber(result.value.transcript, swap),
        },
      };
    },
  };
}

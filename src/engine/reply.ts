// The reply a person gets: a flow's step rendered as the channel-neutral state (DESIGN section 5).
// Pure. Only a turn renders; afterwards the stored reply is what everyone sees.
import type { AnyMachineSnapshot } from "xstate";
import type { Locale } from "../locales.ts";
import type { Flow } from "./flow.ts";
import type { ConversationState } from "./types.ts";

export function renderStep(
  flow: Flow,
  snapshot: AnyMachineSnapshot,
  locale: Locale,
  version: number,
): ConversationState {
  const view = flow.view(snapshot, locale);
  return {
    version,
    phase: view.phase,
    messages: view.messages.map((text) => ({ role: "coach" as const, text })),
    input: view.input,
    canGoBack: !view.done && snapshot.can({ type: "back" }),
    done: view.done,
  };
}

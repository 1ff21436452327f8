// What a flow hands the model to make a rule-made reflection of the person's own answer warmer: the
// answer, the reflection as the rules made it, and where it sits in the reply. Opt-in per flow (LLM_FLOWS).
import type { Locale, Region } from "../locales.ts";

export interface ReflectionDirective {
  kind: "reflection";
  locale: Locale;
  region: Region;
  /** The person's answer, as typed: the only source of facts the reflection may use. */
  answer: string;
  /** The reflection as the rules made it: what the warmer one must stay true to, and the fallback. */
  template: string;
  /** The message in the reply that carries the reflection (here the whole message is the template). */
  message: string;
}

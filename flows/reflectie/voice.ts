// The reflection flow's side of the optional language model (src/llm), used only when LLM_FLOWS names
// this flow: the rule-made reflection of the person's own answer (what makes them happy, what they would
// want more of) may be worded more warmly. Questions, shifts, the welcome, consent and safety texts never.
import { reflect } from "../../src/coaching/reflect.ts";
import { flowIds } from "../../src/flow-ids.ts";
import type { DirectiveSource } from "../../src/llm/hook.ts";
import type { ReflectionDirective } from "../../src/llm/reflection-directive.ts";
import type { Locale } from "../../src/locales.ts";
import { en } from "./content.en.ts";
import { nl } from "./content.nl.ts";
import type { ReflectieContent } from "./content.ts";
import type { ReflectieContext } from "./context.ts";

const content: Record<Locale, ReflectieContent> = { nl, en };

function isReflectieContext(context: unknown): context is ReflectieContext {
  return (
    typeof context === "object" &&
    context !== null &&
    "texts" in context &&
    typeof context.texts === "object" &&
    context.texts !== null &&
    "region" in context
  );
}

export function reflectionDirective(
  context: unknown,
  locale: Locale,
  messages: readonly string[],
): ReflectionDirective | undefined {
  if (!isReflectieContext(context)) return undefined;
  const c = content[locale];
  const { happy, more } = context.texts;
  const candidates: [string | undefined, (answer: string) => string][] = [
    [happy, (answer) => c.gg1.heardHappy(reflect(answer, locale))],
    [more, (answer) => c.gg1.heardMore(reflect(answer, locale))],
  ];
  for (const [answer, heard] of candidates) {
    // Only a real reflection: an acknowledgement ("Fijn dat je dat deelt.") stays as it is.
    if (answer === undefined || reflect(answer, locale).kind !== "reflected") continue;
    const message = heard(answer);
    if (messages.includes(message))
      return { kind: "reflection", locale, region: context.region, answer, template: message, message };
  }
  return undefined;
}

export const reflectionVoice: DirectiveSource = {
  flowId: flowIds.reflection,
  directive: reflectionDirective,
};

// A warmer wording of the rules' reflection: the prompt, one call, the guards; the rules' reflection
// whenever the call fails or a guard says no. Nothing but the person's answer and that reflection is sent.
import type { Locale } from "../locales.ts";
import type { Chat, ChatMessage } from "./client.ts";
import type { Voiced } from "./patient-voice.ts";
import type { ReflectionDirective } from "./reflection-directive.ts";
import { guardReflection } from "./reflection-guard.ts";

const instructions: Record<Locale, string> = {
  nl: "Je bent een warme, rustige gespreksbegeleider. Iemand heeft net een vraag beantwoord. Zeg in één zin terug wat je hoorde, in je eigen woorden en met de je-vorm: een reflectie, geen vraag, geen advies, geen uitleg. Gebruik alleen wat de persoon zelf zei; voeg geen getallen, medicijnen of diagnoses toe. Antwoord alleen met die ene zin, in het Nederlands.",
  en: "You are a warm, calm listener. Someone has just answered a question. Say back in one sentence what you heard, in your own words, addressing them as 'you': a reflection, not a question, no advice, no explanation. Use only what the person said; add no numbers, medicines or diagnoses. Answer with that one sentence only, in English.",
};

const labels: Record<Locale, { answer: string; plain: string }> = {
  nl: {
    answer: "Wat de persoon zei:",
    plain: "De reflectie tot nu toe (maak hem warmer, niet langer dan twee keer zo lang):",
  },
  en: {
    answer: "What the person said:",
    plain: "The reflection so far (make it warmer, at most twice as long):",
  },
};

export function reflectionPrompt(directive: ReflectionDirective): ChatMessage[] {
  const l = labels[directive.locale];
  return [
    { role: "system", content: instructions[directive.locale] },
    { role: "user", content: `${l.answer}\n${directive.answer}\n\n${l.plain}\n${directive.template}` },
  ];
}

export async function voiceReflection(chat: Chat, directive: ReflectionDirective): Promise<Voiced> {
  const answer = await chat(reflectionPrompt(directive));
  if (!answer.ok) return { words: directive.template, voice: "template", fallback: answer.error };
  const guarded = guardReflection(answer.text, directive);
  if (!guarded.ok) return { words: directive.template, voice: "template", fallback: guarded.failed };
  return { words: guarded.text, voice: "model" };
}

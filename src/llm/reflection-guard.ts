// The checks a warmer reflection must pass before it replaces the rules' one: the project's own classifier
// reads it as a reflection (not a question, advice or information); the safety screen lets it pass; it
// brings in no number, medicine or diagnosis that is not in the person's words; and it is at most twice
// the template's length. Pure.
import { classify } from "../coaching/classify.ts";
import { screen } from "../safety/screen.ts";
import { cleanReply } from "./patient-guard.ts";
import type { ReflectionDirective } from "./reflection-directive.ts";

export type ReflectionFailure = "not_reflection" | "safety" | "new_fact" | "length";
export type GuardedReflection = { ok: true; text: string } | { ok: false; failed: ReflectionFailure };

// Medicines and diagnoses a reflection must never bring in: common names, and the endings drug names share.
const medical = [
  /\b(paracetamol|ibuprofen|diclofenac|naproxen|oxazepam|diazepam|temazepam|metformine|metformin|insuline|insulin|prednison|prednisone|antibiotica|antibiotics|antidepressiva|antidepressants|pufjes|inhaler|pijnstillers?|painkillers?|slaappillen|sleeping pills|medicijnen|medicatie|medication|medicine)\b/i,
  /\b\p{L}+(pril|sartan|statine|statin|olol|azepam|prazol|mycine|cilline|cillin)\b/iu,
  /\b(depressie|depression|depressief|depressed|burn-?out|angststoornis|anxiety disorder|diabetes|suikerziekte|copd|astma|asthma|kanker|cancer|dementie|dementia|artrose|arthritis|hartfalen|heart failure|fibromyalgie|fibromyalgia|adhd|autisme|autism|ptss|ptsd|stoornis|disorder|syndroom|syndrome)\b/i,
];

const numbersOf = (text: string): string[] => text.match(/\d+/g) ?? [];

/** The medical words and numbers in `text` that the person did not use themselves. */
function newFacts(text: string, answer: string): boolean {
  const own = answer.toLowerCase();
  const said = new Set<string>(numbersOf(answer));
  if (numbersOf(text).some((n) => !said.has(n))) return true;
  for (const pattern of medical)
    for (const match of text.matchAll(new RegExp(pattern.source, "giu")))
      if (!own.includes(match[0].toLowerCase())) return true;
  return false;
}

export function guardReflection(raw: string, directive: ReflectionDirective): GuardedReflection {
  const text = cleanReply(raw, "");
  if (text.length < 2 || text.length > directive.template.length * 2) return { ok: false, failed: "length" };
  const read = classify(text, directive.locale);
  if (read.behaviour !== "reflection" || read.input !== null) return { ok: false, failed: "not_reflection" };
  if (newFacts(text, directive.answer)) return { ok: false, failed: "new_fact" };
  if (screen(text, directive.locale).level !== "none") return { ok: false, failed: "safety" };
  return { ok: true, text };
}

// Puts a reflection after the coach's own lead ("Je wordt blij van ...") or on a button ("Meer bewegen"),
// so the person's words read as part of a sentence: no doubled word, no quotes, one full stop. Pure.
import type { Reflection } from "./reflect.ts";

/** Lowercase the first letter, unless the phrase opens with an acronym (COPD, ADHD-pillen). */
function lowerFirst(phrase: string): string {
  if (/^\p{Lu}\p{Lu}/u.test(phrase)) return phrase;
  return (phrase[0]?.toLowerCase() ?? "") + phrase.slice(1);
}

function upperFirst(text: string): string {
  return (text[0]?.toUpperCase() ?? "") + text.slice(1);
}

/** The phrase without the lead's own last word at its start ("blij van" + "Van je kleinkinderen"). */
function withoutEcho(lead: string, phrase: string): string {
  const last = lead.replace(/[:,]$/, "").split(" ").at(-1)?.toLowerCase();
  const words = phrase.split(" ");
  if (words.length > 1 && words[0]?.toLowerCase() === last) return words.slice(1).join(" ");
  return phrase;
}

/**
 * The reflection as a whole sentence: its own when the person spoke of themselves ("Je bent moe.",
 * or "Over vroeger: je zwom veel." with `about`), else the lead followed by the phrase.
 * Undefined when the answer is better not repeated.
 */
export function sentenceWith(lead: string, heard: Reflection, about?: string): string | undefined {
  if (heard.kind === "acknowledged") return undefined;
  if (heard.sentence) return about ? `${about} ${lowerFirst(heard.text)}.` : `${heard.text}.`;
  return `${lead} ${lowerFirst(withoutEcho(lead, heard.text))}.`;
}

/** The reflection as a phrase to use inside a question ("rond meer bewegen"), when it is one. */
export function phraseOf(heard: Reflection): string | undefined {
  return heard.kind === "reflected" && !heard.sentence ? lowerFirst(heard.text) : undefined;
}

/** The reflection as a button label: "Meer" + "bewegen" or "Meer bewegen" both give "Meer bewegen". */
export function labelWith(lead: string, heard: Reflection): string | undefined {
  if (heard.kind === "acknowledged") return undefined;
  if (heard.sentence) return heard.text;
  return upperFirst(`${lead.toLowerCase()} ${lowerFirst(withoutEcho(lead, heard.text))}`);
}

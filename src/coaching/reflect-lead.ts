// Puts a reflection after the coach's own lead ("Je wordt blij van ...") or on a button ("Meer bewegen"),
// so the person's words read as part of a sentence: no doubled word, no quotes, one full stop. Pure.
import type { Reflection } from "./reflect.ts";

/** Lowercase the first letter, unless the phrase opens with an acronym (COPD, ADHD-pillen). */
function lowerFirst(phrase: string): string {
  if (/^\p{Lu}\p{Lu}/u.test(phrase)) return phrase;
  // "'t Gaat" and "'s Avonds": the capital sits after the short article.
  const elided = /^'[ts] /i.exec(phrase);
  if (elided) return elided[0].toLowerCase() + lowerFirst(phrase.slice(elided[0].length));
  return (phrase[0]?.toLowerCase() ?? "") + phrase.slice(1);
}

// A clause ("als de zon schijnt", "that my kids are healthy") follows the lead without its last
// preposition or "meer": "Je wordt blij als de zon schijnt", "Je wilt graag dat je weer kunt fietsen".
const CLAUSE_START = /^(als|wanneer|dat|omdat|zodra|when|whenever|if|that|because)\b/i;
const LEAD_LINK = /^(van|met|om|over|aan|voor|meer|with|about|of|from|for|more)$/i;
// "meer" cannot stand before "niet", "minder", "weer" ("Je wilt graag minder pijn").
const NOT_AFTER_MORE = /^(niet|geen|minder|weer|not|no|less|fewer|to)\b/i;
const MORE = /^(meer|more)$/i;

/** The lead to put before this phrase: its last word dropped when the phrase cannot follow it. */
function leadFor(lead: string, phrase: string): string {
  const words = lead.split(" ");
  const last = words.at(-1) ?? "";
  const drop =
    (CLAUSE_START.test(phrase) && LEAD_LINK.test(last)) || (NOT_AFTER_MORE.test(phrase) && MORE.test(last));
  return drop && words.length > 1 ? words.slice(0, -1).join(" ") : lead;
}

function upperFirst(text: string): string {
  return (text[0]?.toUpperCase() ?? "") + text.slice(1);
}

/** The lead's last word, which the phrase must not repeat ("blij van" + "Van je kleinkinderen"). */
function lastWord(lead: string): string | undefined {
  // A lead ending in a colon is not continued by the phrase ("Over je gezondheid zeg je: je rug ...").
  return /[:,]$/.test(lead) ? undefined : lead.split(" ").at(-1)?.toLowerCase();
}

/** The phrase without the lead's own last word at its start; undefined when nothing else is left. */
function withoutEcho(lead: string, phrase: string): string | undefined {
  const last = lastWord(lead);
  let words = phrase.split(" ");
  while (last !== undefined && words[0]?.toLowerCase().replace(/[,;:]$/, "") === last) words = words.slice(1);
  return words.length > 0 ? words.join(" ") : undefined;
}

/**
 * The reflection as a whole sentence: its own when the person spoke of themselves ("Je bent moe.",
 * or "Over vroeger: je zwom veel." with `about`), else the lead followed by the phrase.
 * Undefined when the answer is better not repeated.
 */
export function sentenceWith(lead: string, heard: Reflection, about?: string): string | undefined {
  if (heard.kind === "acknowledged") return undefined;
  if (heard.sentence) return about ? `${about} ${lowerFirst(heard.text)}.` : `${heard.text}.`;
  const phrase = withoutEcho(lead, heard.text);
  return phrase === undefined ? undefined : `${leadFor(lead, phrase)} ${lowerFirst(phrase)}.`;
}

/** The reflection as a phrase to use inside a question ("rond meer bewegen"), when it is one. */
export function phraseOf(heard: Reflection): string | undefined {
  return heard.kind === "reflected" && !heard.sentence ? lowerFirst(heard.text) : undefined;
}

/** The reflection as a button label: "Meer" + "bewegen" or "Meer bewegen" both give "Meer bewegen". */
export function labelWith(lead: string, heard: Reflection): string | undefined {
  if (heard.kind === "acknowledged") return undefined;
  if (heard.sentence) return heard.text;
  const phrase = withoutEcho(lead, heard.text);
  if (phrase === undefined) return undefined;
  // "Meer" + "minder pijn" is just "Minder pijn".
  const start =
    lead.split(" ").length === 1 && leadFor(`_ ${lead}`, phrase) === "_" ? "" : `${lead.toLowerCase()} `;
  return upperFirst(`${start}${lowerFirst(phrase)}`);
}

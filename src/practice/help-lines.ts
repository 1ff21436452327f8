// The help texts of a conversation started from a practice's link name that practice's out-of-hours
// number. Stored replies keep the general sentence ("the number is on your practice's website"), so
// the pages swap that one sentence for the practice's own when they show it. Pure.
import type { Locale, Region } from "../locales.ts";
import { helpFor } from "../safety/help.ts";

/** The general sentence and the practice's own, for this region and language. */
export function practiceHelpSwap(region: Region, locale: Locale, outOfHours: string): Map<string, string> {
  const general = helpFor("acute", "acute_medical", region, locale).lines;
  const own = helpFor("acute", "acute_medical", region, locale, outOfHours).lines;
  const swap = new Map<string, string>();
  general.forEach((line, i) => {
    const replacement = own[i];
    if (replacement !== undefined && replacement !== line) swap.set(line, replacement);
  });
  return swap;
}

/** The messages with the general out-of-hours sentence replaced by the practice's own. */
export function withPracticeNumber<M extends { text: string }>(
  messages: readonly M[],
  swap: ReadonlyMap<string, string>,
): M[] {
  return messages.map((message) => {
    const replacement = swap.get(message.text);
    return replacement === undefined ? message : { ...message, text: replacement };
  });
}

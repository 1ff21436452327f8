// Recognises a professional closing the conversation ("dan ronden we af", "tot de volgende keer",
// "thanks for coming, see you next time"). Pure; used by the practice flow to end a session.
import type { Locale } from "../locales.ts";
import { foldText } from "./normalize.ts";

/*
 * Only clear closings count: thanks for the conversation (not thanks for a single answer, which is
 * ordinary encouragement mid-conversation), goodbyes, and saying the conversation ends now.
 */

type Lang = Locale;

const CLOSING: Record<Lang, RegExp> = {
  nl: new RegExp(
    [
      "\\btot (?:de )?(?:volgende keer|ziens|gauw|snel|straks|over twee weken|volgende week)\\b",
      "\\b(?:bedankt|dank (?:je|jij|u)(?: wel)?|dankjewel|dankuwel) voor (?:het|dit|ons|je|jouw|uw) (?:gesprek|komst|tijd|bezoek)\\b",
      "\\b(?:laten we|ik wil|ik ga|we gaan|zullen we|dan) (?:\\S+ ){0,3}(?:afronden|afsluiten|afronden voor vandaag)\\b",
      "\\b(?:we|ik) (?:ronden|rond|sluiten|sluit) (?:\\S+ ){0,2}af\\b",
      "\\b(?:veel )?succes (?:ermee|met|hiermee|daarmee)\\b",
      "\\bfijn dat (?:je|u|jij|ge) (?:er )?(?:was|bent gekomen|kwam)\\b",
      "\\b(?:we zien|ik zie|we spreken) elkaar\\b",
      "\\b(?:dag|doei|daag)\\b[.!]*$",
    ].join("|"),
  ),
  en: new RegExp(
    [
      "\\bsee you\\b",
      "\\bgoodbye\\b|\\bbye\\b",
      "\\bthanks? (?:you )?(?:so much |very much )?for (?:coming|talking|the (?:conversation|chat|talk)|your time|today)\\b",
      "\\b(?:let's|let us|we'll|i'll|we can|we should) (?:\\S+ ){0,2}(?:wrap (?:up|it up|things up)|round (?:off|up)|finish|end) (?:here|there|for today|now|up)\\b",
      "\\b(?:let's|let us|we'll) (?:wrap|round) (?:up|off|it up|things up)\\b",
      "\\bgood luck\\b",
      "\\btake care\\b",
      "\\bthat's (?:all|it) for today\\b",
      "\\bspeak (?:to you )?soon\\b",
    ].join("|"),
  ),
};

/** Whether the professional is closing the conversation. */
export function isClosing(utterance: string, lang: Lang): boolean {
  return CLOSING[lang].test(foldText(utterance));
}

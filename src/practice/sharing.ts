// How long a share lasts: the patient picks, 30 days unless they choose otherwise; a code waits 7 days
// to be redeemed and then shows for the patient's chosen time. Pure.
import { z } from "zod";
import { type Locale, languageTag } from "../locales.ts";
import { SHARE_CODE_DAYS } from "./share-code.ts";

const DAY_MS = 24 * 60 * 60 * 1000;
export const shareDayChoices = [7, 30, 90] as const;
export const DEFAULT_SHARE_DAYS = 30;

export const shareDaysSchema = z.coerce
  .number()
  .int()
  .refine((days) => (shareDayChoices as readonly number[]).includes(days), "choose 7, 30 or 90 days")
  .default(DEFAULT_SHARE_DAYS);

export const shareUntil = (at: number, days: number): number => at + days * DAY_MS;
export const codeValidUntil = (at: number): number => at + SHARE_CODE_DAYS * DAY_MS;

/** A day as the patient reads it: "6 januari 2027" / "6 January 2027", on the NL/BE calendar. */
export function readableDay(at: number, locale: Locale): string {
  return new Intl.DateTimeFormat(languageTag[locale], {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "Europe/Amsterdam",
  }).format(at);
}

// The languages and regions the product speaks and serves: the one place they are listed. Everything
// that differs per language or region is a Record keyed by these, so adding one is a compile error
// wherever it must be handled.
import { z } from "zod";

export const locales = ["nl", "en"] as const;
export type Locale = (typeof locales)[number];
export const localeSchema = z.enum(locales);

/** NL: the Netherlands; BE: Flanders (Dutch-speaking Belgium). Emergency numbers and wording differ. */
export const regions = ["NL", "BE"] as const;
export type Region = (typeof regions)[number];
export const regionSchema = z.enum(regions);

export const defaultLocale: Locale = "nl";
export const defaultRegion: Region = "NL";

export function isLocale(value: unknown): value is Locale {
  return (locales as readonly unknown[]).includes(value);
}

export function isRegion(value: unknown): value is Region {
  return (regions as readonly unknown[]).includes(value);
}

/** A locale from untrusted input (a query string, a form field), or the default. */
export function localeOr(value: unknown, fallback: Locale = defaultLocale): Locale {
  return isLocale(value) ? value : fallback;
}

/** BCP 47 tags for Intl formatting and the `lang` attribute. */
export const languageTag: Record<Locale, string> = { nl: "nl-NL", en: "en-GB" };

/** Each language's own name for itself, for language switches and choices. */
export const languageName: Record<Locale, string> = { nl: "Nederlands", en: "English" };

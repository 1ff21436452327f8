// The calendar day a patient meant by "when" for their first step ("morgen", "volgende week", "op
// vrijdag", "15-1-2027", "over twee weken"), for FHIR's Goal.target.dueDate. Pure. Anything vaguer
// ("binnenkort", "als het beter gaat") gives no date: a wrong date is worse than none.
import type { Locale } from "../locales.ts";

// Patients in NL and BE share one clock; the day is the one on their calendar, not UTC's.
const ZONE = "Europe/Amsterdam";
const DAY_MS = 24 * 60 * 60 * 1000;

const numberWords: Record<Locale, Record<string, number>> = {
  nl: { een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10 },
  en: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
  },
};
const weekdays: Record<Locale, string[]> = {
  nl: ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"],
  en: ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"],
};
const relative: Record<Locale, Array<[RegExp, number]>> = {
  nl: [
    [/\bovermorgen\b/, 2],
    [/\bmorgen\b/, 1],
    [/\b(?:vandaag|vanavond|vanmiddag|nu meteen)\b/, 0],
    [/\bvolgende week\b/, 7],
  ],
  en: [
    [/\bday after tomorrow\b/, 2],
    [/\btomorrow\b/, 1],
    [/\b(?:today|tonight|this evening|this afternoon)\b/, 0],
    [/\bnext week\b/, 7],
  ],
};
const units: Record<Locale, RegExp> = {
  nl: /\bover (\d{1,2}|[a-zé]+) (dag|dagen|week|weken|maand|maanden)\b/,
  en: /\bin (\d{1,2}|[a-z]+) (day|days|week|weeks|month|months)\b/,
};

/** The local calendar day of a moment, as [year, month (1-12), day]. */
function localDay(at: number): [number, number, number] {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: ZONE }).format(at).split("-").map(Number);
  return [y ?? 1970, m ?? 1, d ?? 1];
}

function iso(utcMs: number): string {
  return new Date(utcMs).toISOString().slice(0, 10);
}

/** A real calendar day, or undefined for 31-2 and the like. */
function validDay(year: number, month: number, day: number): number | undefined {
  const ms = Date.UTC(year, month - 1, day);
  const date = new Date(ms);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? ms : undefined;
}

export function dueDateFrom(when: string | null, at: number, locale: Locale): string | undefined {
  if (!when) return undefined;
  const text = when.toLowerCase().normalize("NFC");
  const [year, month, day] = localDay(at);
  const today = Date.UTC(year, month - 1, day);

  const isoDate = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/.exec(text);
  if (isoDate) {
    const ms = validDay(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3]));
    return ms === undefined ? undefined : iso(ms);
  }
  // Day first, as both regions write it: 15-1-2027, 15/1, 15.1.27.
  const written = /\b(\d{1,2})[-/.](\d{1,2})(?:[-/.](\d{2}|\d{4}))?\b/.exec(text);
  if (written) {
    const d = Number(written[1]);
    const m = Number(written[2]);
    const y = written[3] === undefined ? year : Number(written[3]) + (written[3].length === 2 ? 2000 : 0);
    let ms = validDay(y, m, d);
    // Without a year, a day already past this year means next year's.
    if (ms !== undefined && written[3] === undefined && ms < today) ms = validDay(y + 1, m, d);
    return ms === undefined ? undefined : iso(ms);
  }

  const unit = units[locale].exec(text);
  if (unit?.[1] && unit[2]) {
    const n = /^\d+$/.test(unit[1]) ? Number(unit[1]) : numberWords[locale][unit[1]];
    if (n === undefined || n < 1) return undefined;
    if (/^(?:maand|month)/.test(unit[2])) {
      const ms = validDay(year, month + n, day) ?? Date.UTC(year, month + n, 0);
      return iso(ms);
    }
    return iso(today + n * (/^we/.test(unit[2]) ? 7 : 1) * DAY_MS);
  }

  for (const [pattern, days] of relative[locale]) if (pattern.test(text)) return iso(today + days * DAY_MS);

  const weekday = weekdays[locale].findIndex((name) => new RegExp(`\\b${name}\\b`).test(text));
  if (weekday >= 0) {
    const current = new Date(today).getUTCDay();
    // The next such day after today: "vrijdag", said on a Friday, is a week away.
    const ahead = (weekday - current + 7) % 7 || 7;
    return iso(today + ahead * DAY_MS);
  }
  return undefined;
}

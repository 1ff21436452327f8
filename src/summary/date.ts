// The date on a summary, written out as people write it ("3 december 2026"), in the person's
// language and their region's time zone, so a summary made late in the evening has that day's date.
import type { Locale, Region } from "../locales.ts";

const zone: Record<Region, string> = { NL: "Europe/Amsterdam", BE: "Europe/Brussels" };

export function summaryDate(date: Date, locale: Locale, region: Region): string {
  return new Intl.DateTimeFormat(`${locale}-${region}`, { dateStyle: "long", timeZone: zone[region] }).format(
    date,
  );
}

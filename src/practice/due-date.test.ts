// "When" in a patient's words becomes a calendar day only when it names one.
import { describe, expect, it } from "vitest";
import type { Locale } from "../locales.ts";
import { dueDateFrom } from "./due-date.ts";

// Wednesday 6 January 2027, 23:30 in Amsterdam (22:30 UTC): the patient's day is still the 6th.
const AT = Date.UTC(2027, 0, 6, 22, 30);

describe("due date from the patient's 'when'", () => {
  it("reads days that are named, counted from the patient's own calendar day", () => {
    const cases: Array<[string, Locale, string]> = [
      ["morgen", "nl", "2027-01-07"],
      ["overmorgen na het werk", "nl", "2027-01-08"],
      ["vandaag nog", "nl", "2027-01-06"],
      ["volgende week", "nl", "2027-01-13"],
      ["over twee weken", "nl", "2027-01-20"],
      ["over 3 dagen", "nl", "2027-01-09"],
      ["over een maand", "nl", "2027-02-06"],
      ["op vrijdag", "nl", "2027-01-08"],
      ["woensdag", "nl", "2027-01-13"],
      ["15-1-2027", "nl", "2027-01-15"],
      ["op 2/3", "nl", "2027-03-02"],
      ["1-1", "nl", "2028-01-01"],
      ["2027-02-01", "nl", "2027-02-01"],
      ["tomorrow morning", "en", "2027-01-07"],
      ["in two weeks", "en", "2027-01-20"],
      ["next Monday", "en", "2027-01-11"],
    ];
    for (const [when, locale, expected] of cases) expect(dueDateFrom(when, AT, locale), when).toBe(expected);
  });

  it("gives no date for vague moments or days that do not exist", () => {
    for (const when of [
      "binnenkort",
      "als het beter gaat",
      "31-2-2027",
      "na de zomer",
      "",
      "over veel weken",
    ])
      expect(dueDateFrom(when, AT, "nl"), when).toBeUndefined();
    expect(dueDateFrom(null, AT, "nl")).toBeUndefined();
    expect(dueDateFrom("soon", AT, "en")).toBeUndefined();
  });
});

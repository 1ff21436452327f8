// Working hours across weekends, the two DST changes of 2026 in Europe/Amsterdam, several zones, and
// zones that share no working time.
import { describe, expect, it } from "vitest";
import { isTimeZone, isWorkingTime, nextWorkingTime, previousWorkingTime } from "./working-hours.ts";

const AMS = ["Europe/Amsterdam"];
const utc = (y: number, m: number, d: number, h: number, min = 0) => Date.UTC(y, m - 1, d, h, min);
const HOUR = 3_600_000;

describe("nextWorkingTime", () => {
  it("keeps a moment inside working hours", () => {
    // Wednesday 4 March 2026, 10:00 in Amsterdam (CET, UTC+1).
    expect(nextWorkingTime(utc(2026, 3, 4, 9), AMS)).toBe(utc(2026, 3, 4, 9));
  });

  it("moves an evening deadline to 08:00 the next working day", () => {
    // Tuesday 3 March 2026 20:00 local.
    expect(nextWorkingTime(utc(2026, 3, 3, 19), AMS)).toBe(utc(2026, 3, 4, 7));
  });

  it("moves a moment before 08:00 to 08:00 the same day", () => {
    expect(nextWorkingTime(utc(2026, 3, 4, 4), AMS)).toBe(utc(2026, 3, 4, 7));
  });

  it("skips the weekend, across the start of summer time", () => {
    // Friday 27 March 2026 20:00 CET; summer time starts Sunday 29 March; Monday 08:00 CEST is 06:00 UTC.
    expect(nextWorkingTime(utc(2026, 3, 27, 19), AMS)).toBe(utc(2026, 3, 30, 6));
    // Saturday noon, the same Monday.
    expect(nextWorkingTime(utc(2026, 3, 28, 11), AMS)).toBe(utc(2026, 3, 30, 6));
  });

  it("skips the weekend, across the end of summer time", () => {
    // Friday 23 October 2026 19:00 CEST; winter time from Sunday 25 October; Monday 08:00 CET is 07:00 UTC.
    expect(nextWorkingTime(utc(2026, 10, 23, 17), AMS)).toBe(utc(2026, 10, 26, 7));
  });

  it("finds the hours two zones share", () => {
    // London is an hour behind Amsterdam: together the day runs 09:00-18:00 Amsterdam time.
    const zones = ["Europe/Amsterdam", "Europe/London"];
    // Thursday 5 March 2026, 08:30 in Amsterdam: London is at 07:30.
    expect(nextWorkingTime(utc(2026, 3, 5, 7, 30), zones)).toBe(utc(2026, 3, 5, 8));
    // 17:30 in Amsterdam is working time for both.
    expect(nextWorkingTime(utc(2026, 3, 5, 16, 30), zones)).toBe(utc(2026, 3, 5, 16, 30));
  });

  it("lets the first zone decide when the zones share no working time", () => {
    // Auckland is 12 hours ahead of Amsterdam in March: their working days never overlap.
    const zones = ["Europe/Amsterdam", "Pacific/Auckland"];
    expect(nextWorkingTime(utc(2026, 3, 3, 19), zones)).toBe(utc(2026, 3, 4, 7));
  });

  it("ignores zones it does not know, and falls back to Amsterdam without any", () => {
    expect(nextWorkingTime(utc(2026, 3, 3, 19), ["Not/AZone"])).toBe(utc(2026, 3, 4, 7));
    expect(nextWorkingTime(utc(2026, 3, 3, 19), [])).toBe(utc(2026, 3, 4, 7));
  });
});

describe("previousWorkingTime", () => {
  it("moves a night-time reminder back to half past five the evening before", () => {
    // Wednesday 4 March 2026 02:00 local: the reminder goes out Tuesday 17:30 local.
    expect(previousWorkingTime(utc(2026, 3, 4, 1), AMS)).toBe(utc(2026, 3, 3, 16, 30));
  });

  it("moves a Monday-morning reminder back over the weekend, across the end of summer time", () => {
    // Monday 26 October 2026 05:00 CET: back to Friday 23 October 17:30 CEST (15:30 UTC).
    expect(previousWorkingTime(utc(2026, 10, 26, 4), AMS)).toBe(utc(2026, 10, 23, 15, 30));
  });

  it("keeps a reminder that falls in working hours", () => {
    expect(previousWorkingTime(utc(2026, 3, 4, 12), AMS)).toBe(utc(2026, 3, 4, 12));
  });
});

describe("a round started at 20:00", () => {
  it("gets its deadline and reminder inside working hours, never at 05:00", () => {
    const started = utc(2026, 3, 2, 19); // Monday 20:00 local
    const deadline = nextWorkingTime(started + 24 * HOUR, AMS);
    const reminder = previousWorkingTime(deadline - 6 * HOUR, AMS);
    expect(deadline).toBe(utc(2026, 3, 4, 7)); // Wednesday 08:00
    expect(reminder).toBe(utc(2026, 3, 3, 16, 30)); // Tuesday 17:30
    expect(isWorkingTime(deadline, "Europe/Amsterdam")).toBe(true);
    expect(isWorkingTime(reminder, "Europe/Amsterdam")).toBe(true);
  });
});

describe("isTimeZone", () => {
  it("knows IANA zones and refuses anything else", () => {
    expect(isTimeZone("America/Los_Angeles")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});

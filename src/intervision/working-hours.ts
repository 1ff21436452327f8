// Working hours for a round's deadlines and reminders: 08:00-18:00 on weekdays in every participant's
// own time zone (Slack's users.info `tz`). Pure: instants in, instants out, no clock of its own.
/*
 * A deadline moves forward to the next moment that is working time for everyone (a phase is never
 * shortened); a reminder moves back to the last such moment before it was due. When the zones share
 * no working time at all (Amsterdam and Auckland), the first zone (the facilitator's) decides alone.
 */

export const WORK_START_HOUR = 8;
export const WORK_END_HOUR = 18;
/** A reminder moved back lands this long before the end of a working day, not on its last minute. */
const REMIND_BEFORE_END_MS = 30 * 60_000;
/** How far ahead (or back) a common working moment is looked for before giving up on the intersection. */
const SEARCH_MS = 14 * 86_400_000;

export const DEFAULT_TIME_ZONE = "Europe/Amsterdam";

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formats.set(zone, format);
  }
  return format;
}

/** True for an IANA zone name this runtime knows ("Europe/Amsterdam"); Slack sends those. */
export function isTimeZone(zone: string): boolean {
  if (zone.length === 0 || zone.length > 64) return false;
  try {
    formatFor(zone);
    return true;
  } catch {
    return false;
  }
}

function localTime(ms: number, zone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatFor(zone).formatToParts(new Date(ms)))
    if (part.type !== "literal") parts[part.type] = Number(part.value);
  const year = parts.year ?? 1970;
  const month = parts.month ?? 1;
  const day = parts.day ?? 1;
  return {
    year,
    month,
    day,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
  };
}

/** The instant at which it is this wall-clock time in `zone` (the later one in a DST overlap is fine here). */
function instantOf(zone: string, year: number, month: number, day: number, hour: number): number {
  const wall = Date.UTC(year, month - 1, day, hour);
  const offsetAt = (ms: number) => {
    const t = localTime(ms, zone);
    return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute) - Math.floor(ms / 60_000) * 60_000;
  };
  const first = wall - offsetAt(wall);
  return wall - offsetAt(first);
}

const isWorkday = (weekday: number) => weekday >= 1 && weekday <= 5;

/** The calendar day `days` after the given one (negative: before), as year, month, day and weekday. */
function shiftDay(t: LocalTime, days: number) {
  const d = new Date(Date.UTC(t.year, t.month - 1, t.day + days));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

export function isWorkingTime(ms: number, zone: string): boolean {
  const t = localTime(ms, zone);
  return isWorkday(t.weekday) && t.hour >= WORK_START_HOUR && t.hour < WORK_END_HOUR;
}

/** The first working moment at or after `ms` in one zone. */
function nextInZone(ms: number, zone: string): number {
  const t = localTime(ms, zone);
  if (isWorkday(t.weekday) && t.hour < WORK_END_HOUR)
    return t.hour >= WORK_START_HOUR ? ms : instantOf(zone, t.year, t.month, t.day, WORK_START_HOUR);
  for (let i = 1; i <= 7; i++) {
    const d = shiftDay(t, i);
    if (isWorkday(d.weekday)) return instantOf(zone, d.year, d.month, d.day, WORK_START_HOUR);
  }
  return ms;
}

/** The last working moment at or before `ms` in one zone (half an hour before a working day's end). */
function previousInZone(ms: number, zone: string): number {
  const t = localTime(ms, zone);
  if (isWorkday(t.weekday) && t.hour >= WORK_START_HOUR) {
    if (t.hour < WORK_END_HOUR) return ms;
    return instantOf(zone, t.year, t.month, t.day, WORK_END_HOUR) - REMIND_BEFORE_END_MS;
  }
  for (let i = 1; i <= 7; i++) {
    const d = shiftDay(t, -i);
    if (isWorkday(d.weekday))
      return instantOf(zone, d.year, d.month, d.day, WORK_END_HOUR) - REMIND_BEFORE_END_MS;
  }
  return ms;
}

/** Walks `step` through the zones until every zone agrees, within two weeks; undefined when they never do. */
function agree(ms: number, zones: string[], step: (ms: number, zone: string) => number): number | undefined {
  let at = ms;
  for (let round = 0; round < 64 && Math.abs(at - ms) <= SEARCH_MS; round++) {
    let moved = false;
    for (const zone of zones) {
      const next = step(at, zone);
      if (next !== at) {
        at = next;
        moved = true;
      }
    }
    if (!moved) return at;
  }
  return undefined;
}

function usable(zones: string[]): string[] {
  const valid = [...new Set(zones.filter(isTimeZone))];
  return valid.length > 0 ? valid : [DEFAULT_TIME_ZONE];
}

/** The first moment at or after `ms` that is working time in every zone (or, if none is shared, the first zone). */
export function nextWorkingTime(ms: number, zones: string[]): number {
  const list = usable(zones);
  return agree(ms, list, nextInZone) ?? nextInZone(ms, list[0] ?? DEFAULT_TIME_ZONE);
}

/** The last moment at or before `ms` that is working time in every zone (or, if none is shared, the first zone). */
export function previousWorkingTime(ms: number, zones: string[]): number {
  const list = usable(zones);
  return agree(ms, list, previousInZone) ?? previousInZone(ms, list[0] ?? DEFAULT_TIME_ZONE);
}

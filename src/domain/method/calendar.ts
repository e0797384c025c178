import { format } from "date-fns";
import { tz } from "@date-fns/tz";

/**
 * A calendar day as "YYYY-MM-DD", meaning that day on the wall calendars in Copenhagen. It has no
 * time and no zone: all arithmetic runs on UTC midnight, so a DST switch can never move a day.
 * ISO strings of fixed width also compare correctly as plain strings.
 */
export type CalendarDate = string;

export const METHOD_TIME_ZONE = "Europe/Copenhagen";

const COPENHAGEN = tz(METHOD_TIME_ZONE);
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
// A sanity range, not a rule of the method: it rejects typing slips such as "0205" or "20255",
// and keeps every date a four-digit year (Date.UTC would also misread years below 100).
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

export function isValidCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const m = PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < MIN_YEAR || y > MAX_YEAR || mo < 1 || mo > 12) return false;
  return d >= 1 && d <= daysInMonth(y, mo);
}

const isLeapYear = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysInMonth = (y: number, m: number) => (m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

// Day numbers (days since 1970-01-01) by integer arithmetic on the proleptic Gregorian calendar
// (H. Hinnant's days_from_civil / civil_from_days). The overview and the statistics run these
// hundreds of thousands of times per page; Date objects (which Next.js also wraps) made that seconds.
// Both directions are memoised: a page works on a few thousand distinct days, over and over.
const dayNumbers = new Map<string, number>();
const dayStrings = new Map<number, CalendarDate>();
const remember = <K, V>(map: Map<K, V>, key: K, value: V): V => {
  if (map.size > 50_000) map.clear();
  map.set(key, value);
  return value;
};

function toDayNumber(d: CalendarDate): number {
  const known = dayNumbers.get(d);
  if (known !== undefined) return known;
  if (!isValidCalendarDate(d)) throw new RangeError(`Not a calendar date: ${String(d)}`);
  let y = Number(d.slice(0, 4));
  const m = Number(d.slice(5, 7));
  const day = Number(d.slice(8, 10));
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  return remember(dayNumbers, d, era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468);
}

function fromDayNumber(n: number): CalendarDate {
  const known = dayStrings.get(n);
  if (known !== undefined) return known;
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp + (mp < 10 ? 3 : -9);
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < MIN_YEAR || y > MAX_YEAR) throw new RangeError(`Date out of range: year ${y}`);
  return remember(dayStrings, n, `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
}

export function addDays(d: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return fromDayNumber(toDayNumber(d) + days);
}

/** A week is always 7 days in the method, whatever the clocks do. */
export function addWeeks(d: CalendarDate, weeks: number): CalendarDate {
  return addDays(d, weeks * 7);
}

/** Whole days from `from` to `to`: positive when `to` is later, negative when earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The date on the wall calendars in Copenhagen at the instant `now`, whatever the server's zone. */
export function todayInCopenhagen(now: Date): CalendarDate {
  if (Number.isNaN(now.getTime())) throw new RangeError("Invalid instant");
  return format(now, "yyyy-MM-dd", { in: COPENHAGEN });
}

export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const isBefore = (a: CalendarDate, b: CalendarDate): boolean => a < b;
export const isAfter = (a: CalendarDate, b: CalendarDate): boolean => a > b;

/** `d` lies in the closed range from `from` to `to`, both days included. */
export const isWithin = (d: CalendarDate, from: CalendarDate, to: CalendarDate): boolean => d >= from && d <= to;

export function maxDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((acc, d) => (d > acc ? d : acc), first);
}

export function minDate(first: CalendarDate, ...rest: CalendarDate[]): CalendarDate {
  return rest.reduce((acc, d) => (d < acc ? d : acc), first);
}

/** The Monday of the (Danish, Monday-first) week that `d` falls in. 1970-01-05 was a Monday. */
export function mondayOf(d: CalendarDate): CalendarDate {
  const weekday = (((daysBetween("1970-01-05", d) % 7) + 7) % 7);
  return addDays(d, -weekday);
}

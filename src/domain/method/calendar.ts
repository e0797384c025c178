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
  if (y < MIN_YEAR || y > MAX_YEAR) return false;
  // Date.UTC rolls 2025-02-29 over to 1 March; a round trip that changes the day exposes it.
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function toUtcMidnight(d: CalendarDate): Date {
  if (!isValidCalendarDate(d)) throw new RangeError(`Not a calendar date: ${String(d)}`);
  return new Date(`${d}T00:00:00Z`);
}

// Plain UTC arithmetic: a UTC day is always 86,400,000 ms, and the statistics and overviews run
// these hundreds of thousands of times per page (date-fns' time-zone context made that seconds).
const DAY_MS = 86_400_000;
const toCalendarDate = (d: Date): CalendarDate => d.toISOString().slice(0, 10);

export function addDays(d: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return toCalendarDate(new Date(toUtcMidnight(d).getTime() + days * DAY_MS));
}

/** A week is always 7 days in the method, whatever the clocks do. */
export function addWeeks(d: CalendarDate, weeks: number): CalendarDate {
  return addDays(d, weeks * 7);
}

/** Whole days from `from` to `to`: positive when `to` is later, negative when earlier. */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((toUtcMidnight(to).getTime() - toUtcMidnight(from).getTime()) / DAY_MS);
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

import { addDays as addDaysFns, differenceInCalendarDays, format } from "date-fns";
import { TZDate } from "@date-fns/tz";

/** A calendar day in Europe/Copenhagen as "YYYY-MM-DD". Arithmetic runs in UTC, so DST never shifts a day. */
export type CalendarDate = string;

export const TIME_ZONE = "Europe/Copenhagen";
const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isValidCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const m = PATTERN.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1900 && y <= 2200;
}

function utc(d: CalendarDate): TZDate {
  if (!isValidCalendarDate(d)) throw new RangeError(`Not a calendar date: ${String(d)}`);
  return new TZDate(`${d}T00:00:00Z`, "UTC");
}

const iso = (d: Date): CalendarDate => format(d, "yyyy-MM-dd");

export function addDays(d: CalendarDate, days: number): CalendarDate {
  return iso(addDaysFns(utc(d), days));
}

export function addWeeks(d: CalendarDate, weeks: number): CalendarDate {
  return addDays(d, weeks * 7);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(utc(to), utc(from));
}

/** Today's date on the wall calendars in Copenhagen at instant `now`. */
export function todayInCopenhagen(now: Date): CalendarDate {
  return format(new TZDate(now.getTime(), TIME_ZONE), "yyyy-MM-dd");
}

export const isBefore = (a: CalendarDate, b: CalendarDate) => a < b;
export const isAfter = (a: CalendarDate, b: CalendarDate) => a > b;

import { addDays, type CalendarDate } from "../method/calendar";
import { refuseParent, type ParentRefusal } from "./reasons";

/** Forvaltningsloven § 9: a request for access to one's file is answered within 7 working days. */
export const FILE_ACCESS_WORKING_DAYS = 7;

/** Easter Sunday (the Gregorian computus), from which the moving Danish holidays are counted. */
export function easterSunday(year: number): CalendarDate {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The days a Danish municipality is closed besides weekends: the public holidays (Store Bededag was
 * abolished from 2024), Constitution Day and Christmas Eve, which public employers give off by agreement.
 */
export function closedDays(year: number): Set<CalendarDate> {
  const easter = easterSunday(year);
  const fixed = ["01-01", "06-05", "12-24", "12-25", "12-26"].map((md) => `${year}-${md}`);
  const moving = [-3, -2, 1, 39, 50].map((offset) => addDays(easter, offset));
  return new Set([...fixed, ...moving]);
}

export function isWorkingDay(d: CalendarDate): boolean {
  const weekday = new Date(`${d}T12:00:00Z`).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !closedDays(Number(d.slice(0, 4))).has(d);
}

/** The last day the answer may be given: 7 working days after the day the request came in. */
export function fileAccessDueOn(requestedOn: CalendarDate): CalendarDate {
  let d = requestedOn;
  for (let counted = 0; counted < FILE_ACCESS_WORKING_DAYS; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d)) counted++;
  }
  return d;
}

/** An unanswered request whose last day has passed; the caseworker's home and the family page both show it. */
export function isFileRequestOverdue(request: { dueOn: CalendarDate; answeredOn?: CalendarDate | null }, today: CalendarDate): boolean {
  return !request.answeredOn && request.dueOn < today;
}

export function checkFileRequest(openRequests: number): ParentRefusal | null {
  return openRequests > 0 ? refuseParent("PORTAL_FILE_REQUEST_OPEN") : null;
}

export function checkFileAnswer(request: { answeredOn: CalendarDate | null; requestedOn: CalendarDate }, answeredOn: CalendarDate, today: CalendarDate): ParentRefusal | null {
  if (request.answeredOn) return refuseParent("FILE_REQUEST_ANSWERED");
  if (answeredOn > today) return refuseParent("FILE_REQUEST_ANSWER_IN_FUTURE", undefined, "answeredOn");
  if (answeredOn < request.requestedOn) return refuseParent("FILE_REQUEST_ANSWER_BEFORE_REQUEST", undefined, "answeredOn");
  return null;
}

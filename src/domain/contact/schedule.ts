import { addDays, daysBetween, isValidCalendarDate, type CalendarDate } from "@/domain/method";

// Contact plans (samværsplaner): which days the child and parents meet, and how the sessions went.
// Pure functions over "YYYY-MM-DD" strings; callers pass `today` (see todayInCopenhagen).

export type ContactFrequency = "WEEKLY" | "EVERY_OTHER_WEEK" | "EVERY_OTHER_WEEKEND" | "MONTHLY" | "CUSTOM";
export type SessionStatus = "PLANNED" | "HELD" | "CANCELLED_BY_PARENT" | "CANCELLED_BY_SITE" | "CANCELLED_BY_CHILD";

export interface ContactRhythm {
  frequency: ContactFrequency;
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
  customDates?: CalendarDate[];
}

export interface DateWindow {
  from: CalendarDate;
  to: CalendarDate;
}

/** Hard cap on generated dates: a slip such as a 300-year window must not fill the database. */
export const MAX_CONTACT_DATES = 1000;
export const MIN_DURATION_MINUTES = 15;
export const MAX_DURATION_MINUTES = 720;

function assertDate(d: CalendarDate, what: string): void {
  if (!isValidCalendarDate(d)) throw new RangeError(`${what} is not a calendar date: ${String(d)}`);
}

/** 0 = Sunday … 6 = Saturday; the date is read at UTC midnight, so no zone can shift the day. */
function weekday(d: CalendarDate): number {
  return new Date(`${d}T00:00:00Z`).getUTCDay();
}

function yearMonth(d: CalendarDate): [number, number, number] {
  return d.split("-").map(Number) as [number, number, number];
}

/** The same day of the month `months` later, clamped to the month's last day (31 Jan → 28/29 Feb). */
function addMonthsClamped(d: CalendarDate, months: number): CalendarDate {
  const [y, m, day] = yearMonth(d);
  // Always clamp from the plan's own start day, never from the previous result: 31 Jan → 29 Feb → 31 Mar.
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

/**
 * Session dates inside both the plan's validity and the window (all bounds inclusive), sorted and
 * unique. The rhythm is always counted from the plan's start (or its first Saturday), never from
 * the window, so a later window shows the same days. An open-ended plan runs to `window.to`.
 * At most MAX_CONTACT_DATES dates, the earliest ones.
 */
export function generateContactDates(plan: ContactRhythm, window: DateWindow): CalendarDate[] {
  assertDate(plan.validFrom, "validFrom");
  if (plan.validTo) assertDate(plan.validTo, "validTo");
  assertDate(window.from, "window.from");
  assertDate(window.to, "window.to");
  const from = plan.validFrom > window.from ? plan.validFrom : window.from;
  const to = plan.validTo && plan.validTo < window.to ? plan.validTo : window.to;
  if (to < from) return [];

  if (plan.frequency === "CUSTOM") {
    return [...new Set(plan.customDates ?? [])].filter((d) => d >= from && d <= to).sort().slice(0, MAX_CONTACT_DATES);
  }

  const out: CalendarDate[] = [];
  if (plan.frequency === "MONTHLY") {
    // Start in the window's first month rather than walking years of months before the window.
    const [y0, m0] = yearMonth(plan.validFrom);
    const [y1, m1] = yearMonth(from);
    for (let i = Math.max(0, (y1 - y0) * 12 + (m1 - m0)); out.length < MAX_CONTACT_DATES; i++) {
      const d = addMonthsClamped(plan.validFrom, i);
      if (d > to) break;
      if (d >= from) out.push(d);
    }
    return out;
  }

  // Every other weekend begins on the Saturday on or after the start (the same day if it is one).
  const first = plan.frequency === "EVERY_OTHER_WEEKEND" ? addDays(plan.validFrom, (6 - weekday(plan.validFrom) + 7) % 7) : plan.validFrom;
  const step = plan.frequency === "WEEKLY" ? 7 : 14;
  // Jump to the first occurrence at or after the window instead of walking from the plan's start.
  const skip = from > first ? Math.ceil(daysBetween(first, from) / step) : 0;
  for (let d = addDays(first, skip * step); d <= to && out.length < MAX_CONTACT_DATES; d = addDays(d, step)) out.push(d);
  return out;
}

export type ContactPlanRefusal =
  | "CONTACT_END_BEFORE_START"
  | "CONTACT_CUSTOM_DATES_REQUIRED"
  | "CONTACT_CUSTOM_DATE_OUTSIDE_VALIDITY"
  | "CONTACT_DURATION_OUT_OF_RANGE";

export type ContactPlanCheck = { ok: true } | { ok: false; reason: ContactPlanRefusal; field: string };

/** The caseworker's contact plan rules. The first broken rule is reported, with the form field to mark. */
export function checkContactPlan(input: ContactRhythm & { durationMinutes: number }): ContactPlanCheck {
  // A one-day plan (validTo = validFrom) is allowed: a single supervised visit is a real plan.
  if (input.validTo && input.validTo < input.validFrom) return { ok: false, reason: "CONTACT_END_BEFORE_START", field: "validTo" };
  if (input.frequency === "CUSTOM") {
    const dates = input.customDates ?? [];
    if (dates.length === 0) return { ok: false, reason: "CONTACT_CUSTOM_DATES_REQUIRED", field: "customDates" };
    if (dates.some((d) => d < input.validFrom || (input.validTo ? d > input.validTo : false))) {
      return { ok: false, reason: "CONTACT_CUSTOM_DATE_OUTSIDE_VALIDITY", field: "customDates" };
    }
  }
  const minutes = input.durationMinutes;
  if (!Number.isInteger(minutes) || minutes < MIN_DURATION_MINUTES || minutes > MAX_DURATION_MINUTES) {
    return { ok: false, reason: "CONTACT_DURATION_OUT_OF_RANGE", field: "durationMinutes" };
  }
  return { ok: true };
}

/** A session is recorded on its day or afterwards, never ahead: nobody knows yet how it will go. */
export function canRecordSession(session: { date: CalendarDate }, today: CalendarDate): { ok: true } | { ok: false; reason: "SESSION_IN_FUTURE" } {
  return session.date > today ? { ok: false, reason: "SESSION_IN_FUTURE" } : { ok: true };
}

// A type alias, not an interface, so it stays assignable to Record<string, number> (the counts UI).
export type SessionCounts = {
  held: number;
  cancelledByParent: number;
  cancelledBySite: number;
  cancelledByChild: number;
  /** PLANNED and dated before `window.to`: its day is over and nobody said how it went. */
  notRecorded: number;
  /** PLANNED and dated `window.to` itself: with `to` = today, it may still be recorded today. */
  planned: number;
};

/**
 * Sessions dated from `window.from` to `window.to` (both inclusive), by outcome; sessions outside
 * the window are ignored. Callers pass `to` = today, so a PLANNED session of today is still open
 * (`planned`) and only earlier ones count as `notRecorded`. Every counted session is in exactly
 * one bucket, so the six numbers add up to the sessions in the window.
 */
export function sessionCounts(sessions: { date: CalendarDate; status: SessionStatus }[], window: DateWindow): SessionCounts {
  const counts: SessionCounts = { held: 0, cancelledByParent: 0, cancelledBySite: 0, cancelledByChild: 0, notRecorded: 0, planned: 0 };
  for (const s of sessions) {
    if (s.date < window.from || s.date > window.to) continue;
    if (s.status === "HELD") counts.held++;
    else if (s.status === "CANCELLED_BY_PARENT") counts.cancelledByParent++;
    else if (s.status === "CANCELLED_BY_SITE") counts.cancelledBySite++;
    else if (s.status === "CANCELLED_BY_CHILD") counts.cancelledByChild++;
    else if (s.date < window.to) counts.notRecorded++;
    else counts.planned++;
  }
  return counts;
}

// ---------------------------------------------------------------------------------------------
// The rolling schedule: which sessions a plan with several versions has, and for how long ahead.

/** Sessions exist up to today + this many days: half a year, so holidays can be planned around them. */
export const SESSION_HORIZON_DAYS = 182;
/**
 * A page read tops a plan up only once fewer than this many days are left before the horizon, so a
 * busy agenda writes at most once a week per plan; the daily job keeps the horizon exact.
 */
export const TOP_UP_SLACK_DAYS = 7;
/**
 * A plan dated back gets its past sessions so the site can record them, but never more than a year
 * back: a plan is written down late after a court decision or a placement (weeks, months), while a
 * year further back nobody can say any more how a session went, and a mistyped year (2015 for 2025)
 * must not fill the site's list with hundreds of sessions to record.
 */
export const MAX_BACKFILL_DAYS = 365;

export interface ContactPlanVersionRhythm extends ContactRhythm {
  number: number;
}

export interface PlannedDate {
  date: CalendarDate;
  /** The version whose rhythm gives this date. */
  number: number;
}

/**
 * The days each version governs: from its validFrom to its validTo, cut short the day before any later
 * version takes over (a later version wins from its validFrom on, even one dated before an earlier
 * version's start). A version with no days left is left out.
 */
export function versionPeriods(versions: ContactPlanVersionRhythm[]): { number: number; from: CalendarDate; to: CalendarDate | null }[] {
  const sorted = [...versions].sort((a, b) => a.number - b.number);
  const out: { number: number; from: CalendarDate; to: CalendarDate | null }[] = [];
  sorted.forEach((v, i) => {
    const takeover = sorted.slice(i + 1).reduce<CalendarDate | null>((min, later) => (min === null || later.validFrom < min ? later.validFrom : min), null);
    const cut = takeover ? addDays(takeover, -1) : null;
    const to = cut && (v.validTo === null || cut < v.validTo) ? cut : v.validTo;
    if (to === null || to >= v.validFrom) out.push({ number: v.number, from: v.validFrom, to });
  });
  return out;
}

/** Every session date of the plan inside the window (inclusive), each from the version that governs that day, sorted. */
export function plannedDates(versions: ContactPlanVersionRhythm[], window: DateWindow): PlannedDate[] {
  const out: PlannedDate[] = [];
  for (const period of versionPeriods(versions)) {
    const version = versions.find((v) => v.number === period.number)!;
    const to = period.to && period.to < window.to ? period.to : window.to;
    // The rhythm still counts from the version's own start; only the window is narrowed.
    for (const date of generateContactDates(version, { from: window.from, to })) out.push({ date, number: version.number });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** The furthest day sessions should exist for, seen from `today`. */
export function horizonEnd(today: CalendarDate): CalendarDate {
  return addDays(today, SESSION_HORIZON_DAYS);
}

/** The earliest day a session may be generated for, seen from `today` (see MAX_BACKFILL_DAYS). */
export function backfillStart(today: CalendarDate): CalendarDate {
  return addDays(today, -MAX_BACKFILL_DAYS);
}

/**
 * The days a top-up must fill, given the last day sessions were generated through (null: never).
 * Null when nothing is missing. A plan never generated starts at most a year back.
 */
export function topUpWindow(generatedThrough: CalendarDate | null, today: CalendarDate): DateWindow | null {
  const earliest = backfillStart(today);
  const next = generatedThrough ? addDays(generatedThrough, 1) : earliest;
  const from = next > earliest ? next : earliest;
  const to = horizonEnd(today);
  return from > to ? null : { from, to };
}

/** A plan generated through a day before this one is due for a top-up (SQL filters on the same date). */
export function topUpDueBefore(today: CalendarDate, slackDays = TOP_UP_SLACK_DAYS): CalendarDate {
  return addDays(horizonEnd(today), -slackDays);
}

/** The cheap check a page read makes before topping a plan up. */
export function needsTopUp(generatedThrough: CalendarDate | null, today: CalendarDate, slackDays = TOP_UP_SLACK_DAYS): boolean {
  return generatedThrough === null || generatedThrough < topUpDueBefore(today, slackDays);
}

/**
 * The days a newly saved version rewrites: from its validFrom (at most a year back) to the horizon.
 * Unrecorded sessions in it that the new schedule does not have are removed; recorded ones are kept.
 */
export function supersedeWindow(validFrom: CalendarDate, today: CalendarDate): DateWindow {
  const earliest = backfillStart(today);
  return { from: validFrom > earliest ? validFrom : earliest, to: horizonEnd(today) };
}

/** The next `count` sessions from today (inclusive) that are still planned. */
export function nextSessions<S extends { date: CalendarDate; status: SessionStatus }>(sessions: S[], today: CalendarDate, count = 5): S[] {
  return sessions.filter((s) => s.status === "PLANNED" && s.date >= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)).slice(0, count);
}

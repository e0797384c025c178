import { addDays, daysBetween, type CalendarDate } from "@/domain/method";

// Contact plans (samværsplaner): which days the child and parents meet, and how the sessions went.

export type ContactFrequency = "WEEKLY" | "EVERY_OTHER_WEEK" | "EVERY_OTHER_WEEKEND" | "MONTHLY" | "CUSTOM";
export type SessionStatus = "PLANNED" | "HELD" | "CANCELLED_BY_PARENT" | "CANCELLED_BY_SITE" | "CANCELLED_BY_CHILD";

export interface ContactRhythm {
  frequency: ContactFrequency;
  validFrom: CalendarDate;
  validTo: CalendarDate | null;
  customDates?: CalendarDate[];
}

const MAX_DATES = 1000;

function weekday(d: CalendarDate): number {
  return new Date(`${d}T00:00:00Z`).getUTCDay();
}

/** The same day of the month `months` later, clamped to the month's last day (31 Jan → 28/29 Feb). */
function addMonthsClamped(d: CalendarDate, months: number): CalendarDate {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, last));
  return first.toISOString().slice(0, 10);
}

/** Session dates inside both the plan's validity and the window (inclusive), sorted and unique. */
export function generateContactDates(plan: ContactRhythm, window: { from: CalendarDate; to: CalendarDate }): CalendarDate[] {
  const from = plan.validFrom > window.from ? plan.validFrom : window.from;
  const to = plan.validTo && plan.validTo < window.to ? plan.validTo : window.to;
  if (to < from) return [];
  if (plan.frequency === "CUSTOM") return [...new Set(plan.customDates ?? [])].filter((d) => d >= from && d <= to).sort();
  const out: CalendarDate[] = [];
  const push = (d: CalendarDate) => { if (d >= from && d <= to) out.push(d); };
  if (plan.frequency === "MONTHLY") {
    for (let i = 0; out.length < MAX_DATES; i++) {
      const d = addMonthsClamped(plan.validFrom, i);
      if (d > to) break;
      push(d);
    }
    return out;
  }
  // Saturday on or after the start, for every other weekend.
  const first = plan.frequency === "EVERY_OTHER_WEEKEND" ? addDays(plan.validFrom, (6 - weekday(plan.validFrom) + 7) % 7) : plan.validFrom;
  const step = plan.frequency === "WEEKLY" ? 7 : 14;
  // Jump to the first occurrence at or after the window instead of walking from the plan's start.
  const skip = from > first ? Math.floor(daysBetween(first, from) / step) : 0;
  for (let d = addDays(first, skip * step); d <= to && out.length < MAX_DATES; d = addDays(d, step)) push(d);
  return out;
}

export type ContactPlanRefusal =
  | "CONTACT_END_BEFORE_START"
  | "CONTACT_CUSTOM_DATES_REQUIRED"
  | "CONTACT_CUSTOM_DATE_OUTSIDE_VALIDITY"
  | "CONTACT_DURATION_OUT_OF_RANGE";

export function checkContactPlan(input: ContactRhythm & { durationMinutes: number }): { ok: true } | { ok: false; reason: ContactPlanRefusal; field: string } {
  if (input.validTo && input.validTo < input.validFrom) return { ok: false, reason: "CONTACT_END_BEFORE_START", field: "validTo" };
  if (!Number.isInteger(input.durationMinutes) || input.durationMinutes < 15 || input.durationMinutes > 720) return { ok: false, reason: "CONTACT_DURATION_OUT_OF_RANGE", field: "durationMinutes" };
  if (input.frequency === "CUSTOM") {
    const dates = input.customDates ?? [];
    if (dates.length === 0) return { ok: false, reason: "CONTACT_CUSTOM_DATES_REQUIRED", field: "customDates" };
    if (dates.some((d) => d < input.validFrom || (input.validTo !== null && d > input.validTo))) return { ok: false, reason: "CONTACT_CUSTOM_DATE_OUTSIDE_VALIDITY", field: "customDates" };
  }
  return { ok: true };
}

/** A session is recorded on its day or afterwards, never ahead. */
export function canRecordSession(session: { date: CalendarDate }, today: CalendarDate): { ok: true } | { ok: false; reason: "SESSION_IN_FUTURE" } {
  return session.date > today ? { ok: false, reason: "SESSION_IN_FUTURE" } : { ok: true };
}

/**
 * Sessions dated within the window (inclusive), by outcome. A planned session dated on or before
 * the window's end counts as not recorded: its day has come and nobody said how it went.
 */
export function sessionCounts(sessions: { date: CalendarDate; status: SessionStatus }[], window: { from: CalendarDate; to: CalendarDate }) {
  const counts = { held: 0, cancelledByParent: 0, cancelledBySite: 0, cancelledByChild: 0, notRecorded: 0 };
  for (const s of sessions) {
    if (s.date < window.from || s.date > window.to) continue;
    if (s.status === "HELD") counts.held++;
    else if (s.status === "CANCELLED_BY_PARENT") counts.cancelledByParent++;
    else if (s.status === "CANCELLED_BY_SITE") counts.cancelledBySite++;
    else if (s.status === "CANCELLED_BY_CHILD") counts.cancelledByChild++;
    else counts.notRecorded++;
  }
  return counts;
}

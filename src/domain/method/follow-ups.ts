import { addDays, type CalendarDate } from "./calendar";
import { DEFAULT_METHOD_CONFIG, type MethodConfig } from "./config";
import { plannedEndDate } from "./phase-dates";
import { firstRefusal, refuse, type Refusal, type RuleResult } from "./reasons";
import { checkDateInput } from "./rule-helpers";
import { isCycle, runningCycle, type CaseSnapshot, type FollowUpRecord, type PhaseRecord } from "./snapshot";
import { checkCaseWritable } from "./writable";

/**
 * The due dates of a change or maintenance phase: every interval from the start date (the first
 * one interval after the start), up to and including its last day — the planned end, or the actual
 * end when the phase ended earlier. A due date that would fall after the last day is not scheduled:
 * the phase's own closing review is its assessment. Start-up has no schedule.
 */
export function followUpSchedule(phase: PhaseRecord, config: MethodConfig = DEFAULT_METHOD_CONFIG): CalendarDate[] {
  const planned = plannedEndDate(phase);
  if (!isCycle(phase) || planned === null) return [];
  const interval = phase.followUpIntervalDays ?? config.changeFollowUpIntervalDays;
  if (!Number.isInteger(interval) || interval < 1) return [];
  const last = phase.endDate !== null && phase.endDate < planned ? phase.endDate : planned;
  const due: CalendarDate[] = [];
  for (let d = addDays(phase.startDate, interval); d <= last; d = addDays(d, interval)) due.push(d);
  return due;
}

export type FollowUpState = "done" | "overdue" | "due" | "upcoming";

export interface ScheduledFollowUp {
  dueDate: CalendarDate;
  /** The days a follow-up counts for this due date: due − tolerance … due + tolerance. */
  windowStart: CalendarDate;
  windowEnd: CalendarDate;
  status: FollowUpState;
  /** The date of the recorded follow-up that counted for this due date. */
  heldOn: CalendarDate | null;
}

/**
 * The state of each due date on `today`:
 * - done: a follow-up of this phase was held inside the window;
 * - overdue: none was, and the window has closed (today > due + tolerance);
 * - due: the window is open today;
 * - upcoming: the window opens later.
 * One follow-up counts for at most one due date, so a single meeting never covers two. Due dates
 * are matched in order, each with the earliest unused follow-up inside its window; for windows of
 * equal width this pairs up as many due dates as possible. Windows only overlap when a
 * municipality sets the interval to at most twice the tolerance. Follow-ups outside every window
 * are ad-hoc extras and count for nothing here.
 */
export function followUpStatuses(
  phase: PhaseRecord,
  followUps: readonly FollowUpRecord[],
  today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): ScheduledFollowUp[] {
  const tolerance = config.overdueToleranceDays;
  const unused = followUps.filter((f) => f.phaseId === phase.id).map((f) => f.date).sort();
  return followUpSchedule(phase, config).map((dueDate) => {
    const windowStart = addDays(dueDate, -tolerance);
    const windowEnd = addDays(dueDate, tolerance);
    const index = unused.findIndex((d) => d >= windowStart && d <= windowEnd);
    if (index >= 0) {
      const heldOn = unused.splice(index, 1)[0]!;
      return { dueDate, windowStart, windowEnd, status: "done", heldOn };
    }
    const status: FollowUpState = today > windowEnd ? "overdue" : today >= windowStart ? "due" : "upcoming";
    return { dueDate, windowStart, windowEnd, status, heldOn: null };
  });
}

/**
 * What needs doing in the running phase: overdue follow-ups first (oldest first), then those not yet
 * held whose due date is at most `horizonDays` away (including open windows whose due date has
 * just passed). Empty when no change or maintenance phase is running.
 */
export function dueFollowUps(
  snapshot: CaseSnapshot,
  today: CalendarDate,
  horizonDays = 14,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): ScheduledFollowUp[] {
  const phase = runningCycle(snapshot);
  if (snapshot.closed || !phase) return [];
  const horizon = addDays(today, horizonDays);
  const statuses = followUpStatuses(phase, snapshot.followUps, today, config);
  const overdue = statuses.filter((s) => s.status === "overdue");
  const soon = statuses.filter((s) => (s.status === "due" || s.status === "upcoming") && s.dueDate <= horizon);
  return [...overdue, ...soon];
}

/**
 * The earliest due date of the running phase that still lacks its follow-up (an overdue one comes
 * before the next upcoming one), or null. This is what case lists sort and filter on.
 */
export function nextDueDate(snapshot: CaseSnapshot, today: CalendarDate, config: MethodConfig = DEFAULT_METHOD_CONFIG): CalendarDate | null {
  const phase = runningCycle(snapshot);
  if (snapshot.closed || !phase) return null;
  return followUpStatuses(phase, snapshot.followUps, today, config).find((s) => s.status !== "done")?.dueDate ?? null;
}

function gateRecordFollowUp(snapshot: CaseSnapshot, date: CalendarDate, openedOnPhaseId: string | undefined): Refusal | null {
  const running = runningCycle(snapshot);
  const target = openedOnPhaseId === undefined ? running : snapshot.phases.find((p) => p.id === openedOnPhaseId) ?? null;
  return firstRefusal(
    () => checkCaseWritable(snapshot),
    () => (target?.endDate && date > target.endDate ? refuse("FOLLOW_UP_AFTER_PHASE_END", { date: target.endDate }, "date") : null),
    () => (running && target?.id === running.id ? null : refuse("FOLLOW_UP_OUTSIDE_ACTIVE_PHASE")),
  );
}

/**
 * A follow-up (scheduled or ad hoc) belongs to the running change or maintenance phase: dated from
 * its first day up to today. It may be held after the planned end while the phase still runs, never
 * after the day it ended. `openedOnPhaseId` is the phase the form was opened on, when known: a form
 * left open while that phase ended is refused rather than filed under another phase.
 */
export function checkRecordFollowUp(
  snapshot: CaseSnapshot,
  date: CalendarDate,
  today: CalendarDate,
  _config: MethodConfig = DEFAULT_METHOD_CONFIG,
  openedOnPhaseId?: string,
): RuleResult<{ phaseId: string }> {
  const phase = runningCycle(snapshot);
  const refusal = firstRefusal(
    () => gateRecordFollowUp(snapshot, date, openedOnPhaseId),
    () => checkDateInput(date, today, "date", { future: "FOLLOW_UP_IN_FUTURE", tooEarly: "FOLLOW_UP_BEFORE_PHASE_START" }, phase!.startDate),
  );
  return refusal ?? { ok: true, phaseId: phase!.id };
}

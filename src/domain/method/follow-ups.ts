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

export type FollowUpState = "done" | "missed" | "due" | "upcoming";

/** A due date with its window and the follow-up that counted for it: what the database stores (FollowUpDue). */
export interface DueDateRecord {
  phaseId: string;
  dueDate: CalendarDate;
  /** The days a follow-up counts for this due date: due − tolerance … due + tolerance. */
  windowStart: CalendarDate;
  windowEnd: CalendarDate;
  /** The date of the recorded follow-up that counted for this due date. */
  heldOn: CalendarDate | null;
  /** When none counted: the first follow-up of the phase held after the window closed (a catch-up). */
  caughtUpOn: CalendarDate | null;
}

export interface ScheduledFollowUp extends Omit<DueDateRecord, "phaseId" | "caughtUpOn"> {
  status: FollowUpState;
}

/**
 * Pairs each due date of a phase with the follow-up that counts for it. It does not depend on the
 * day it is asked (follow-ups are never dated in the future), so it can be stored and only has to
 * be worked out again when a follow-up, the phase or the municipality's tolerance changes.
 * One follow-up counts for at most one due date, so a single meeting never covers two. Due dates
 * are matched in order, each with the earliest unused follow-up inside its window; for windows of
 * equal width this pairs up as many due dates as possible. Windows only overlap when a
 * municipality sets the interval to at most twice the tolerance. Follow-ups outside every window
 * are ad-hoc extras and count for no due date.
 */
export function matchFollowUps(phase: PhaseRecord, followUps: readonly FollowUpRecord[], config: MethodConfig = DEFAULT_METHOD_CONFIG): DueDateRecord[] {
  const tolerance = config.overdueToleranceDays;
  const held = followUps.filter((f) => f.phaseId === phase.id).map((f) => f.date).sort();
  const unused = [...held];
  return followUpSchedule(phase, config).map((dueDate) => {
    const windowStart = addDays(dueDate, -tolerance);
    const windowEnd = addDays(dueDate, tolerance);
    const index = unused.findIndex((d) => d >= windowStart && d <= windowEnd);
    const heldOn = index >= 0 ? unused.splice(index, 1)[0]! : null;
    const caughtUpOn = heldOn === null ? held.find((d) => d > windowEnd) ?? null : null;
    return { phaseId: phase.id, dueDate, windowStart, windowEnd, heldOn, caughtUpOn };
  });
}

/** Every due date of every change and maintenance phase of a family, ended ones included (history and statistics). */
export function dueDateRecords(snapshot: CaseSnapshot, config: MethodConfig = DEFAULT_METHOD_CONFIG): DueDateRecord[] {
  return snapshot.phases.filter(isCycle).flatMap((phase) => matchFollowUps(phase, snapshot.followUps, config));
}

/** done: held inside its window; missed: the window closed without one; due: the window is open; upcoming: it opens later. */
export function dueDateStatus(record: Pick<DueDateRecord, "windowStart" | "windowEnd" | "heldOn">, today: CalendarDate): FollowUpState {
  if (record.heldOn !== null) return "done";
  return today > record.windowEnd ? "missed" : today >= record.windowStart ? "due" : "upcoming";
}

/** The state of each due date of a phase on `today` (see matchFollowUps and dueDateStatus). */
export function followUpStatuses(
  phase: PhaseRecord,
  followUps: readonly FollowUpRecord[],
  today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): ScheduledFollowUp[] {
  return matchFollowUps(phase, followUps, config).map(({ phaseId: _phase, caughtUpOn: _caughtUp, ...r }) => ({ ...r, status: dueDateStatus(r, today) }));
}

/**
 * Where the running phase's follow-ups stand on `today` — the one rule behind the lists, the home
 * counts, the overview, the reminders and the SQL that filters by them (src/features/follow-ups/due-sql.ts):
 * - next: the next due date whose window is still open and that has no follow-up yet;
 * - missed: every due date whose window closed without a follow-up (each gets its own reminder);
 * - overdueSince: the first missed date after which no follow-up of the phase has been held at all.
 *   The family is overdue while it is set; any follow-up held after the missed window — in the next
 *   window or as an ad-hoc catch-up — brings it back on track, and the miss stays in the history.
 */
export interface FollowUpStanding {
  next: CalendarDate | null;
  missed: CalendarDate[];
  overdueSince: CalendarDate | null;
}

export function followUpStanding(snapshot: CaseSnapshot, today: CalendarDate, config: MethodConfig = DEFAULT_METHOD_CONFIG): FollowUpStanding {
  const phase = runningCycle(snapshot);
  if (snapshot.closed || !phase) return { next: null, missed: [], overdueSince: null };
  const records = matchFollowUps(phase, snapshot.followUps, config);
  const missedRecords = records.filter((r) => dueDateStatus(r, today) === "missed");
  const unanswered = missedRecords.find((m) => m.caughtUpOn === null);
  return {
    next: records.find((r) => r.heldOn === null && r.windowEnd >= today)?.dueDate ?? null,
    missed: missedRecords.map((r) => r.dueDate),
    overdueSince: unanswered?.dueDate ?? null,
  };
}

/**
 * What needs doing in the running phase: missed follow-ups first (oldest first), then those not yet
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
  const missed = statuses.filter((s) => s.status === "missed");
  const soon = statuses.filter((s) => (s.status === "due" || s.status === "upcoming") && s.dueDate <= horizon);
  return [...missed, ...soon];
}

/** The next follow-up of the running phase: its next due date whose window is still open (see followUpStanding). */
export function nextDueDate(snapshot: CaseSnapshot, today: CalendarDate, config: MethodConfig = DEFAULT_METHOD_CONFIG): CalendarDate | null {
  return followUpStanding(snapshot, today, config).next;
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

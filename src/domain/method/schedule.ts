import { addDays, daysBetween, type CalendarDate } from "./calendar";
import { DEFAULT_METHOD_CONFIG, type MethodConfig } from "./config";
import { currentPhase, isCycle, type CaseSnapshot, type PhaseRecord } from "./snapshot";

/**
 * The last day of a cycle as planned: a 12-week phase starting Monday 5 January runs to Sunday
 * 29 March (start + 12×7 − 1), so "12 weeks" means 84 calendar days including the first.
 */
export function plannedEndDate(phase: Pick<PhaseRecord, "startDate" | "plannedWeeks">): CalendarDate | null {
  return phase.plannedWeeks ? addDays(phase.startDate, phase.plannedWeeks * 7 - 1) : null;
}

/** Days the phase has lasted (or will have lasted) up to and including `end`. */
export const phaseLengthDays = (start: CalendarDate, end: CalendarDate) => daysBetween(start, end) + 1;

/**
 * Due dates every interval from the start (the first one interval after the start), up to the
 * planned end — or the actual end, when the phase ended early. The cycle's own closing review is
 * the assessment, not a follow-up.
 */
export function followUpSchedule(phase: PhaseRecord, config: MethodConfig = DEFAULT_METHOD_CONFIG): CalendarDate[] {
  if (!isCycle(phase) || !phase.plannedWeeks) return [];
  const interval = phase.followUpIntervalDays ?? config.changeFollowUpIntervalDays;
  const planned = plannedEndDate(phase)!;
  const last = phase.endDate && phase.endDate < planned ? phase.endDate : planned;
  const due: CalendarDate[] = [];
  for (let d = addDays(phase.startDate, interval); d <= last; d = addDays(d, interval)) due.push(d);
  return due;
}

export type FollowUpState = "done" | "overdue" | "due" | "upcoming";

export interface ScheduledFollowUp {
  dueDate: CalendarDate;
  status: FollowUpState;
  /** The recorded follow-up that counted for this due date. */
  heldOn: CalendarDate | null;
}

/**
 * The state of each due date. A recorded follow-up counts for a due date when it lies within the
 * tolerance either side of it; each follow-up counts once (for the earliest due date it fits), so
 * one meeting cannot cover two due dates. A due date is overdue only once its window has passed.
 */
export function followUpStatuses(
  phase: PhaseRecord,
  followUps: { date: CalendarDate; phaseId: string }[],
  today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): ScheduledFollowUp[] {
  const tol = config.overdueToleranceDays;
  const unused = followUps.filter((f) => f.phaseId === phase.id).map((f) => f.date).sort();
  return followUpSchedule(phase, config).map((dueDate) => {
    const from = addDays(dueDate, -tol);
    const to = addDays(dueDate, tol);
    const index = unused.findIndex((d) => d >= from && d <= to);
    if (index >= 0) {
      const [heldOn] = unused.splice(index, 1);
      return { dueDate, status: "done" as const, heldOn: heldOn! };
    }
    const status: FollowUpState = today > to ? "overdue" : today >= from ? "due" : "upcoming";
    return { dueDate, status, heldOn: null };
  });
}

/** The running cycle's follow-ups that need someone: overdue first, then those due within the horizon. */
export function dueFollowUps(snapshot: CaseSnapshot, today: CalendarDate, horizonDays = 14, config: MethodConfig = DEFAULT_METHOD_CONFIG): ScheduledFollowUp[] {
  const phase = currentPhase(snapshot);
  if (snapshot.closed || !phase || !isCycle(phase)) return [];
  const horizon = addDays(today, horizonDays);
  const open = followUpStatuses(phase, snapshot.followUps, today, config).filter((s) => s.status === "overdue" || ((s.status === "due" || s.status === "upcoming") && s.dueDate <= horizon));
  return [...open.filter((s) => s.status === "overdue"), ...open.filter((s) => s.status !== "overdue")];
}

/** Start-up has no fixed length, but past the configured weeks someone should look at it. */
export function startUpWarning(snapshot: CaseSnapshot, today: CalendarDate, config: MethodConfig = DEFAULT_METHOD_CONFIG): boolean {
  const phase = currentPhase(snapshot);
  return !snapshot.closed && phase?.kind === "START_UP" && daysBetween(phase.startDate, today) > config.startUpWarningWeeks * 7;
}

/** Completed weeks since the phase started (0 in its first week). */
export function weeksIntoPhase(phase: Pick<PhaseRecord, "startDate">, today: CalendarDate): number {
  return Math.max(0, Math.floor(daysBetween(phase.startDate, today) / 7));
}

/** The next due date of the running cycle that still lacks a follow-up (overdue ones included), or null. */
export function nextDueDate(snapshot: CaseSnapshot, today: CalendarDate, config: MethodConfig = DEFAULT_METHOD_CONFIG): CalendarDate | null {
  const phase = currentPhase(snapshot);
  if (snapshot.closed || !phase || !isCycle(phase)) return null;
  return followUpStatuses(phase, snapshot.followUps, today, config).find((s) => s.status !== "done")?.dueDate ?? null;
}

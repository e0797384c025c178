import { addDays, daysBetween, type CalendarDate } from "./calendar";
import { DEFAULT_METHOD_CONFIG, type MethodConfig } from "./config";
import { currentPhase, type CaseSnapshot, type PhaseRecord } from "./snapshot";

// Phase dates are inclusive: a phase's end date is its last day. A 12-week phase starting Monday
// 5 January 2026 runs to Sunday 29 March 2026 = start + 12×7 − 1, i.e. 84 days counting both ends.
// The same convention decides when an end is early and when start-up has run too long.

/** The last day of the phase as planned, or null when it has no planned length (start-up). */
export function plannedEndDate(phase: Pick<PhaseRecord, "startDate" | "plannedWeeks">): CalendarDate | null {
  return phase.plannedWeeks ? addDays(phase.startDate, phase.plannedWeeks * 7 - 1) : null;
}

/** Days from `start` to `end`, both included: a phase that ends the day it starts lasted 1 day. */
export const phaseLengthDays = (start: CalendarDate, end: CalendarDate): number => daysBetween(start, end) + 1;

/** Completed weeks since the start: 0 during the first 7 days, 1 during the next 7, … */
export function weeksIntoPhase(phase: Pick<PhaseRecord, "startDate">, today: CalendarDate): number {
  return Math.max(0, Math.floor(daysBetween(phase.startDate, today) / 7));
}

/** The running week as people say it ("week 3 of 12"): 1 on the first day. */
export const weekOfPhase = (phase: Pick<PhaseRecord, "startDate">, today: CalendarDate): number => weeksIntoPhase(phase, today) + 1;

/** A running phase whose planned last day is behind us: it should be ended and assessed. */
export function isPastPlannedEnd(phase: PhaseRecord, today: CalendarDate): boolean {
  const end = plannedEndDate(phase);
  return phase.endDate === null && end !== null && today > end;
}

/**
 * True once the open start-up phase has run its configured weeks in full, i.e. from the first day
 * of week 7 with the default of 6 weeks (start + 42 days).
 */
export function startUpWarning(snapshot: CaseSnapshot, today: CalendarDate, config: MethodConfig = DEFAULT_METHOD_CONFIG): boolean {
  const phase = currentPhase(snapshot);
  return !snapshot.closed && phase?.kind === "START_UP" && phase.startDate <= startUpWarningFrom(today, config);
}

/** A start-up that began on or before this day has run for the warning's number of weeks (what lists filter on). */
export function startUpWarningFrom(today: CalendarDate, config: MethodConfig = DEFAULT_METHOD_CONFIG): CalendarDate {
  return addDays(today, -7 * config.startUpWarningWeeks);
}

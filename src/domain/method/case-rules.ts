import type { CalendarDate } from "./calendar";
import { DEFAULT_METHOD_CONFIG, type MethodConfig } from "./config";
import { firstRefusal, refuse, type Refusal, type RuleResult } from "./reasons";
import { checkDateInput, isBlank } from "./rule-helpers";
import { checkCaseWritable } from "./writable";
import { latestRecordedDate, phaseAwaitingAssessment, runningCycle, type CaseSnapshot } from "./snapshot";

/** "Few, concrete goals": the plan editor and the start of a change phase both hold a plan to this. */
export function checkActivePlanGoals(activeGoalCount: number, config: MethodConfig = DEFAULT_METHOD_CONFIG): RuleResult {
  const { minActiveGoals: min, maxActiveGoals: max } = config;
  if (activeGoalCount < min) return refuse("ACTIVE_GOALS_TOO_FEW", { min, count: activeGoalCount }, "goals");
  if (activeGoalCount > max) return refuse("ACTIVE_GOALS_TOO_MANY", { max, count: activeGoalCount }, "goals");
  return { ok: true };
}

/**
 * Closing outside an assessment, e.g. when the placement ends during start-up or between cycles.
 * A change or maintenance cycle is never cut short this way: it is ended (with an early-end reason)
 * and assessed with the decision CLOSE, so that every cycle ends with an assessment.
 */
function gateClose(s: CaseSnapshot): Refusal | null {
  const closed = checkCaseWritable(s);
  if (closed) return closed;
  if (runningCycle(s)) return refuse("CLOSE_REQUIRES_ASSESSMENT");
  return phaseAwaitingAssessment(s) ? refuse("ASSESSMENT_MISSING") : null;
}

/** The close date ends the open start-up phase too; it may not lie before anything already recorded. */
export function checkClose(
  s: CaseSnapshot,
  input: { date: CalendarDate; reason: string | null | undefined },
  today: CalendarDate,
  _config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult {
  const refusal = firstRefusal(
    () => gateClose(s),
    () => (isBlank(input.reason) ? refuse("CLOSE_REASON_REQUIRED", undefined, "reason") : null),
    () => checkDateInput(input.date, today, "date", { future: "CLOSE_DATE_IN_FUTURE", tooEarly: "CLOSE_DATE_TOO_EARLY" }, latestRecordedDate(s)),
  );
  return refusal ?? { ok: true };
}

/** Reopening starts a new start-up phase on `date`; the earlier phases stay as history. */
export function checkReopen(
  s: CaseSnapshot,
  input: { date: CalendarDate },
  today: CalendarDate,
  _config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult {
  const refusal = firstRefusal(
    () => (s.closed ? null : refuse("CASE_NOT_CLOSED")),
    () => checkDateInput(input.date, today, "date", { future: "REOPEN_DATE_IN_FUTURE", tooEarly: "REOPEN_DATE_TOO_EARLY" }, latestRecordedDate(s)),
  );
  return refusal ?? { ok: true };
}

import { type CalendarDate } from "./calendar";
import { DEFAULT_METHOD_CONFIG, type MethodConfig } from "./config";
import { firstRefusal, OK, refuse, type RuleResult } from "./reasons";
import { phaseLengthDays, plannedEndDate } from "./schedule";
import { currentPhase, isCycle, lastCycle, type AssessmentDecision, type CaseSnapshot } from "./snapshot";

// Each transition has a gate (may it happen at all, given the case?) and a check (the gate plus
// the user's input). The gates alone tell the UI which actions to offer and why others are not.

const blank = (s: string | null | undefined) => !s || s.trim() === "";

function notClosed(s: CaseSnapshot): RuleResult {
  return s.closed ? refuse("CASE_CLOSED") : OK;
}

function noDateInFuture(date: CalendarDate, today: CalendarDate): RuleResult {
  return date > today ? refuse("DATE_IN_FUTURE") : OK;
}

function lengthInRange(weeks: number, min: number, max: number): RuleResult {
  return Number.isInteger(weeks) && weeks >= min && weeks <= max ? OK : refuse("PHASE_LENGTH_OUT_OF_RANGE", { min, max });
}

export function checkActivePlanGoals(activeGoalCount: number, config: MethodConfig = DEFAULT_METHOD_CONFIG): RuleResult {
  const { minActiveGoals: min, maxActiveGoals: max } = config;
  return activeGoalCount >= min && activeGoalCount <= max ? OK : refuse("ACTIVE_GOALS_OUT_OF_RANGE", { min, max });
}

/** The ended cycle whose assessment decides what comes next, when no phase is open. */
function decidedBy(s: CaseSnapshot, wanted: AssessmentDecision): RuleResult {
  const last = lastCycle(s);
  if (!last || last.endDate === null) return refuse("PHASE_RUNNING");
  if (!last.assessment) return refuse("ASSESSMENT_MISSING");
  return last.assessment.decision === wanted ? OK : refuse("DECISION_DOES_NOT_ALLOW");
}

export function gateStartChange(s: CaseSnapshot, config: MethodConfig = DEFAULT_METHOD_CONFIG): RuleResult {
  return firstRefusal(
    () => notClosed(s),
    () => {
      const open = currentPhase(s);
      if (open) return open.kind === "START_UP" ? OK : refuse("PHASE_RUNNING");
      return decidedBy(s, "START_CHANGE");
    },
    () => (s.plan?.agreed ? OK : refuse("NO_AGREED_PLAN")),
    () => checkActivePlanGoals(s.plan!.activeGoalCount, config),
  );
}

/** The earliest day a new phase may start: not before the open start-up began, nor before the last phase ended. */
function notBeforePrevious(s: CaseSnapshot, startDate: CalendarDate): RuleResult {
  const open = currentPhase(s);
  const floor = open ? open.startDate : (s.phases.at(-1)?.endDate ?? null);
  return floor && startDate < floor ? refuse("DATE_BEFORE_PREVIOUS_PHASE", { date: floor }) : OK;
}

export function checkStartChange(
  s: CaseSnapshot,
  input: { startDate: CalendarDate; plannedWeeks: number },
  today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult {
  return firstRefusal(
    () => gateStartChange(s, config),
    () => lengthInRange(input.plannedWeeks, config.changeMinWeeks, config.changeMaxWeeks),
    () => noDateInFuture(input.startDate, today),
    () => notBeforePrevious(s, input.startDate),
  );
}

export function gateStartMaintenance(s: CaseSnapshot): RuleResult {
  return firstRefusal(
    () => notClosed(s),
    () => (currentPhase(s) ? refuse("PHASE_RUNNING") : OK),
    () => decidedBy(s, "START_MAINTENANCE"),
  );
}

export function checkStartMaintenance(
  s: CaseSnapshot,
  input: { startDate: CalendarDate; plannedWeeks: number; followUpIntervalDays: number },
  today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult {
  return firstRefusal(
    () => gateStartMaintenance(s),
    () => lengthInRange(input.plannedWeeks, config.maintenanceMinWeeks, config.maintenanceMaxWeeks),
    () =>
      config.maintenanceFollowUpIntervals.includes(input.followUpIntervalDays)
        ? OK
        : refuse("FOLLOW_UP_INTERVAL_NOT_ALLOWED", { allowed: config.maintenanceFollowUpIntervals.join(", ") }),
    () => noDateInFuture(input.startDate, today),
    () => notBeforePrevious(s, input.startDate),
  );
}

function runningCycle(s: CaseSnapshot): RuleResult {
  const open = currentPhase(s);
  return open && isCycle(open) ? OK : refuse("NO_RUNNING_PHASE");
}

const maxWeeksOf = (kind: string, config: MethodConfig) => (kind === "CHANGE" ? config.changeMaxWeeks : config.maintenanceMaxWeeks);
const minWeeksOf = (kind: string, config: MethodConfig) => (kind === "CHANGE" ? config.changeMinWeeks : config.maintenanceMinWeeks);

export function gateExtendPhase(s: CaseSnapshot, config: MethodConfig = DEFAULT_METHOD_CONFIG): RuleResult {
  return firstRefusal(
    () => notClosed(s),
    () => runningCycle(s),
    () => {
      const open = currentPhase(s)!;
      const max = maxWeeksOf(open.kind, config);
      return (open.plannedWeeks ?? 0) < max ? OK : refuse("EXTENSION_PAST_MAXIMUM", { max });
    },
  );
}

/** Extending changes the planned length while the phase runs; the total never passes the maximum. */
export function checkExtendPhase(s: CaseSnapshot, newPlannedWeeks: number, _today: CalendarDate, config: MethodConfig = DEFAULT_METHOD_CONFIG): RuleResult {
  return firstRefusal(
    () => gateExtendPhase(s, config),
    () => {
      const open = currentPhase(s)!;
      const max = maxWeeksOf(open.kind, config);
      if (!Number.isInteger(newPlannedWeeks) || newPlannedWeeks <= (open.plannedWeeks ?? 0)) return refuse("EXTENSION_NOT_LONGER", { weeks: open.plannedWeeks ?? 0 });
      return newPlannedWeeks > max ? refuse("EXTENSION_PAST_MAXIMUM", { max }) : OK;
    },
  );
}

export function gateEndPhase(s: CaseSnapshot): RuleResult {
  return firstRefusal(() => notClosed(s), () => runningCycle(s));
}

/** Ending before the minimum length (counted in days including the first) needs a reason. */
export function checkEndPhase(
  s: CaseSnapshot,
  input: { endDate: CalendarDate; earlyEndReason?: string | null },
  today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult {
  return firstRefusal(
    () => gateEndPhase(s),
    () => noDateInFuture(input.endDate, today),
    () => (input.endDate < currentPhase(s)!.startDate ? refuse("DATE_BEFORE_PHASE_START") : OK),
    () => {
      const open = currentPhase(s)!;
      const min = minWeeksOf(open.kind, config);
      return phaseLengthDays(open.startDate, input.endDate) < min * 7 && blank(input.earlyEndReason) ? refuse("EARLY_END_REASON_REQUIRED", { min }) : OK;
    },
  );
}

export function gateRecordAssessment(s: CaseSnapshot): RuleResult {
  return firstRefusal(
    () => notClosed(s),
    () => {
      const open = currentPhase(s);
      if (open && isCycle(open)) return refuse("END_PHASE_BEFORE_ASSESSMENT");
      const last = lastCycle(s);
      return last && !open && !last.assessment ? OK : refuse("NOTHING_TO_ASSESS");
    },
  );
}

/** The assessment ends the cycle that has just ended; its decision opens exactly one way on. */
export function checkRecordAssessment(
  s: CaseSnapshot,
  input: { date: CalendarDate; decision: AssessmentDecision; justification?: string | null; closeReason?: string | null },
  today: CalendarDate,
  _config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult {
  return firstRefusal(
    () => gateRecordAssessment(s),
    () => noDateInFuture(input.date, today),
    () => (input.date < lastCycle(s)!.startDate ? refuse("DATE_BEFORE_PHASE_START") : OK),
    () => (input.decision === "START_CHANGE" && blank(input.justification) ? refuse("JUSTIFICATION_REQUIRED") : OK),
    () => (input.decision === "CLOSE" && blank(input.closeReason) ? refuse("CLOSE_REASON_REQUIRED") : OK),
  );
}

export function gateRecordFollowUp(s: CaseSnapshot): RuleResult {
  return firstRefusal(() => notClosed(s), () => (runningCycle(s).ok ? OK : refuse("FOLLOW_UP_OUTSIDE_ACTIVE_PHASE")));
}

/** Follow-ups (scheduled or extra) only inside the running cycle, never ahead of today. */
export function checkRecordFollowUp(s: CaseSnapshot, date: CalendarDate, today: CalendarDate, _config: MethodConfig = DEFAULT_METHOD_CONFIG): RuleResult {
  return firstRefusal(
    () => gateRecordFollowUp(s),
    () => noDateInFuture(date, today),
    () => (date < currentPhase(s)!.startDate ? refuse("DATE_BEFORE_PHASE_START") : OK),
  );
}

/** Closing outside an assessment is for start-up only (e.g. the placement ended before any cycle). */
export function gateClose(s: CaseSnapshot): RuleResult {
  return firstRefusal(
    () => notClosed(s),
    () => {
      const open = currentPhase(s);
      if (open && isCycle(open)) return refuse("CLOSE_REQUIRES_ASSESSMENT");
      const last = lastCycle(s);
      if (!open && last && !last.assessment) return refuse("CLOSE_REQUIRES_ASSESSMENT");
      return OK;
    },
  );
}

export function checkClose(s: CaseSnapshot, input: { date: CalendarDate; reason: string }, today: CalendarDate, _config: MethodConfig = DEFAULT_METHOD_CONFIG): RuleResult {
  return firstRefusal(
    () => gateClose(s),
    () => (blank(input.reason) ? refuse("CLOSE_REASON_REQUIRED") : OK),
    () => noDateInFuture(input.date, today),
    () => {
      const open = currentPhase(s);
      return open && input.date < open.startDate ? refuse("DATE_BEFORE_PHASE_START") : OK;
    },
  );
}

export function gateReopen(s: CaseSnapshot): RuleResult {
  return s.closed ? OK : refuse("CASE_NOT_CLOSED");
}

/** Reopening starts a new start-up phase; the history stays. */
export function checkReopen(s: CaseSnapshot, input: { date: CalendarDate }, today: CalendarDate, _config: MethodConfig = DEFAULT_METHOD_CONFIG): RuleResult {
  return firstRefusal(
    () => gateReopen(s),
    () => noDateInFuture(input.date, today),
    () => {
      const lastEnd = s.phases.reduce<CalendarDate | null>((acc, p) => (p.endDate && (!acc || p.endDate > acc) ? p.endDate : acc), null);
      return lastEnd && input.date < lastEnd ? refuse("DATE_BEFORE_PREVIOUS_PHASE", { date: lastEnd }) : OK;
    },
  );
}

export { plannedEndDate };

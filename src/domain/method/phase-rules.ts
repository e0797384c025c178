import { addDays, type CalendarDate } from "./calendar";
import { DEFAULT_METHOD_CONFIG, lengthLimits, type MethodConfig } from "./config";
import { checkActivePlanGoals } from "./case-rules";
import { plannedEndDate } from "./phase-dates";
import { firstRefusal, refuse, type Refusal, type RuleResult } from "./reasons";
import { checkDateInput, isBlank } from "./rule-helpers";
import { checkCaseWritable } from "./writable";
import {
  currentPhase, isCycle, lastPhase, latestRecordedDate, phaseAwaitingAssessment, runningCycle,
  type AssessmentDecision, type CaseSnapshot, type CycleKind,
} from "./snapshot";

// The phase transitions of the method (shared/spec/method.md, "The phases and their rules"). Each
// check takes the case as it is plus the user's input and returns the first rule that stands in
// the way, most basic first: the state of the case, then the plan, then the entered values.

function checkLength(kind: CycleKind, weeks: number, config: MethodConfig): Refusal | null {
  const { min, max } = lengthLimits(kind, config);
  return Number.isInteger(weeks) && weeks >= min && weeks <= max ? null : refuse("PHASE_LENGTH_OUT_OF_RANGE", { phase: kind, min, max }, "plannedWeeks");
}

/** With no phase open, the next one is whatever the last cycle's assessment decided. */
function checkDecidedNext(s: CaseSnapshot, wanted: AssessmentDecision): Refusal | null {
  const last = lastPhase(s);
  if (!last || !isCycle(last)) return refuse("NO_CURRENT_PHASE");
  if (!last.assessment) return refuse("ASSESSMENT_MISSING");
  if (last.assessment.decision === wanted) return null;
  return refuse(wanted === "START_CHANGE" ? "DECISION_NOT_CHANGE" : "DECISION_NOT_MAINTENANCE");
}

function gateStartChange(s: CaseSnapshot, config: MethodConfig): Refusal | null {
  return firstRefusal(
    () => checkCaseWritable(s),
    () => {
      const open = currentPhase(s);
      if (open) return open.kind === "START_UP" ? null : refuse("PHASE_RUNNING");
      return checkDecidedNext(s, "START_CHANGE");
    },
    () => (s.plan?.agreed ? null : refuse("PLAN_NOT_AGREED")),
    () => {
      const goals = checkActivePlanGoals(s.plan!.activeGoalCount, config);
      return goals.ok ? null : goals;
    },
  );
}

/**
 * Start-up → change, or change/maintenance → another change cycle when the assessment decided so.
 * The written justification for another cycle belongs to that assessment (checkRecordAssessment
 * requires it), so it is not asked for again here. Every change phase needs the agreed plan.
 * The start date may be today or earlier, but not before the latest date in the case's history
 * (the open start-up's start, or the end and assessment of the previous cycle).
 */
export function checkStartChange(
  s: CaseSnapshot,
  input: { startDate: CalendarDate; plannedWeeks: number },
  today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult<{ plannedEndDate: CalendarDate }> {
  const refusal = firstRefusal(
    () => gateStartChange(s, config),
    () => checkLength("CHANGE", input.plannedWeeks, config),
    () => checkDateInput(input.startDate, today, "startDate", { future: "START_DATE_IN_FUTURE", tooEarly: "START_DATE_BEFORE_PREVIOUS_PHASE" }, latestRecordedDate(s)),
  );
  return refusal ?? { ok: true, plannedEndDate: plannedEndDate(input)! };
}

function gateStartMaintenance(s: CaseSnapshot): Refusal | null {
  return firstRefusal(
    () => checkCaseWritable(s),
    () => {
      const open = currentPhase(s);
      if (open) return refuse(open.kind === "START_UP" ? "MAINTENANCE_NOT_FROM_START_UP" : "PHASE_RUNNING");
      return checkDecidedNext(s, "START_MAINTENANCE");
    },
  );
}

/** Only after a cycle whose assessment decided on maintenance; the interval is chosen at the start. */
export function checkStartMaintenance(
  s: CaseSnapshot,
  input: { startDate: CalendarDate; plannedWeeks: number; followUpIntervalDays: number },
  today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult<{ plannedEndDate: CalendarDate }> {
  const allowed = config.maintenanceFollowUpIntervals;
  const refusal = firstRefusal(
    () => gateStartMaintenance(s),
    () => checkLength("MAINTENANCE", input.plannedWeeks, config),
    () => (allowed.includes(input.followUpIntervalDays) ? null : refuse("FOLLOW_UP_INTERVAL_NOT_ALLOWED", { allowed: allowed.join(", ") }, "followUpIntervalDays")),
    () => checkDateInput(input.startDate, today, "startDate", { future: "START_DATE_IN_FUTURE", tooEarly: "START_DATE_BEFORE_PREVIOUS_PHASE" }, latestRecordedDate(s)),
  );
  return refusal ?? { ok: true, plannedEndDate: plannedEndDate(input)! };
}

function gateRunningCycle(s: CaseSnapshot): Refusal | null {
  const closed = checkCaseWritable(s);
  if (closed) return closed;
  return runningCycle(s) ? null : refuse("NO_RUNNING_PHASE");
}

/**
 * Lengthens the running phase. Allowed as long as the phase has not been ended — also when its
 * planned end has passed, so a late registration can still be put right — but never beyond the
 * maximum length in total (16 weeks by default, counted from the original start).
 */
export function checkExtendPhase(
  s: CaseSnapshot,
  newPlannedWeeks: number,
  _today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult<{ phaseId: string; plannedEndDate: CalendarDate }> {
  const phase = runningCycle(s);
  const current = phase?.plannedWeeks ?? 0;
  const max = phase ? lengthLimits(phase.kind, config).max : 0;
  const refusal = firstRefusal(
    () => gateRunningCycle(s),
    () => (current >= max ? refuse("PHASE_AT_MAXIMUM_LENGTH", { phase: phase!.kind, max }) : null),
    () => (Number.isInteger(newPlannedWeeks) && newPlannedWeeks > current ? null : refuse("EXTENSION_NOT_LONGER", { weeks: current }, "plannedWeeks")),
    () => (newPlannedWeeks > max ? refuse("EXTENSION_PAST_MAXIMUM", { phase: phase!.kind, max }, "plannedWeeks") : null),
  );
  return refusal ?? { ok: true, phaseId: phase!.id, plannedEndDate: plannedEndDate({ startDate: phase!.startDate, plannedWeeks: newPlannedWeeks })! };
}

/**
 * The last day a phase may end without an early-end reason: the last day of a phase of minimum
 * length (start + 8×7 − 1 by default). Ending on any earlier day needs a reason.
 */
export function earliestRegularEndDate(phase: { kind: CycleKind; startDate: CalendarDate }, config: MethodConfig = DEFAULT_METHOD_CONFIG): CalendarDate {
  return addDays(phase.startDate, lengthLimits(phase.kind, config).min * 7 - 1);
}

/**
 * Ends the running change or maintenance phase; `endDate` is its last day. It may not lie before the
 * phase's start or its last recorded follow-up, nor after today. Ending before the minimum length
 * needs a reason (e.g. the child returned home). The assessment is recorded afterwards.
 */
export function checkEndPhase(
  s: CaseSnapshot,
  input: { endDate: CalendarDate; earlyEndReason?: string | null },
  today: CalendarDate,
  config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult<{ phaseId: string; early: boolean }> {
  const phase = runningCycle(s);
  const lastFollowUp = phase ? s.followUps.filter((f) => f.phaseId === phase.id).reduce<CalendarDate | null>((acc, f) => (acc === null || f.date > acc ? f.date : acc), null) : null;
  const regular = phase ? earliestRegularEndDate(phase, config) : null;
  const early = regular !== null && input.endDate < regular;
  const refusal = firstRefusal(
    () => gateRunningCycle(s),
    () => checkDateInput(input.endDate, today, "endDate", { future: "END_DATE_IN_FUTURE", tooEarly: "END_DATE_BEFORE_PHASE_START" }, phase!.startDate),
    () => (lastFollowUp !== null && input.endDate < lastFollowUp ? refuse("END_DATE_BEFORE_LAST_FOLLOW_UP", { date: lastFollowUp }, "endDate") : null),
    () => {
      if (!early || !isBlank(input.earlyEndReason)) return null;
      return refuse("EARLY_END_REASON_REQUIRED", { phase: phase!.kind, min: lengthLimits(phase!.kind, config).min, date: regular! }, "earlyEndReason");
    },
  );
  return refusal ?? { ok: true, phaseId: phase!.id, early };
}

function gateRecordAssessment(s: CaseSnapshot): Refusal | null {
  const closed = checkCaseWritable(s);
  if (closed) return closed;
  if (runningCycle(s)) return refuse("END_PHASE_BEFORE_ASSESSMENT");
  return phaseAwaitingAssessment(s) ? null : refuse("NOTHING_TO_ASSESS");
}

/**
 * Records the assessment of the cycle that has just ended. Ending and assessing are two steps: a
 * running phase must be ended first (checkEndPhase), so the early-end rule is never skipped. The
 * assessment may be dated from the phase's first day on, because the assessment conversation is
 * often held in the last weeks of the phase; the next phase can start no earlier than it.
 */
export function checkRecordAssessment(
  s: CaseSnapshot,
  input: { date: CalendarDate; decision: AssessmentDecision; justification?: string | null; closeReason?: string | null },
  today: CalendarDate,
  _config: MethodConfig = DEFAULT_METHOD_CONFIG,
): RuleResult<{ phaseId: string }> {
  const phase = phaseAwaitingAssessment(s);
  const refusal = firstRefusal(
    () => gateRecordAssessment(s),
    () => checkDateInput(input.date, today, "date", { future: "ASSESSMENT_DATE_IN_FUTURE", tooEarly: "ASSESSMENT_DATE_BEFORE_PHASE_START" }, phase!.startDate),
    () => (input.decision === "START_CHANGE" && isBlank(input.justification) ? refuse("JUSTIFICATION_REQUIRED", undefined, "justification") : null),
    () => (input.decision === "CLOSE" && isBlank(input.closeReason) ? refuse("CLOSE_REASON_REQUIRED", undefined, "closeReason") : null),
  );
  return refusal ?? { ok: true, phaseId: phase!.id };
}

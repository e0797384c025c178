import type { CalendarDate } from "./calendar";
import { checkClose, checkReopen } from "./case-rules";
import { DEFAULT_METHOD_CONFIG, lengthLimits, type MethodConfig } from "./config";
import { checkRecordFollowUp } from "./follow-ups";
import { checkEndPhase, checkExtendPhase, checkRecordAssessment, checkStartChange, checkStartMaintenance } from "./phase-rules";
import type { ReasonCode, ReasonParams, RuleResult } from "./reasons";
import { runningCycle, type CaseSnapshot } from "./snapshot";

export const CASE_ACTIONS = [
  "START_CHANGE",
  "START_MAINTENANCE",
  "EXTEND_PHASE",
  "END_PHASE",
  "RECORD_ASSESSMENT",
  "RECORD_FOLLOW_UP",
  "CLOSE",
  "REOPEN",
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** One entry per action, in the order of CASE_ACTIONS; a refused one carries the rule that stands in the way. */
export type ActionAvailability =
  | { action: CaseAction; allowed: true }
  | { action: CaseAction; allowed: false; reason: ReasonCode; params?: ReasonParams };

/**
 * What the case allows now and, for the rest, why not — so the UI can explain a rule before the
 * user fills in a form. Each action is tried through its own check with the most favourable input
 * (dated today, a reason and text where one is asked for), so a refusal here is a refusal no input
 * could overcome, and the answer can never disagree with what the server will enforce.
 */
export function allowedNextActions(s: CaseSnapshot, today: CalendarDate, config: MethodConfig = DEFAULT_METHOD_CONFIG): ActionAvailability[] {
  const anyText = "-";
  const results: Record<CaseAction, () => RuleResult> = {
    START_CHANGE: () => checkStartChange(s, { startDate: today, plannedWeeks: config.changeMinWeeks }, today, config),
    START_MAINTENANCE: () =>
      checkStartMaintenance(
        s,
        { startDate: today, plannedWeeks: config.maintenanceMinWeeks, followUpIntervalDays: config.maintenanceFollowUpIntervals[0] ?? 0 },
        today,
        config,
      ),
    EXTEND_PHASE: () => checkExtendPhase(s, lengthLimits(runningCycle(s)?.kind ?? "CHANGE", config).max, today, config),
    END_PHASE: () => checkEndPhase(s, { endDate: today, earlyEndReason: anyText }, today, config),
    RECORD_ASSESSMENT: () => checkRecordAssessment(s, { date: today, decision: "CLOSE", closeReason: anyText, justification: anyText }, today, config),
    RECORD_FOLLOW_UP: () => checkRecordFollowUp(s, today, today, config),
    CLOSE: () => checkClose(s, { date: today, reason: anyText }, today, config),
    REOPEN: () => checkReopen(s, { date: today }, today, config),
  };
  return CASE_ACTIONS.map((action): ActionAvailability => {
    const result = results[action]();
    if (result.ok) return { action, allowed: true };
    return result.params ? { action, allowed: false, reason: result.reason, params: result.params } : { action, allowed: false, reason: result.reason };
  });
}

export const isAllowed = (availability: readonly ActionAvailability[], action: CaseAction): boolean =>
  availability.some((a) => a.action === action && a.allowed);

/** The names of the allowed actions, e.g. ["START_CHANGE", "CLOSE"]. */
export const allowedActionNames = (availability: readonly ActionAvailability[]): CaseAction[] =>
  availability.filter((a) => a.allowed).map((a) => a.action);

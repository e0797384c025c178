// Every refusal by the method's rules has exactly one code. The UI translates it with
// src/i18n/messages/method-reasons.{da,en}.json, filling in the params (ICU placeholders).
export const REASON_CODES = [
  // The case as a whole
  "CASE_CLOSED",
  "CASE_NOT_CLOSED",
  "NO_CURRENT_PHASE",
  "INVALID_DATE",
  /** Generic; for date fields outside the phase rules (enrolment, plan agreement, placements). */
  "DATE_IN_FUTURE",
  // The parent action plan
  "PLAN_NOT_AGREED",
  "ACTIVE_GOALS_TOO_FEW",
  "ACTIVE_GOALS_TOO_MANY",
  /** A goal may be dropped, but only with a reason (checked by the plan editor's input schema). */
  "GOAL_DROP_REASON_REQUIRED",
  // Starting a change or maintenance phase
  "PHASE_RUNNING",
  "ASSESSMENT_MISSING",
  "DECISION_NOT_CHANGE",
  "DECISION_NOT_MAINTENANCE",
  "MAINTENANCE_NOT_FROM_START_UP",
  "PHASE_LENGTH_OUT_OF_RANGE",
  "FOLLOW_UP_INTERVAL_NOT_ALLOWED",
  "START_DATE_IN_FUTURE",
  "START_DATE_BEFORE_PREVIOUS_PHASE",
  // Extending and ending the running phase
  "NO_RUNNING_PHASE",
  "PHASE_AT_MAXIMUM_LENGTH",
  "EXTENSION_NOT_LONGER",
  "EXTENSION_PAST_MAXIMUM",
  "END_DATE_IN_FUTURE",
  "END_DATE_BEFORE_PHASE_START",
  "END_DATE_BEFORE_LAST_FOLLOW_UP",
  "EARLY_END_REASON_REQUIRED",
  // Assessments
  "END_PHASE_BEFORE_ASSESSMENT",
  "NOTHING_TO_ASSESS",
  "ASSESSMENT_DATE_IN_FUTURE",
  "ASSESSMENT_DATE_BEFORE_PHASE_START",
  "JUSTIFICATION_REQUIRED",
  "CLOSE_REASON_REQUIRED",
  // Follow-ups
  "FOLLOW_UP_OUTSIDE_ACTIVE_PHASE",
  "FOLLOW_UP_IN_FUTURE",
  "FOLLOW_UP_BEFORE_PHASE_START",
  "FOLLOW_UP_AFTER_PHASE_END",
  "RATING_OUT_OF_RANGE",
  // Closing and reopening
  "CLOSE_REQUIRES_ASSESSMENT",
  "CLOSE_DATE_IN_FUTURE",
  "CLOSE_DATE_TOO_EARLY",
  "REOPEN_DATE_IN_FUTURE",
  "REOPEN_DATE_TOO_EARLY",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export type ReasonParams = Record<string, string | number>;

export interface Refusal {
  ok: false;
  reason: ReasonCode;
  params?: ReasonParams;
  /** The input field the refusal is about, when it is about one (for showing it next to that field). */
  field?: string;
}

/** A rule's verdict; an accepted one may carry what the rule worked out on the way (e.g. the planned end). */
export type RuleResult<T extends object = Record<never, never>> = ({ ok: true } & T) | Refusal;

export function refuse(reason: ReasonCode, params?: ReasonParams, field?: string): Refusal {
  const refusal: Refusal = { ok: false, reason };
  if (params) refusal.params = params;
  if (field) refusal.field = field;
  return refusal;
}

export const isReasonCode = (value: unknown): value is ReasonCode => (REASON_CODES as readonly unknown[]).includes(value);

/** Runs the checks in order and stops at the first refusal, so the user sees the most basic problem first. */
export function firstRefusal(...checks: (() => Refusal | null)[]): Refusal | null {
  for (const check of checks) {
    const refusal = check();
    if (refusal) return refusal;
  }
  return null;
}

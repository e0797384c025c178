// Every refusal of the method's rules has one code; the UI translates it
// (src/i18n/messages/method-reasons.*.json) with the params given.
export const REASON_CODES = [
  "CASE_CLOSED",
  "CASE_NOT_CLOSED",
  "NO_AGREED_PLAN",
  "ACTIVE_GOALS_OUT_OF_RANGE",
  "PHASE_RUNNING",
  "NO_RUNNING_PHASE",
  "ASSESSMENT_MISSING",
  "DECISION_DOES_NOT_ALLOW",
  "PHASE_LENGTH_OUT_OF_RANGE",
  "FOLLOW_UP_INTERVAL_NOT_ALLOWED",
  "DATE_IN_FUTURE",
  "DATE_BEFORE_PHASE_START",
  "DATE_BEFORE_PREVIOUS_PHASE",
  "EXTENSION_NOT_LONGER",
  "EXTENSION_PAST_MAXIMUM",
  "EARLY_END_REASON_REQUIRED",
  "NOTHING_TO_ASSESS",
  "END_PHASE_BEFORE_ASSESSMENT",
  "JUSTIFICATION_REQUIRED",
  "CLOSE_REASON_REQUIRED",
  "CLOSE_REQUIRES_ASSESSMENT",
  "FOLLOW_UP_OUTSIDE_ACTIVE_PHASE",
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export type RuleResult = { ok: true } | { ok: false; reason: ReasonCode; params?: Record<string, string | number> };

export const OK: RuleResult = { ok: true };
export const refuse = (reason: ReasonCode, params?: Record<string, string | number>): RuleResult => ({ ok: false, reason, params });

/** The first refusal of a list of checks, or OK. */
export function firstRefusal(...checks: (() => RuleResult)[]): RuleResult {
  for (const check of checks) {
    const result = check();
    if (!result.ok) return result;
  }
  return OK;
}

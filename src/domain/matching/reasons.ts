// Refusals of the matching rules (Styrket match). Each code has a message in both languages under
// "matching.reasons" (src/i18n/messages/matching.*.json); the catalogue puts them beside the method's reasons.
export const MATCHING_REASON_CODES = [
  "MATCH_CASE_ENDED",
  "MATCH_STAGE_NOT_NEXT",
  "MATCH_PROFILE_MISSING",
  "MATCH_CHILD_NOT_HEARD",
  "MATCH_PARENT_NOT_HEARD",
  "MATCH_NO_CANDIDATES",
  "MATCH_NO_ACCEPTED_REFERRAL",
  "MATCH_NO_VISIT",
  "MATCH_NO_PROPOSAL",
  "MATCH_CANDIDATE_NOT_ACCEPTED",
  "MATCH_NO_VACANCY",
  "MATCH_DECIDE_BY_DECISION",
  "MATCH_NOT_MOVED",
  "MATCH_MOVE_BEFORE_DECISION",
  "MATCH_MOVE_IN_FUTURE",
  "MATCH_PARTIES_NOT_INFORMED",
  "MATCH_FIRST_YEAR_RUNNING",
  "MATCH_REASON_REQUIRED",
  "MATCH_CANNOT_RETURN",
  "MATCH_WITHDRAW_AFTER_DECISION",
  "MATCH_CRITERION_UNRATED",
  "MATCH_CRITERION_REASON_REQUIRED",
  "MATCH_CRITERION_NOT_APPLICABLE",
  "MATCH_WISH_UNANSWERED",
  "MATCH_WISH_REASON_REQUIRED",
  "MATCH_DECISION_IN_FUTURE",
  "MATCH_REFERRAL_NOT_SENT",
  "MATCH_REFERRAL_NOT_YOURS",
  "MATCH_REFERRAL_CLOSED",
  "MATCH_REFERRAL_IDENTIFIES",
  "MATCH_SITE_ALREADY_CANDIDATE",
  "MATCH_BREAKDOWN_NO_CAUSE",
  "MATCH_BREAKDOWN_OTHER_TEXT",
  "MATCH_BREAKDOWN_LEARNING_REQUIRED",
  "MATCH_BREAKDOWN_BEFORE_START",
  "MATCH_BREAKDOWN_IN_FUTURE",
  "MATCH_BREAKDOWN_TOO_LATE",
  "MATCH_DEADLINE_PAST",
  "MATCH_CONSULTANT_UNKNOWN",
  "MATCH_CASE_ALREADY_OPEN",
  "MATCH_WISH_WORDS_REQUIRED",
  "MATCH_HEARD_ON_REQUIRED",
  "MATCH_HEARD_IN_FUTURE",
  "MATCH_HEARD_BY_UNKNOWN",
  "MATCH_QUESTION_NEEDS_TEXT",
  "MATCH_VISIT_IN_FUTURE",
  "MATCH_CANDIDATE_LOCKED",
  "MATCH_NOT_A_PARTY",
  "MATCH_NOTICE_BEFORE_DECISION",
  "MATCH_NOTICE_IN_FUTURE",
  "MATCH_EVENT_OUTSIDE_PLACEMENT",
] as const;

export type MatchingReason = (typeof MATCHING_REASON_CODES)[number];

export interface MatchingRefusal {
  ok: false;
  reason: MatchingReason;
  params?: Record<string, string | number>;
  /** The form field the refusal is about. */
  field: string;
}

export const refuseMatch = (reason: MatchingReason, field: string, params?: Record<string, string | number>): MatchingRefusal =>
  params ? { ok: false, reason, field, params } : { ok: false, reason, field };

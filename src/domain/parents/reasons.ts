// Refusals of the parents' own access. Each code has a message in both languages under "reasons" in
// src/i18n/messages/portal.*.json (what a parent is told) or parent-access.*.json (what the caseworker is told).
export const PARENT_REASON_CODES = [
  "PORTAL_PLAN_NOT_OFFERED",
  "PORTAL_PLAN_ALREADY_AGREED",
  "PORTAL_DISAGREE_REASON_REQUIRED",
  "PORTAL_NO_AGREED_PLAN",
  "PORTAL_GOAL_NOT_IN_PLAN",
  "PORTAL_GOAL_TWICE",
  "PORTAL_NOTHING_RATED",
  "PORTAL_CASE_CLOSED",
  "PORTAL_FILE_REQUEST_OPEN",
  "PARENT_ACCESS_EXISTS",
  "PARENT_ACCESS_NOT_SUSPENDED",
  "PARENT_ACCESS_NONE",
  "PARENT_EMAIL_TAKEN",
  "PLAN_OFFER_NOT_DRAFT",
  "FILE_REQUEST_ANSWERED",
  "FILE_REQUEST_ANSWER_IN_FUTURE",
  "FILE_REQUEST_ANSWER_BEFORE_REQUEST",
] as const;

export type ParentReason = (typeof PARENT_REASON_CODES)[number];

export interface ParentRefusal {
  ok: false;
  reason: ParentReason;
  params?: Record<string, string | number>;
  field?: string;
}

export const refuseParent = (reason: ParentReason, params?: Record<string, string | number>, field?: string): ParentRefusal => ({
  ok: false, reason, ...(params ? { params } : {}), ...(field ? { field } : {}),
});

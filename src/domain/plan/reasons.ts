// Refusals of the plan-proposal and draft rules. Each code has a message in both languages under
// "planProposals.reasons" (src/i18n/messages/*.json); the catalogue puts them beside the method's reasons.
export const PLAN_REASON_CODES = [
  "NO_PLAN_TO_PROPOSE_ON",
  "PROPOSAL_GOAL_NOT_IN_PLAN",
  "PROPOSAL_ALREADY_DECIDED",
  "ONLY_DRAFT_CAN_BE_DISCARDED",
] as const;

export type PlanReason = (typeof PLAN_REASON_CODES)[number];

export interface PlanRefusal {
  ok: false;
  reason: PlanReason;
  /** The form field the refusal is about, if any. */
  field?: string;
}

export const refusePlan = (reason: PlanReason, field?: string): PlanRefusal => (field ? { ok: false, reason, field } : { ok: false, reason });

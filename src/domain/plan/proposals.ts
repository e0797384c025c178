import { refusePlan, type PlanRefusal } from "./reasons";

// The family therapist proposes changes to the parent action plan as notes; only the caseworker
// changes the plan. A proposal is written against the version in force and either goes into a draft
// (accepted) or is declined with a reason.

export type PlanVersionStatus = "DRAFT" | "AGREED" | "SUPERSEDED";

export interface PlanVersionRef {
  id: string;
  number: number;
  status: PlanVersionStatus;
}

export type ProposalStatus = "OPEN" | "ACCEPTED" | "DECLINED";

/**
 * The version a proposal is written against: the agreed plan in force; before the first agreement,
 * the draft being prepared with the parents. Null when the family has no plan at all.
 */
export function currentPlanVersion<V extends PlanVersionRef>(versions: readonly V[]): V | null {
  const agreed = versions.find((v) => v.status === "AGREED");
  if (agreed) return agreed;
  return [...versions].filter((v) => v.status === "DRAFT").sort((a, b) => b.number - a.number)[0] ?? null;
}

/** The open draft (there is at most one: the newest version, when not yet agreed). */
export function openDraft<V extends PlanVersionRef>(versions: readonly V[]): V | null {
  const newest = [...versions].sort((a, b) => b.number - a.number)[0];
  return newest?.status === "DRAFT" ? newest : null;
}

export type ProposeCheck = { ok: true; version: PlanVersionRef } | PlanRefusal | { ok: false; conflict: true };

/**
 * A proposal names the version the therapist read and, optionally, a goal of it (by lineage, which
 * survives new versions). A version that is no longer current means the therapist read an old plan:
 * a conflict, so they re-read before proposing.
 */
export function checkPropose(
  versions: readonly PlanVersionRef[],
  proposal: { planVersionId: string; goalLineageId: string | null },
  goalLineagesOfCurrent: readonly string[],
): ProposeCheck {
  const current = currentPlanVersion(versions);
  if (!current) return refusePlan("NO_PLAN_TO_PROPOSE_ON");
  if (current.id !== proposal.planVersionId) return { ok: false, conflict: true };
  if (proposal.goalLineageId && !goalLineagesOfCurrent.includes(proposal.goalLineageId)) return refusePlan("PROPOSAL_GOAL_NOT_IN_PLAN", "goalLineageId");
  return { ok: true, version: current };
}

/** Only an open proposal is accepted or declined; a decided one stays as it was decided. */
export function checkDecide(status: ProposalStatus): PlanRefusal | null {
  return status === "OPEN" ? null : refusePlan("PROPOSAL_ALREADY_DECIDED");
}

export type AcceptTarget =
  | { kind: "existingDraft"; draftId: string; number: number }
  | { kind: "newDraft"; fromVersionId: string | null; number: number };

/**
 * Where an accepted proposal goes: onto the open draft if there is one, otherwise into a new draft
 * copied from the version in force (numbered after the newest version).
 */
export function acceptTarget(versions: readonly PlanVersionRef[]): AcceptTarget {
  const draft = openDraft(versions);
  if (draft) return { kind: "existingDraft", draftId: draft.id, number: draft.number };
  const newest = Math.max(0, ...versions.map((v) => v.number));
  return { kind: "newDraft", fromVersionId: currentPlanVersion(versions)?.id ?? null, number: newest + 1 };
}

/** Only a draft is discarded: an agreed version is never changed, and history is never removed. */
export function checkDiscard(version: PlanVersionRef): PlanRefusal | null {
  return version.status === "DRAFT" ? null : refusePlan("ONLY_DRAFT_CAN_BE_DISCARDED");
}

export interface ProposalStanding {
  /** Written against a version that is no longer the one in force (shown with its number). */
  stale: boolean;
  writtenAgainst: number;
}

/** How a proposal reads next to the plan today. */
export function proposalStanding(proposal: { planVersionId: string | null; planVersionNumber: number }, versions: readonly PlanVersionRef[]): ProposalStanding {
  const current = currentPlanVersion(versions);
  return { stale: !current || current.id !== proposal.planVersionId, writtenAgainst: proposal.planVersionNumber };
}

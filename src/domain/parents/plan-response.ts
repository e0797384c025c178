import { refuseParent, type ParentRefusal } from "./reasons";

/** The plan version a parent answers, as it stands when the answer arrives. */
export interface OfferedVersion {
  status: "DRAFT" | "AGREED" | "SUPERSEDED";
  offeredToParents: boolean;
}

/**
 * A parent answers only a draft the caseworker has put before them; an agreed plan is not agreed twice.
 * Saying no needs a reason in the parent's own words, so the caseworker knows what to talk about.
 * (A version changed since the parent read it is a conflict, decided by the row version in the command.)
 */
export function checkPlanResponse(version: OfferedVersion, answer: { agreed: boolean; reason: string }): ParentRefusal | null {
  if (version.status === "AGREED" || version.status === "SUPERSEDED") return refuseParent("PORTAL_PLAN_ALREADY_AGREED");
  if (!version.offeredToParents) return refuseParent("PORTAL_PLAN_NOT_OFFERED");
  if (!answer.agreed && answer.reason.trim() === "") return refuseParent("PORTAL_DISAGREE_REASON_REQUIRED", undefined, "reason");
  return null;
}

/** The caseworker puts a draft before the parents; an agreed version needs no agreement. */
export function checkOffer(version: { status: "DRAFT" | "AGREED" | "SUPERSEDED" }): ParentRefusal | null {
  return version.status === "DRAFT" ? null : refuseParent("PLAN_OFFER_NOT_DRAFT");
}

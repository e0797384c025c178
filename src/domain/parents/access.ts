import { refuseParent, type ParentRefusal } from "./reasons";

/**
 * Where a parent's own access stands, as the caseworker sees it: none yet, invited (a link not yet used),
 * active, or suspended by the caseworker (every session of the parent ends at once).
 */
export const PARENT_ACCESS_STATES = ["NONE", "INVITED", "ACTIVE", "SUSPENDED"] as const;
export type ParentAccessState = (typeof PARENT_ACCESS_STATES)[number];

export interface ParentLogin {
  active: boolean;
  /** A password set from the invitation, or a login through the parents' own identity provider. */
  hasSignedIn: boolean;
}

export function parentAccessState(login: ParentLogin | null): ParentAccessState {
  if (!login) return "NONE";
  if (!login.active) return "SUSPENDED";
  return login.hasSignedIn ? "ACTIVE" : "INVITED";
}

/** An invitation is for a parent without access, or again for one whose link was not used (the old link stops working). */
export function checkInvite(state: ParentAccessState): ParentRefusal | null {
  if (state === "ACTIVE") return refuseParent("PARENT_ACCESS_EXISTS");
  if (state === "SUSPENDED") return refuseParent("PARENT_ACCESS_EXISTS");
  return null;
}

export function checkSuspend(state: ParentAccessState): ParentRefusal | null {
  return state === "NONE" || state === "SUSPENDED" ? refuseParent("PARENT_ACCESS_NONE") : null;
}

export function checkReopen(state: ParentAccessState): ParentRefusal | null {
  return state === "SUSPENDED" ? null : refuseParent("PARENT_ACCESS_NOT_SUSPENDED");
}

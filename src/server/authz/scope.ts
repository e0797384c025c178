import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "./actor";
import { roleMay, type Permission } from "./policy";

// Where-builders: the user's reach goes into every query's `where`, never "load, then compare".
// A role that reaches no families gets a filter that matches nothing.
const NOTHING: Prisma.FamilyWhereInput = { id: { in: [] } };

export function familyScope(actor: Actor, permission: Permission = "family.view"): Prisma.FamilyWhereInput {
  const assigned = assignedReach(actor, permission);
  if (assigned) return { municipalityId: assigned.municipalityId, assignments: { some: { userId: actor.id, role: assigned.role } } };
  const whole = wholeMunicipalityReach(actor, permission);
  if (whole) return { municipalityId: whole };
  if (actor.role === "CONSULTANT" && roleMay(actor.role, permission) && actor.municipalityId) {
    return { municipalityId: actor.municipalityId, children: { some: placedAtConsultantSites(actor) } };
  }
  return NOTHING;
}

/** A child placed now at one of the sites the consultant supports. */
export function placedAtConsultantSites(actor: Actor): Prisma.ChildWhereInput {
  return { placements: { some: { endDate: null, siteId: { in: actor.consultantSiteIds } } } };
}

/** Children a placement-site user may see: placed with their site now, from any municipality. */
export function siteChildScope(actor: Actor): Prisma.ChildWhereInput {
  if (actor.role !== "SITE") return { id: { in: [] } };
  return { placements: { some: { endDate: null, siteId: { in: actor.staffSiteIds } } } };
}

/**
 * For set-based reports written in SQL: the municipality the actor reaches as a whole (the
 * coordinator's programme), or null when the role has no such reach. The SQL then filters on it.
 */
export function wholeMunicipalityReach(actor: Actor, permission: Permission): string | null {
  if (!roleMay(actor.role, permission) || actor.role !== "COORDINATOR" || !actor.municipalityId) return null;
  return actor.municipalityId;
}

/**
 * For SQL reads of a caseworker's or therapist's own caseload: the assignment that gives the reach
 * (the same rule as familyScope), or null for roles that reach families otherwise or not at all.
 */
export function assignedReach(actor: Actor, permission: Permission): { municipalityId: string; role: "CASEWORKER" | "THERAPIST" } | null {
  if (!roleMay(actor.role, permission) || !actor.municipalityId) return null;
  if (actor.role !== "CASEWORKER" && actor.role !== "THERAPIST") return null;
  return { municipalityId: actor.municipalityId, role: actor.role };
}

/**
 * Matching cases the user may reach: the caseworker through the child's family (the same reach as the
 * family's), the consultant the cases they take part in. Everyone else reaches none (the coordinator
 * counts them through wholeMunicipalityReach; a site reads its referrals through referralScope).
 */
export function matchingCaseScope(actor: Actor, permission: Permission = "matching.view"): Prisma.MatchingCaseWhereInput {
  if (!roleMay(actor.role, permission) || !actor.municipalityId) return { id: { in: [] } };
  if (actor.role === "CASEWORKER") return { municipalityId: actor.municipalityId, child: { family: familyScope(actor, permission) } };
  if (actor.role === "CONSULTANT") return { municipalityId: actor.municipalityId, consultantId: actor.id };
  return { id: { in: [] } };
}

/** Candidacies a site user may read and answer: their own site's, and only once the referral is sent. */
export function referralScope(actor: Actor): Prisma.MatchingCandidateWhereInput {
  if (actor.role !== "SITE" || !roleMay(actor.role, "referral.answer")) return { id: { in: [] } };
  return { siteId: { in: actor.staffSiteIds }, referralSentOn: { not: null } };
}

/**
 * The one family a parent reaches: their own, through the parent record their login belongs to. Every
 * portal read and write puts this in its `where`; what of the family a parent may read is decided by the
 * portal's selects (src/features/portal), never by the family's other scopes.
 */
export function portalFamilyScope(actor: Actor, permission: Permission = "portal.view"): Prisma.FamilyWhereInput {
  if (actor.role !== "PARENT" || !actor.parentId || !roleMay(actor.role, permission)) return NOTHING;
  return { parents: { some: { id: actor.parentId } } };
}

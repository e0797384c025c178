import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope, matchingCaseScope } from "@/server/authz/scope";
import { writeAudit, type RequestMeta, type Tx } from "@/server/audit";
import { targetMunicipalityOf } from "@/server/audit-target";

/**
 * Placements whose breakdown the actor may record: the caseworker's through the family; the consultant's
 * while the child lives at one of their sites (the family's reach) and, once the placement has ended and
 * that reach is gone, through the matching case whose decision made the placement.
 */
export function breakdownPlacementScope(actor: Actor): Prisma.PlacementWhereInput {
  const throughFamily: Prisma.PlacementWhereInput = {
    child: { family: familyScope(actor, "matching.breakdown") },
    // The family's reach is the whole family; the consultant's concern is only the placements at their sites.
    ...(actor.role === "CONSULTANT" ? { siteId: { in: actor.consultantSiteIds } } : {}),
  };
  return { OR: [throughFamily, { decision: { case: matchingCaseScope(actor, "matching.breakdown") } }] };
}

/** The placement, or null with the miss on record (the caller answers "not found"). */
export async function reachBreakdownPlacement(db: Db | Tx, actor: Actor, placementId: string, meta: RequestMeta = {}) {
  const found = await db.placement.findFirst({
    where: { id: placementId, ...breakdownPlacementScope(actor) },
    select: { id: true, childId: true, decision: { select: { caseId: true } }, child: { select: { familyId: true, family: { select: { municipalityId: true } } } } },
  });
  if (!found) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { placementId });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "Placement", recordId: placementId.slice(0, 64), targetMunicipalityId, details: { permission: "matching.breakdown" } }, meta);
  }
  return found;
}

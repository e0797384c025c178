import "server-only";
import { cache } from "react";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";
import { targetMunicipalityOf } from "@/server/audit-target";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";

/** The placement a breakdown is recorded for, through the family's reach; null (audited) when out of reach. */
export const loadBreakdownPage = cache(async (actor: Actor, familyId: string, placementId: string) => {
  const db = await getDb();
  const placement = await db.placement.findFirst({
    where: { id: placementId, child: { familyId, family: familyScope(actor, "matching.breakdown") } },
    select: {
      id: true, version: true, startDate: true, endDate: true, site: { select: { name: true } },
      child: { select: { name: true, family: { select: { id: true, displayName: true } } } },
      breakdown: { select: { id: true } },
    },
  });
  if (!placement) {
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "Placement", recordId: placementId.slice(0, 64), targetMunicipalityId: await targetMunicipalityOf(db, { placementId }), details: { permission: "matching.breakdown" } });
    return null;
  }
  await writeAudit(db, actor, { action: "VIEW", recordType: "Placement", recordId: placement.id, familyId: placement.child.family.id });
  return {
    id: placement.id, version: placement.version, site: placement.site.name, child: placement.child.name, family: placement.child.family,
    startDate: fromDbDate(placement.startDate), endDate: fromDbDateOrNull(placement.endDate), recorded: !!placement.breakdown,
  };
});

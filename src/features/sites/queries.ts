import "server-only";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { siteChildScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";

/** What a placement site may see of a child: the child, the parents' names, the site. Nothing of the case. */
export async function listSiteChildren(actor: Actor) {
  const db = await getDb();
  const children = await db.child.findMany({
    where: siteChildScope(actor),
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, birthDate: true,
      family: { select: { id: true, municipalityId: true, parents: { select: { name: true }, orderBy: { name: "asc" } } } },
      placements: { where: { endDate: null, siteId: { in: actor.staffSiteIds } }, select: { startDate: true, site: { select: { name: true } } } },
    },
  });
  for (const child of children) {
    await writeAudit(db, actor, { action: "VIEW", recordType: "Child", recordId: child.id, familyId: child.family.id, municipalityId: child.family.municipalityId });
  }
  return children.map((c) => ({
    id: c.id,
    name: c.name,
    birthDate: c.birthDate.toISOString().slice(0, 10),
    parents: c.family.parents.map((p) => p.name),
    site: c.placements[0]?.site.name ?? "",
    placedSince: c.placements[0]?.startDate.toISOString().slice(0, 10) ?? "",
  }));
}

/** The sites a placement consultant supports, with how many children are placed at each now. */
export async function listConsultantSites(actor: Actor) {
  const db = await getDb();
  const sites = await db.placementSite.findMany({
    where: { id: { in: actor.consultantSiteIds } },
    orderBy: { name: "asc" },
    select: {
      id: true, name: true, kind: true,
      placements: { where: { endDate: null, child: { family: { municipalityId: actor.municipalityId ?? "" } } }, select: { id: true } },
    },
  });
  return sites.map((s) => ({ id: s.id, name: s.name, kind: s.kind, placedChildren: s.placements.length }));
}

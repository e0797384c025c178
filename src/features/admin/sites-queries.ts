import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Actor } from "@/server/authz/actor";
import { writeAudit } from "@/server/audit";
import { getDb } from "@/server/db";
import { normaliseCvr } from "@/domain/sites";

export const SITES_PAGE_SIZE = 25;

/**
 * The shared placement-site register, searched by name or CVR, a page at a time. Who is placed at a
 * site is never part of it: the administrator does not need to know.
 */
export async function searchSites(actor: Actor, query: string, page: number) {
  const db = await getDb();
  const q = query.trim().slice(0, 100);
  const cvr = normaliseCvr(q);
  const where: Prisma.PlacementSiteWhereInput = q === "" ? {} : {
    OR: [{ name: { contains: q, mode: "insensitive" } }, ...(/^\d{2,8}$/.test(cvr) ? [{ cvr: { startsWith: cvr } }] : [])],
  };
  const total = await db.placementSite.count({ where });
  const pages = Math.max(1, Math.ceil(total / SITES_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const sites = await db.placementSite.findMany({
    where,
    orderBy: [{ name: "asc" }, { id: "asc" }],
    skip: (current - 1) * SITES_PAGE_SIZE,
    take: SITES_PAGE_SIZE,
    select: { id: true, name: true, kind: true, cvr: true, address: true, supervisingMunicipality: true, approvedPlaces: true },
  });
  await writeAudit(db, actor, { action: "VIEW", recordType: "PlacementSiteList", details: { query: q, page: current, count: sites.length } });
  return { sites, total, page: current, pages, query: q };
}

/** One register entry with its users (never the children placed there); null when there is none. */
export async function loadSiteEntry(actor: Actor, siteId: string) {
  const db = await getDb();
  const id = siteId.slice(0, 64);
  const site = await db.placementSite.findUnique({
    where: { id },
    select: {
      id: true, name: true, kind: true, cvr: true, address: true, phone: true, email: true, supervisingMunicipality: true,
      approvedPlaces: true, contactName: true, contactPhone: true, contactEmail: true, version: true, updatedAt: true, updatedById: true,
    },
  });
  if (!site) {
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "PlacementSite", recordId: id });
    return null;
  }
  const [members, updatedBy] = await Promise.all([
    db.user.findMany({
      where: { role: "SITE", siteMemberships: { some: { siteId: site.id } } },
      orderBy: [{ active: "desc" }, { name: "asc" }],
      select: { id: true, name: true, email: true, active: true, version: true, passwordHash: true },
      take: 500,
    }),
    site.updatedById ? db.user.findUnique({ where: { id: site.updatedById }, select: { name: true, municipality: { select: { name: true } } } }) : null,
  ]);
  await writeAudit(db, actor, { action: "VIEW", recordType: "PlacementSite", recordId: site.id });
  const users = members.map(({ passwordHash, ...u }) => ({ ...u, status: !u.active ? "INACTIVE" as const : passwordHash ? "ACTIVE" as const : "INVITED" as const }));
  return { site, users, updatedBy: updatedBy ? { name: updatedBy.name, municipality: updatedBy.municipality?.name ?? null } : null };
}

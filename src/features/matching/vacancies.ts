import "server-only";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/audit";

/**
 * Free places per site now: approved places minus the children placed there (from every municipality,
 * the register is shared). A site without approved places on record has none free.
 */
export async function vacanciesOf(db: Db | Tx, siteIds: readonly string[]): Promise<Map<string, number>> {
  const ids = [...new Set(siteIds)];
  if (ids.length === 0) return new Map();
  const [sites, open] = await Promise.all([
    db.placementSite.findMany({ where: { id: { in: ids } }, select: { id: true, approvedPlaces: true } }),
    db.placement.groupBy({ by: ["siteId"], where: { siteId: { in: ids }, endDate: null }, _count: { _all: true } }),
  ]);
  const placed = new Map(open.map((o) => [o.siteId, o._count._all]));
  return new Map(sites.map((s) => [s.id, Math.max(0, (s.approvedPlaces ?? 0) - (placed.get(s.id) ?? 0))]));
}

import "server-only";
import { getDb } from "../db";
import type { Actor } from "../authz/actor";

/** The user as every permission check sees it, or null when missing or deactivated. Free of Next.js imports, so scripts can use it. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const db = await getDb();
  const user = await db.user.findFirst({
    where: { id: userId, active: true },
    select: { id: true, email: true, name: true, role: true, municipalityId: true, locale: true, siteMemberships: { select: { siteId: true, role: true } } },
  });
  if (!user) return null;
  return {
    id: user.id, email: user.email, name: user.name, role: user.role, municipalityId: user.municipalityId, locale: user.locale,
    staffSiteIds: user.siteMemberships.filter((m) => m.role === "STAFF").map((m) => m.siteId),
    consultantSiteIds: user.siteMemberships.filter((m) => m.role === "CONSULTANT").map((m) => m.siteId),
  };
}

import "server-only";
import { getDb } from "../db";
import type { Actor } from "../authz/actor";

/**
 * The user fields every Actor is built from. The per-request session read (readSession in
 * user-sessions.ts) selects the same fields in SQL; tests/server/sessions.test.ts proves both build
 * the same actor.
 */
export const ACTOR_USER_SELECT = {
  id: true, email: true, name: true, role: true, municipalityId: true, locale: true, active: true, parentId: true,
  siteMemberships: { select: { siteId: true, role: true } },
} as const;

type ActorUser = Omit<Actor, "staffSiteIds" | "consultantSiteIds" | "sessionId"> & { siteMemberships: { siteId: string; role: "STAFF" | "CONSULTANT" }[] };

export function toActor(user: ActorUser, sessionId?: string): Actor {
  return {
    id: user.id, email: user.email, name: user.name, role: user.role, municipalityId: user.municipalityId, locale: user.locale, parentId: user.parentId,
    staffSiteIds: user.siteMemberships.filter((m) => m.role === "STAFF").map((m) => m.siteId),
    consultantSiteIds: user.siteMemberships.filter((m) => m.role === "CONSULTANT").map((m) => m.siteId),
    ...(sessionId ? { sessionId } : {}),
  };
}

/** The user as every permission check sees it, or null when missing or deactivated. Free of Next.js imports, so scripts can use it. */
export async function loadActor(userId: string): Promise<Actor | null> {
  const db = await getDb();
  const user = await db.user.findFirst({ where: { id: userId, active: true }, select: ACTOR_USER_SELECT });
  return user ? toActor(user) : null;
}

import "server-only";
import { activeSince } from "@/domain/sessions/validity";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { sessionLimitsForUser } from "@/server/auth/user-sessions";

/** The user's own logins that still count at `now`, newest first; the one in use is marked. */
export async function listOwnSessions(actor: Actor, now = new Date()) {
  const db = await getDb();
  const { seenAfter, createdAfter } = activeSince(now, await sessionLimitsForUser(db, actor.id));
  const rows = await db.userSession.findMany({
    where: { userId: actor.id, revokedAt: null, expiresAt: { gt: now }, lastSeenAt: { gte: seenAfter }, createdAt: { gt: createdAfter } },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, lastSeenAt: true, ip: true, userAgent: true },
    take: 50,
  });
  // The id is a bearer secret's partner: the page gets only whether a row is the current one.
  return rows.map(({ id, ...row }) => ({ ...row, current: id === actor.sessionId }));
}

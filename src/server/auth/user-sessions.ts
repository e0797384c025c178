import "server-only";
import { randomBytes } from "node:crypto";
import { headers } from "next/headers";
import { idleMinutesFrom, lastSeenDue, sessionVerdict, SESSION_MAX_AGE_MS, type SessionLimits } from "@/domain/sessions/validity";
import { idleMinutesFor } from "@/domain/method/settings-limits";
import { getDb, type Db } from "../db";
import type { Actor } from "../authz/actor";
import { currentClientIp } from "../request-meta";
import { Prisma } from "@/generated/prisma/client";
import { toActor } from "./load-actor";

export type RevokeReason = "LOGOUT" | "IDLE" | "USER_ENDED_OTHERS" | "ADMIN";

/**
 * How long a login lasts: the municipality's idle timeout (its settings page) when it has set one,
 * else SESSION_IDLE_MINUTES; never past the working-day cap. Site users belong to no municipality.
 */
export function sessionLimits(municipalitySettings?: unknown, env: Record<string, string | undefined> = process.env): SessionLimits {
  return { idleMinutes: idleMinutesFor(municipalitySettings, idleMinutesFrom(env.SESSION_IDLE_MINUTES)), maxAgeMs: SESSION_MAX_AGE_MS };
}

/** The limits for one user's logins, read with their municipality's settings. */
export async function sessionLimitsForUser(db: Db, userId: string): Promise<SessionLimits> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { municipality: { select: { settings: true } } } });
  return sessionLimits(user?.municipality?.settings);
}

/** Records a new login and returns the id the JWT will carry. */
export async function startSession(db: Db, userId: string, meta: { ip: string | null; userAgent: string | null }, now = new Date()): Promise<string> {
  const id = randomBytes(32).toString("base64url");
  await db.userSession.create({
    data: {
      id, userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_MS),
      ip: meta.ip, userAgent: meta.userAgent ? meta.userAgent.trim().slice(0, 200) : null,
    },
  });
  return id;
}

/** The address and browser of the login request being served (null outside a request). */
export async function loginRequestMeta(): Promise<{ ip: string | null; userAgent: string | null }> {
  let userAgent: string | null = null;
  try {
    userAgent = (await headers()).get("user-agent");
  } catch {
    // Outside a request (tests, scripts): nothing to record.
  }
  return { ip: await currentClientIp(), userAgent };
}

/**
 * The actor behind a decoded token, or null: the session must exist, belong to the token's user,
 * not be revoked, expired or idle, and the user must be active. One read; a write only to mark
 * the session idle or, at most once a minute, to move lastSeenAt.
 */
export async function actorForToken(token: Record<string, unknown>, now = new Date(), db?: Db): Promise<Actor | null> {
  if (typeof token.uid !== "string" || typeof token.sid !== "string" || token.sid.length > 100) return null;
  const conn = db ?? (await getDb());
  const session = await readSession(conn, token.sid);
  if (!session || session.userId !== token.uid) return null;
  const verdict = sessionVerdict(session, now, sessionLimits(session.user.municipality?.settings));
  if (verdict === "IDLE") await revokeSession(conn, token.sid, "IDLE", now);
  if (verdict !== "ACTIVE" || !session.user.active) return null;
  if (lastSeenDue(session.lastSeenAt, now)) {
    // Conditional, so concurrent requests of one session do not all write.
    await conn.userSession.updateMany({ where: { id: token.sid, revokedAt: null, lastSeenAt: session.lastSeenAt }, data: { lastSeenAt: now } });
  }
  return toActor(session.user, token.sid);
}

type SessionRow = { userId: string; createdAt: Date; lastSeenAt: Date; expiresAt: Date; revokedAt: Date | null };
type ActorUserRow = Parameters<typeof toActor>[0] & { active: boolean; municipality: { settings: unknown } | null };

/**
 * The session with its user, the user's site memberships and municipality settings in one statement:
 * every request of a logged-in user runs it, and as a nested ORM read it was four round trips.
 */
async function readSession(db: Db, sid: string): Promise<(SessionRow & { user: ActorUserRow }) | null> {
  const [row] = await db.$queryRaw<(SessionRow & Omit<ActorUserRow, "municipality" | "siteMemberships"> & { settings: unknown; siteMemberships: ActorUserRow["siteMemberships"] })[]>(Prisma.sql`
    SELECT s."userId", s."createdAt", s."lastSeenAt", s."expiresAt", s."revokedAt",
           u.id, u.email, u.name, u.role::text AS role, u."municipalityId", u.locale, u.active, u."parentId",
           m.settings,
           COALESCE((SELECT json_agg(json_build_object('siteId', sm."siteId", 'role', sm.role::text) ORDER BY sm.id)
                     FROM "SiteMembership" sm WHERE sm."userId" = u.id), '[]'::json) AS "siteMemberships"
    FROM "UserSession" s
    JOIN "User" u ON u.id = s."userId"
    LEFT JOIN "Municipality" m ON m.id = u."municipalityId"
    WHERE s.id = ${sid}`);
  if (!row) return null;
  const { userId, createdAt, lastSeenAt, expiresAt, revokedAt, settings, ...user } = row;
  return { userId, createdAt, lastSeenAt, expiresAt, revokedAt, user: { ...user, municipality: user.municipalityId ? { settings } : null } };
}

export async function revokeSession(db: Db, sid: string, reason: RevokeReason, now = new Date()): Promise<void> {
  await db.userSession.updateMany({ where: { id: sid, revokedAt: null }, data: { revokedAt: now, revokedReason: reason } });
}

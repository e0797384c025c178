import "server-only";
import { cache } from "react";
import { getServerSession, type NextAuthOptions } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { getDb } from "../db";
import { writeAudit } from "../audit";
import type { Actor } from "../authz/actor";
import { roleMay, type Permission } from "../authz/policy";
import { authOptions } from "./options";
import { loadActor } from "./load-actor";
import { actorForToken } from "./user-sessions";
import { timed } from "../timing";

// Re-exported: scripts (reminder e-mails) load actors without importing next/navigation and next-auth.
export { loadActor };

// Server-side only: the session id stays out of what /api/auth/session hands the browser.
const tokenReader: NextAuthOptions = {
  ...authOptions,
  callbacks: { ...authOptions.callbacks, session: ({ token }) => ({ uid: token.uid, sid: token.sid }) as never },
};

/**
 * The signed-in user, re-read from the database on every request together with the session the
 * token names: a logged-out, idle, expired or administrator-ended session, or a deactivated user,
 * is out at once.
 */
export const getCurrentActor = cache((): Promise<Actor | null> => timed("session", async () => {
  const token = (await getServerSession(tokenReader)) as Record<string, unknown> | null;
  return token ? actorForToken(token) : null;
}));

/** For pages: the actor, or a redirect to the login page. */
export async function requireActor(): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect("/login");
  return actor;
}

/** For pages of one area: a role without the permission gets "not found", like a missing record. */
export async function requirePermission(permission: Permission): Promise<Actor> {
  const actor = await requireActor();
  if (!roleMay(actor.role, permission)) {
    await writeAudit(await getDb(), actor, { action: "ACCESS_DENIED", recordType: "Page", details: { permission } });
    notFound();
  }
  return actor;
}

/** For a role's own home page: every other role gets "not found" (and the attempt is audited). */
export async function requireRole(role: Actor["role"]): Promise<Actor> {
  const actor = await requireActor();
  if (actor.role !== role) {
    await writeAudit(await getDb(), actor, { action: "ACCESS_DENIED", recordType: "Page", details: { home: role } });
    notFound();
  }
  return actor;
}

import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { getDb } from "../db";
import { writeAudit } from "../audit";
import type { Actor } from "../authz/actor";
import { roleMay, type Permission } from "../authz/policy";
import { authOptions } from "./options";
import { loadActor } from "./load-actor";

// Re-exported: scripts (reminder e-mails) load actors without importing next/navigation and next-auth.
export { loadActor };

/** The signed-in user, re-read from the database on every request: a deactivated user is out at once. */
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const id = (session?.user as { id?: string } | undefined)?.id;
  if (!id) return null;
  return loadActor(id);
});

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

import "server-only";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/audit";
import { writeAudit, type RequestMeta } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import type { Permission } from "@/server/authz/policy";
import { portalFamilyScope } from "@/server/authz/scope";
import { notFound } from "@/server/errors";

/**
 * The parent's own family, reached through their parent record, or "not found" (audited as a denied
 * access). A closed case stays readable: the parent keeps seeing their plan and its history.
 */
export async function reachOwnFamily(db: Db | Tx, actor: Actor, permission: Permission, meta: RequestMeta = {}) {
  const family = await db.family.findFirst({
    where: portalFamilyScope(actor, permission),
    select: { id: true, municipalityId: true, stage: true, displayName: true },
  });
  if (!family || !actor.parentId) {
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "ParentPortal", details: { permission } }, meta);
    return null;
  }
  return { ...family, parentId: actor.parentId };
}

/** For commands: the family, or the NOT_FOUND error the command runner audits and answers. */
export async function ownFamilyOrThrow(tx: Tx, actor: Actor, permission: Permission) {
  const family = await tx.family.findFirst({ where: portalFamilyScope(actor, permission), select: { id: true, municipalityId: true, stage: true } });
  if (!family || !actor.parentId) throw notFound();
  return { ...family, parentId: actor.parentId };
}

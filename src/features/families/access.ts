import "server-only";
import type { Db } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import type { Permission } from "@/server/authz/policy";
import { familyScope } from "@/server/authz/scope";
import { writeAudit, type RequestMeta, type Tx } from "@/server/audit";
import { targetMunicipalityOf } from "@/server/audit-target";

/**
 * Loads the id and municipality of a family the actor may reach for `permission`, or null.
 * A miss is audited as a denied access: callers answer it with "not found", never "forbidden".
 */
export async function reachFamily(db: Db | Tx, actor: Actor, familyId: string, permission: Permission, meta: RequestMeta = {}) {
  const family = await db.family.findFirst({
    where: { id: familyId, ...familyScope(actor, permission) },
    select: { id: true, municipalityId: true, version: true, stage: true },
  });
  if (!family) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { familyId });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "Family", recordId: familyId.slice(0, 64), targetMunicipalityId, details: { permission } }, meta);
  }
  return family;
}

import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { writeAudit } from "@/server/audit";

/**
 * The audit log as the spec's table allows: the municipality's for coordinators and admins (with
 * others' denied attempts at its records), own cases for caseworkers. One where-clause per index:
 * PostgreSQL cannot walk two indexes in one ordered scan for an OR, so each part is read on its own.
 */
async function auditScopes(actor: Actor): Promise<Prisma.AuditEventWhereInput[]> {
  if (!actor.municipalityId) return [];
  if (actor.role === "COORDINATOR" || actor.role === "ADMIN") return [{ municipalityId: actor.municipalityId }, { targetMunicipalityId: actor.municipalityId }];
  if (actor.role === "CASEWORKER") {
    const db = await getDb();
    const mine = await db.familyAssignment.findMany({ where: { userId: actor.id, role: "CASEWORKER" }, select: { familyId: true } });
    return [{ municipalityId: actor.municipalityId, familyId: { in: mine.map((m) => m.familyId) } }];
  }
  return [];
}

export async function listAuditEvents(actor: Actor, filter: { familyId?: string; action?: string; before?: bigint }, take = 100) {
  const db = await getDb();
  const filters: Prisma.AuditEventWhereInput[] = [
    filter.familyId ? { familyId: filter.familyId } : {},
    filter.action ? { action: filter.action as never } : {},
    filter.before ? { id: { lt: filter.before } } : {},
  ];
  const parts = await Promise.all((await auditScopes(actor)).map((scope) => db.auditEvent.findMany({ where: { AND: [scope, ...filters] }, orderBy: { id: "desc" }, take })));
  // A row can be in two parts (a denied attempt inside one's own municipality): once, newest first.
  const byId = new Map(parts.flat().map((e) => [e.id, e]));
  const events = [...byId.values()].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0)).slice(0, take);
  await writeAudit(db, actor, { action: "VIEW", recordType: "AuditLog", details: { count: events.length } });
  return events.map((e) => ({ ...e, id: e.id.toString() }));
}

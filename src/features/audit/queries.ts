import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { writeAudit } from "@/server/audit";

/** The audit log as the spec's table allows: the municipality's for coordinators and admins, own cases for caseworkers. */
function auditScope(actor: Actor): Prisma.AuditEventWhereInput {
  if (!actor.municipalityId) return { id: { in: [] } };
  if (actor.role === "COORDINATOR" || actor.role === "ADMIN") return { municipalityId: actor.municipalityId };
  return { id: { in: [] } };
}

export async function listAuditEvents(actor: Actor, filter: { familyId?: string; action?: string; before?: bigint }, take = 100) {
  const db = await getDb();
  let where: Prisma.AuditEventWhereInput = auditScope(actor);
  if (actor.role === "CASEWORKER") {
    const mine = await db.familyAssignment.findMany({ where: { userId: actor.id, role: "CASEWORKER" }, select: { familyId: true } });
    where = { municipalityId: actor.municipalityId, familyId: { in: mine.map((m) => m.familyId) } };
  }
  const events = await db.auditEvent.findMany({
    where: { AND: [where, filter.familyId ? { familyId: filter.familyId } : {}, filter.action ? { action: filter.action as never } : {}, filter.before ? { id: { lt: filter.before } } : {}] },
    orderBy: { id: "desc" },
    take,
  });
  await writeAudit(db, actor, { action: "VIEW", recordType: "AuditLog", details: { count: events.length } });
  return events.map((e) => ({ ...e, id: e.id.toString() }));
}

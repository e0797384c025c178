import "server-only";
import type { StaffHolder } from "@/domain/people";
import type { Tx } from "@/server/audit";

/**
 * Writes a planned line-up change: FamilyAssignment becomes the new holders (reach follows at once)
 * and AssignmentHistory closes the leavers' rows and opens the joiners'. Used by a single family's
 * staff change and by a caseload handover, so both leave the same history.
 */
export async function writeStaffChange(
  tx: Tx,
  family: { id: string; createdAt: Date },
  plan: { leaving: StaffHolder[]; joining: StaffHolder[] },
  by: { actorId: string; now: Date },
): Promise<void> {
  const { actorId, now } = by;
  for (const h of plan.leaving) {
    await tx.familyAssignment.deleteMany({ where: { familyId: family.id, userId: h.userId, role: h.role } });
    const closed = await tx.assignmentHistory.updateMany({ where: { familyId: family.id, userId: h.userId, role: h.role, toAt: null }, data: { toAt: now, endedById: actorId } });
    // A holder from before the history was kept: on record from the family's creation.
    if (closed.count === 0) await tx.assignmentHistory.create({ data: { familyId: family.id, userId: h.userId, role: h.role, fromAt: family.createdAt, toAt: now, endedById: actorId } });
  }
  for (const h of plan.joining) {
    await tx.familyAssignment.create({ data: { familyId: family.id, userId: h.userId, role: h.role } });
    await tx.assignmentHistory.create({ data: { familyId: family.id, userId: h.userId, role: h.role, fromAt: now, changedById: actorId } });
  }
}

export const staffKey = (h: StaffHolder) => `${h.role}:${h.userId}`;

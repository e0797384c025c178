import "server-only";
import type { HandoverFamily, OpenCaseload, StaffRole } from "@/domain/people";
import type { Tx } from "@/server/audit";
import type { Db } from "@/server/db";

/** A family still in the programme: a closed case keeps its last caseworker on record. */
const OPEN = { stage: { not: "CLOSED" as const } };

/** The open families a person works on in the municipality, with each family's whole line-up, oldest first. */
export async function openFamiliesOf(tx: Tx | Db, userId: string, municipalityId: string, familyIds?: string[]): Promise<(HandoverFamily & { createdAt: Date })[]> {
  const rows = await tx.family.findMany({
    where: { municipalityId, ...OPEN, assignments: { some: { userId } }, ...(familyIds ? { id: { in: familyIds } } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, createdAt: true, assignments: { select: { userId: true, role: true } } },
  });
  return rows.map((r) => ({ familyId: r.id, createdAt: r.createdAt, holders: r.assignments.map((a) => ({ userId: a.userId, role: a.role as StaffRole })) }));
}

/** Counts only, for the rules and for a reader who may not see names. */
export async function openCaseloadOf(tx: Tx | Db, userId: string): Promise<OpenCaseload> {
  const groups = await tx.familyAssignment.groupBy({ by: ["role"], where: { userId, family: OPEN }, _count: { _all: true } });
  const out: OpenCaseload = { CASEWORKER: 0, THERAPIST: 0 };
  for (const g of groups) out[g.role as StaffRole] = g._count._all;
  return out;
}

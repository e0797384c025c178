import "server-only";
import { dueDateRecords, type CaseSnapshot, type MethodConfig } from "@/domain/method";
import type { Tx } from "./audit";
import { toDbDate } from "./dates";

/**
 * Rewrites the family's FollowUpDue rows from the domain (dueDateRecords()). Called with the
 * family's state after every follow-up and phase change, inside that change's transaction.
 */
export async function storeDueDates(tx: Tx, familyId: string, snapshot: CaseSnapshot, config: MethodConfig) {
  await tx.followUpDue.deleteMany({ where: { familyId } });
  const rows = dueDateRecords(snapshot, config);
  if (rows.length === 0) return;
  await tx.followUpDue.createMany({
    data: rows.map((r) => ({
      familyId, phaseId: r.phaseId, dueDate: toDbDate(r.dueDate), windowStart: toDbDate(r.windowStart), windowEnd: toDbDate(r.windowEnd),
      heldOn: r.heldOn ? toDbDate(r.heldOn) : null, caughtUpOn: r.caughtUpOn ? toDbDate(r.caughtUpOn) : null,
    })),
  });
}

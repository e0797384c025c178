import "server-only";
import { caseStage, nextDueDate, type CaseSnapshot, type CalendarDate, type MethodConfig } from "@/domain/method";
import type { Tx } from "@/server/audit";
import { conflict } from "@/server/errors";
import { toDbDate } from "@/server/dates";

/**
 * After a transition: store the family's stage (caseStage(), the one rule for it) and next due
 * follow-up (denormalised for the lists), and bump its version so that any other form opened on
 * the old state is refused.
 */
export async function commitFamilyState(
  tx: Tx,
  familyId: string,
  expectedVersion: number | null,
  snapshot: CaseSnapshot,
  today: CalendarDate,
  config: MethodConfig,
  extra: { closedOn?: CalendarDate | null; closeReason?: string | null } = {},
) {
  const next = nextDueDate(snapshot, today, config);
  const { count } = await tx.family.updateMany({
    where: { id: familyId, ...(expectedVersion !== null ? { version: expectedVersion } : {}) },
    data: {
      stage: caseStage(snapshot),
      nextFollowUpDue: next ? toDbDate(next) : null,
      ...(extra.closedOn !== undefined ? { closedOn: extra.closedOn ? toDbDate(extra.closedOn) : null } : {}),
      ...(extra.closeReason !== undefined ? { closeReason: extra.closeReason } : {}),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict();
}

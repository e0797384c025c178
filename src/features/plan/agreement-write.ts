import "server-only";
import type { Tx } from "@/server/audit";
import { conflict } from "@/server/errors";
import { toDbDate } from "@/server/dates";
import type { CalendarDate } from "@/domain/method";

/**
 * The one way a draft becomes the agreed plan, whether the caseworker records the parents' agreement or a
 * parent gives it in the portal: the agreed version before it becomes history, and the draft is agreed only
 * as it was read (its row version) — a draft changed meanwhile is a conflict and nothing is written.
 */
export async function writeAgreement(tx: Tx, input: {
  planId: string; draftId: string; rowVersion: number; agreedOn: CalendarDate; agreedHow: "IN_PERSON" | "PHONE" | "VIDEO" | "OTHER" | "PORTAL"; agreedById: string;
}) {
  await tx.actionPlanVersion.updateMany({ where: { planId: input.planId, status: "AGREED" }, data: { status: "SUPERSEDED", version: { increment: 1 } } });
  const { count } = await tx.actionPlanVersion.updateMany({
    where: { id: input.draftId, version: input.rowVersion, status: "DRAFT" },
    data: { status: "AGREED", agreedOn: toDbDate(input.agreedOn), agreedHow: input.agreedHow, agreedById: input.agreedById, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
}

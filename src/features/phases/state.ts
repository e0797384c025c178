import "server-only";
import { caseStage, type CaseSnapshot, type CalendarDate, type MethodConfig } from "@/domain/method";
import type { Tx } from "@/server/audit";
import { conflict } from "@/server/errors";
import { toDbDate } from "@/server/dates";
import { storeDueDates } from "@/server/due-dates";
import { loadSnapshot } from "./snapshot";
import { methodConfigFor } from "@/features/method-config";

/**
 * After a transition: store the family's stage (caseStage(), the one rule for it) and its due dates
 * (dueDateRecords(), what lists filter on), and bump its version so that any other form opened on
 * the old state is refused.
 */
export async function commitFamilyState(
  tx: Tx,
  familyId: string,
  expectedVersion: number | null,
  snapshot: CaseSnapshot,
  config: MethodConfig,
  extra: { closedOn?: CalendarDate | null; closeReason?: string | null } = {},
) {
  const { count } = await tx.family.updateMany({
    where: { id: familyId, ...(expectedVersion !== null ? { version: expectedVersion } : {}) },
    data: {
      stage: caseStage(snapshot),
      ...(extra.closedOn !== undefined ? { closedOn: extra.closedOn ? toDbDate(extra.closedOn) : null } : {}),
      ...(extra.closeReason !== undefined ? { closeReason: extra.closeReason } : {}),
      version: { increment: 1 },
    },
  });
  if (count === 0) throw conflict();
  // The windows use the tolerance as committed now, read after the family row is locked: a settings
  // change that committed while this transaction waited for the lock is not undone with the old value
  // (rewriteMunicipalityDueDates takes the same family locks, so one of the two always goes second).
  const fresh = await tx.family.findUnique({ where: { id: familyId }, select: { municipality: { select: { settings: true } } } });
  const tolerance = methodConfigFor(fresh?.municipality.settings).overdueToleranceDays;
  await storeDueDates(tx, familyId, snapshot, { ...config, overdueToleranceDays: tolerance });
}

/**
 * When a municipality changes its method settings (tolerance, interval), every window of its
 * families moves: rewrite them all, in the settings change's transaction.
 */
export async function rewriteMunicipalityDueDates(tx: Tx, municipalityId: string) {
  const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { settings: true } });
  const config = methodConfigFor(municipality.settings);
  // Locked first, so a follow-up or phase change running now either finishes before (and is rewritten
  // here) or waits and then reads the new tolerance (commitFamilyState).
  const families = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Family" WHERE "municipalityId" = ${municipalityId} ORDER BY "id" FOR UPDATE`;
  for (const f of families) await storeDueDates(tx, f.id, await loadSnapshot(tx, f.id), config);
}

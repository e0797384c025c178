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
  await storeDueDates(tx, familyId, snapshot, config);
}

/**
 * When a municipality changes its method settings (tolerance, interval), every window of its
 * families moves: rewrite them all, in the settings change's transaction.
 */
export async function rewriteMunicipalityDueDates(tx: Tx, municipalityId: string) {
  const municipality = await tx.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { settings: true } });
  const config = methodConfigFor(municipality.settings);
  const families = await tx.family.findMany({ where: { municipalityId }, select: { id: true } });
  for (const f of families) await storeDueDates(tx, f.id, await loadSnapshot(tx, f.id), config);
}

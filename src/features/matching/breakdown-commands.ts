import "server-only";
import { checkBreakdown, checkBreakdownRecordable, isEnded, type MatchingRefusal } from "@/domain/matching";
import { defineCommand } from "@/server/command";
import { AppError, conflict, notFound, type FieldErrors } from "@/server/errors";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/server/dates";
import { matchingCaseScope } from "@/server/authz/scope";
import { reachBreakdownPlacement } from "./breakdown-access";
import { recordBreakdownInput } from "./breakdown-schemas";

// A breakdown (sammenbrud) is one event with four consequences that must not come apart: the placement
// ends, what happened is recorded, the case that chose the site is closed, and the child gets a new
// matching case (the next search starts from what this one taught). One transaction, or nothing.

function refuseAll(refusals: MatchingRefusal[], missing: FieldErrors): AppError {
  const fieldErrors: FieldErrors = { ...missing };
  for (const r of refusals) (fieldErrors[r.field] ??= []).push({ key: `reasons.${r.reason}`, params: r.params });
  const first = refusals[0];
  return first
    ? new AppError("RULE", first.reason, { reason: first.reason, params: first.params, fieldErrors })
    : new AppError("VALIDATION", "VALIDATION", { fieldErrors });
}

export const recordBreakdown = defineCommand({
  name: "recordBreakdown",
  permission: "matching.breakdown",
  input: recordBreakdownInput,
  async run(ctx, input) {
    const { tx, actor, today, audit } = ctx;
    const reached = await reachBreakdownPlacement(tx, actor, input.placementId);
    if (!reached) throw notFound();
    // The same order as the decision (case, then child): two changes of one child's placements wait for each other.
    if (reached.decision) await tx.$queryRaw`SELECT 1 FROM "MatchingCase" WHERE "id" = ${reached.decision.caseId} FOR UPDATE`;
    await tx.$queryRaw`SELECT 1 FROM "Child" WHERE "id" = ${reached.childId} FOR UPDATE`;
    const p = await tx.placement.findUniqueOrThrow({
      where: { id: reached.id },
      select: {
        id: true, version: true, startDate: true, endDate: true, legalBasis: true,
        breakdown: { select: { id: true } },
        decision: { select: { case: { select: { id: true, stage: true, legalBasis: true, consultantId: true, version: true } } } },
      },
    });
    if (p.breakdown) throw conflict();
    if (p.version !== input.version) throw conflict();

    const start = fromDbDate(p.startDate);
    const ended = fromDbDateOrNull(p.endDate);
    const endDate = ended ?? input.endDate;
    const missing: FieldErrors = endDate === null ? { endDate: [{ key: "validation.required" }] } : {};
    const refusals = checkBreakdown({ ...input, endDate: endDate ?? start }, start, today).filter((r) => endDate !== null || r.field !== "endDate");
    const late = checkBreakdownRecordable({ endDate: ended }, today);
    if (late) refusals.unshift(late);
    if (refusals.length || endDate === null) throw refuseAll(refusals, missing);

    const familyId = reached.child.familyId;
    if (ended === null) {
      const { count } = await tx.placement.updateMany({
        where: { id: p.id, version: input.version, endDate: null },
        data: { endDate: toDbDate(endDate), endReasonKind: "BREAKDOWN", version: { increment: 1 } },
      });
      if (count !== 1) throw conflict();
      await audit({ action: "UPDATE", recordType: "Placement", recordId: p.id, familyId, details: { ended: "BREAKDOWN", endDate } });
    }
    const breakdown = await tx.placementBreakdown.create({
      data: {
        placementId: p.id, endedBy: input.endedBy, causes: [...input.causes], causeText: input.causeText,
        warningSigns: input.warningSigns, learned: input.learned, recordedById: actor.id,
      },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "PlacementBreakdown", recordId: breakdown.id, familyId, details: { placementId: p.id, endedBy: input.endedBy, causes: input.causes } });

    const old = p.decision?.case ?? null;
    if (old && !isEnded(old.stage)) {
      const { count } = await tx.matchingCase.updateMany({
        where: { id: old.id, version: old.version },
        data: { stage: "CLOSED", closedOn: toDbDate(today), version: { increment: 1 } },
      });
      if (count !== 1) throw conflict();
      await audit({ action: "UPDATE", recordType: "MatchingCase", recordId: old.id, familyId, details: { stage: "CLOSED", byBreakdown: breakdown.id } });
    }

    // One open case per child (a unique index): a search already under way goes on, and is where the user lands.
    const open = await tx.matchingCase.findFirst({ where: { childId: reached.childId, stage: { notIn: ["CLOSED", "WITHDRAWN"] } }, select: { id: true } });
    let caseId = open?.id ?? null;
    if (!open) {
      const legalBasis = old?.legalBasis ?? p.legalBasis;
      const created = await tx.matchingCase.create({
        data: {
          municipalityId: reached.child.family.municipalityId, childId: reached.childId, openedById: actor.id,
          consultantId: old?.consultantId ?? (actor.role === "CONSULTANT" ? actor.id : null),
          urgency: input.urgency, legalBasis, stage: "PROFILE", previousPlacementId: p.id, openedOn: toDbDate(today),
        },
        select: { id: true },
      });
      await tx.placementBreakdown.update({ where: { id: breakdown.id }, data: { newCaseId: created.id } });
      await audit({ action: "CREATE", recordType: "MatchingCase", recordId: created.id, familyId, details: { urgency: input.urgency, legalBasis, previousPlacementId: p.id, byBreakdown: breakdown.id } });
      caseId = created.id;
    }
    // The user is sent on to the case only if they may read it (a consultant may not take part in a search already open).
    const reachable = caseId ? await tx.matchingCase.count({ where: { id: caseId, ...matchingCaseScope(actor, "matching.view") } }) : 0;
    return { placementId: p.id, breakdownId: breakdown.id, caseId: reachable ? caseId : null, opened: !open };
  },
});

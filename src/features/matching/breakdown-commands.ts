import "server-only";
import { z } from "zod";
import { BREAKDOWN_CAUSES, BREAKDOWN_ENDED_BY, checkBreakdown, checkBreakdownWindow, URGENCIES, type MatchingRefusal } from "@/domain/matching";
import { defineCommand } from "@/server/command";
import { AppError, conflict, notFound, type FieldErrors } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/server/dates";
import { calendarDate, checkbox, id, optionalText, version } from "@/server/schemas";

// A placement that ended unplanned (sammenbrud): what the next match can learn, recorded with the end of the
// placement, the close of the matching case that made it, and a new matching case for the child, in one go.

export const recordBreakdownInput = z.object({
  familyId: id,
  placementId: id,
  version,
  endDate: calendarDate,
  endedBy: z.enum(BREAKDOWN_ENDED_BY),
  causes: z.object(Object.fromEntries(BREAKDOWN_CAUSES.map((c) => [c, checkbox.optional()])) as Record<(typeof BREAKDOWN_CAUSES)[number], z.ZodOptional<typeof checkbox>>).default({}),
  causeText: optionalText(2000),
  warningSigns: optionalText(4000),
  learned: optionalText(4000),
  urgency: z.enum(URGENCIES),
});

function refuseAll(refusals: MatchingRefusal[]) {
  const fieldErrors: FieldErrors = {};
  for (const r of refusals) (fieldErrors[r.field] ??= []).push({ key: `reasons.${r.reason}`, params: r.params });
  return new AppError("RULE", refusals[0]!.reason, { reason: refusals[0]!.reason, params: refusals[0]!.params, fieldErrors });
}

export const recordBreakdown = defineCommand({
  name: "recordBreakdown",
  permission: "matching.breakdown",
  input: recordBreakdownInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await tx.family.findFirst({ where: { id: input.familyId, ...familyScope(actor, "matching.breakdown") }, select: { id: true, municipalityId: true } });
    if (!family) throw notFound();
    const placement = await tx.placement.findFirst({
      where: { id: input.placementId, child: { familyId: family.id } },
      select: { id: true, childId: true, version: true, startDate: true, endDate: true, legalBasis: true, decision: { select: { caseId: true, case: { select: { consultantId: true } } } } },
    });
    if (!placement) throw notFound();
    await tx.$queryRaw`SELECT 1 FROM "Child" WHERE "id" = ${placement.childId} FOR UPDATE`;
    if (placement.version !== input.version) throw conflict();
    if (await tx.placementBreakdown.count({ where: { placementId: placement.id } })) throw conflict();
    const ended = fromDbDateOrNull(placement.endDate);
    // A placement already ended keeps its end date; an open one ends on the day given.
    const endDate = ended ?? input.endDate;
    const causes = BREAKDOWN_CAUSES.filter((c) => input.causes[c]);
    const refusals = checkBreakdown({ endDate, endedBy: input.endedBy, causes, causeText: input.causeText, warningSigns: input.warningSigns, learned: input.learned }, fromDbDate(placement.startDate), today);
    const late = checkBreakdownWindow(ended, today);
    if (late) refusals.push(late);
    if (refusals.length) throw refuseAll(refusals);

    if (!ended) {
      const { count } = await tx.placement.updateMany({ where: { id: placement.id, version: input.version, endDate: null }, data: { endDate: toDbDate(endDate), endReasonKind: "OTHER", endReason: "Sammenbrud", version: { increment: 1 } } });
      if (count !== 1) throw conflict();
      await audit({ action: "UPDATE", recordType: "Placement", recordId: placement.id, familyId: family.id, details: { ended: "BREAKDOWN" } });
    }
    if (placement.decision) {
      await tx.matchingCase.updateMany({ where: { id: placement.decision.caseId, stage: { notIn: ["CLOSED", "WITHDRAWN"] } }, data: { stage: "CLOSED", closedOn: toDbDate(today), version: { increment: 1 } } });
    }
    const open = await tx.matchingCase.findFirst({ where: { childId: placement.childId, stage: { notIn: ["CLOSED", "WITHDRAWN"] } }, select: { id: true } });
    const next = open ?? await tx.matchingCase.create({
      data: {
        municipalityId: family.municipalityId, childId: placement.childId, openedById: actor.id, consultantId: placement.decision?.case.consultantId ?? null,
        urgency: input.urgency, legalBasis: placement.legalBasis, openedOn: toDbDate(today), previousPlacementId: placement.id,
      },
      select: { id: true },
    });
    const breakdown = await tx.placementBreakdown.create({
      data: { placementId: placement.id, endedBy: input.endedBy, causes, causeText: input.causeText, warningSigns: input.warningSigns, learned: input.learned, newCaseId: open ? null : next.id, recordedById: actor.id },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "PlacementBreakdown", recordId: breakdown.id, familyId: family.id, details: { placementId: placement.id, endedBy: input.endedBy, causes } });
    if (!open) await audit({ action: "CREATE", recordType: "MatchingCase", recordId: next.id, familyId: family.id, details: { afterBreakdown: placement.id } });
    return { caseId: next.id, opened: !open };
  },
});

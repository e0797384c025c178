import "server-only";
import {
  checkDecision, checkMoveDate, checkNotice, checkPlannedMove, partiesToInform, SECTION_52_CRITERIA, wishesOutcome, type MatchingRefusal,
} from "@/domain/matching";
import { checkMovePlacement, checkStartPlacement, movedPlacements } from "@/domain/people/placements";
import { defineCommand, type CommandContext } from "@/server/command";
import { AppError, conflict, notFound, ruleViolation, type FieldErrors } from "@/server/errors";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/server/dates";
import { reachMatchingCase } from "./access";
import { loadMatchingSnapshot } from "./snapshot";
import { decideInput, noticeInput, recordMoveInput } from "./decision-schemas";

// The § 52 decision and what follows it: the placement it creates, telling the parties, the move.

const refuseAll = (refusals: MatchingRefusal[]) => {
  const fieldErrors: FieldErrors = {};
  for (const r of refusals) (fieldErrors[r.field] ??= []).push({ key: `reasons.${r.reason}`, params: r.params });
  return new AppError("RULE", refusals[0]!.reason, { reason: refusals[0]!.reason, params: refusals[0]!.params, fieldErrors });
};
const refusePeople = (r: { reason: string; params?: Record<string, string | number>; field: string } | null, field: string) => {
  if (r) throw ruleViolation(r.reason, r.params, field);
};

async function reach(ctx: CommandContext, caseId: string) {
  const c = await reachMatchingCase(ctx.tx, ctx.actor, caseId, "matching.decide");
  if (!c) throw notFound();
  await ctx.tx.$queryRaw`SELECT 1 FROM "MatchingCase" WHERE "id" = ${c.id} FOR UPDATE`;
  await ctx.tx.$queryRaw`SELECT 1 FROM "Child" WHERE "id" = ${c.childId} FOR UPDATE`;
  return c;
}

/** The wishes a decision must answer: those written down (a person not heard has no wish to answer). */
async function wishesToAnswer(ctx: CommandContext, caseId: string) {
  return ctx.tx.matchingWish.findMany({ where: { caseId, notHeardReason: null, NOT: { words: "" } }, orderBy: { createdAt: "asc" }, select: { id: true, person: true } });
}

export const decideMatch = defineCommand({
  name: "decideMatch",
  permission: "matching.decide",
  input: decideInput,
  async run(ctx, input) {
    const { tx, today, audit } = ctx;
    const c = await reach(ctx, input.caseId);
    const [snapshot, wishes, profile, full] = await Promise.all([
      loadMatchingSnapshot(tx, c.id),
      wishesToAnswer(ctx, c.id),
      tx.matchingProfile.findFirst({ where: { caseId: c.id }, orderBy: { version: "desc" }, select: { inSchool: true, hasSiblings: true } }),
      tx.matchingCase.findUniqueOrThrow({ where: { id: c.id }, select: { version: true, legalBasis: true, child: { select: { birthDate: true, placements: { select: { id: true, siteId: true, startDate: true, endDate: true, version: true } } } } } }),
    ]);
    if (full.version !== input.version) throw conflict();
    const criteria = SECTION_52_CRITERIA.map((k) => ({ criterion: k, rating: input.criteria[k]?.rating ?? null, reason: input.criteria[k]?.reason ?? "" }));
    const answers = wishes.map((w) => ({ wishId: w.id, answer: input.wishes[w.id]?.answer ?? null, reason: input.wishes[w.id]?.reason ?? "" }));
    const refusals = checkDecision(snapshot, { candidateId: input.candidateId, decidedOn: input.decidedOn, criteria, wishes: answers },
      { wishIds: wishes.map((w) => w.id), context: { inSchool: profile?.inSchool ?? true, hasSiblings: profile?.hasSiblings ?? true } }, today);
    const move = checkPlannedMove(input.decidedOn, input.moveOn);
    if (move) refusals.push(move);
    if (refusals.length) throw refuseAll(refusals);

    const candidate = await tx.matchingCandidate.findUniqueOrThrow({ where: { id: input.candidateId }, select: { id: true, site: { select: { id: true, kind: true, name: true } } } });
    const child = {
      birthDate: fromDbDate(full.child.birthDate),
      placements: full.child.placements.map((p) => ({ ...p, startDate: fromDbDate(p.startDate), endDate: fromDbDateOrNull(p.endDate) })),
    };
    // The placement may start on a planned day after the decision: the placement rules are asked as of that day.
    const asOf = input.moveOn > today ? input.moveOn : today;
    const open = child.placements.find((p) => p.endDate === null);
    if (open) {
      refusePeople(checkMovePlacement(open, { toSiteId: candidate.site.id, moveDate: input.moveOn }, asOf), "moveOn");
      const { oldEndDate, endReason } = movedPlacements(input.moveOn);
      const { count } = await tx.placement.updateMany({ where: { id: open.id, version: open.version, endDate: null }, data: { endDate: toDbDate(oldEndDate), endReasonKind: endReason, version: { increment: 1 } } });
      if (count !== 1) throw conflict();
      await audit({ action: "UPDATE", recordType: "Placement", recordId: open.id, familyId: c.child.familyId, details: { ended: endReason, byMatchingCase: c.id } });
    } else {
      refusePeople(checkStartPlacement(child, input.moveOn, asOf), "moveOn");
    }
    const placement = await tx.placement.create({
      data: { childId: c.childId, siteId: candidate.site.id, type: candidate.site.kind, legalBasis: full.legalBasis, startDate: toDbDate(input.moveOn) },
      select: { id: true },
    });
    const person = new Map(wishes.map((w) => [w.id, w.person]));
    const decision = await tx.matchingDecision.create({
      data: {
        caseId: c.id, candidateId: candidate.id, decidedOn: toDbDate(input.decidedOn), decidedById: ctx.actor.id,
        criteria, wishes: answers,
        childWishOutcome: wishesOutcome(answers.filter((a) => person.get(a.wishId) === "CHILD").map((a) => a.answer)),
        parentWishOutcome: wishesOutcome(answers.filter((a) => person.get(a.wishId) !== "CHILD").map((a) => a.answer)),
        placementId: placement.id,
      },
      select: { id: true },
    });
    const { count } = await tx.matchingCase.updateMany({ where: { id: c.id, version: input.version }, data: { stage: "TRANSITION", proposedCandidateId: candidate.id, version: { increment: 1 } } });
    if (count !== 1) throw conflict();
    await audit({ action: "CREATE", recordType: "Placement", recordId: placement.id, familyId: c.child.familyId, details: { childId: c.childId, toSiteId: candidate.site.id, toSite: candidate.site.name, byMatchingCase: c.id } });
    await audit({ action: "CREATE", recordType: "MatchingDecision", recordId: decision.id, familyId: c.child.familyId, details: { caseId: c.id, candidateId: candidate.id } });
    return { caseId: c.id, placementId: placement.id };
  },
});

export const recordDecisionNotice = defineCommand({
  name: "recordDecisionNotice",
  permission: "matching.decide",
  input: noticeInput,
  async run(ctx, input) {
    const c = await reach(ctx, input.caseId);
    const full = await ctx.tx.matchingCase.findUniqueOrThrow({
      where: { id: c.id },
      select: { decision: { select: { decidedOn: true } }, child: { select: { id: true, birthDate: true, family: { select: { parents: { select: { id: true, hasCustody: true } } } } } } },
    });
    if (!full.decision) throw ruleViolation("MATCH_STAGE_NOT_NEXT", undefined, "partyId");
    const decidedOn = fromDbDate(full.decision.decidedOn);
    const parties = partiesToInform({ id: full.child.id, birthDate: fromDbDate(full.child.birthDate) }, full.child.family.parents, decidedOn);
    const refusal = checkNotice(parties, { kind: input.partyKind, id: input.partyId }, decidedOn, input.communicatedOn, ctx.today);
    if (refusal) throw ruleViolation(refusal.reason, refusal.params, refusal.field);
    const data = { communicatedOn: toDbDate(input.communicatedOn), how: input.how, recordedById: ctx.actor.id };
    const row = await ctx.tx.decisionNotice.upsert({
      where: { caseId_partyKind_partyId: { caseId: c.id, partyKind: input.partyKind, partyId: input.partyId } },
      create: { caseId: c.id, partyKind: input.partyKind, partyId: input.partyId, ...data },
      update: data,
      select: { id: true },
    });
    await ctx.audit({ action: "UPDATE", recordType: "DecisionNotice", recordId: row.id, familyId: c.child.familyId, details: { caseId: c.id, partyKind: input.partyKind } });
    return { caseId: c.id };
  },
});

/** The day the child actually moved: the placement starts that day (and a previous one ends that day). */
export const recordMove = defineCommand({
  name: "recordMove",
  permission: "matching.decide",
  input: recordMoveInput,
  async run(ctx, input) {
    const { tx, today } = ctx;
    const c = await reach(ctx, input.caseId);
    const snapshot = await loadMatchingSnapshot(tx, c.id);
    const refusal = checkMoveDate(snapshot, input.moveDate, today);
    if (refusal) throw ruleViolation(refusal.reason, refusal.params, refusal.field);
    const decision = await tx.matchingDecision.findUniqueOrThrow({ where: { caseId: c.id }, select: { placementId: true, placement: { select: { startDate: true, childId: true } } } });
    const planned = decision.placement.startDate;
    const moved = toDbDate(input.moveDate);
    const { count } = await tx.matchingCase.updateMany({ where: { id: c.id, version: input.version }, data: { moveDate: moved, version: { increment: 1 } } });
    if (count !== 1) throw conflict();
    if (planned.getTime() !== moved.getTime()) {
      await tx.placement.update({ where: { id: decision.placementId }, data: { startDate: moved, version: { increment: 1 } } });
      // The placement the child left ended on the planned day; it ends on the real one instead.
      await tx.placement.updateMany({ where: { childId: decision.placement.childId, endDate: planned, endReasonKind: "MOVED", id: { not: decision.placementId } }, data: { endDate: moved, version: { increment: 1 } } });
    }
    await ctx.audit({ action: "UPDATE", recordType: "MatchingCase", recordId: c.id, familyId: c.child.familyId, details: { moveDate: input.moveDate } });
    return { caseId: c.id };
  },
});

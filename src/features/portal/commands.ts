import "server-only";
import { checkActivePlanGoals } from "@/domain/method";
import { checkFileRequest, checkParentRatings, checkPlanResponse, fileAccessDueOn } from "@/domain/parents";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { toDbDate } from "@/server/dates";
import type { Tx } from "@/server/audit";
import { methodConfigFor } from "@/features/method-config";
import { writeAgreement } from "@/features/plan/agreement-write";
import { ownFamilyOrThrow } from "./reach";
import { commentOnPlanInput, rateGoalsInput, requestFileAccessInput, respondToPlanInput } from "./schemas";

const refuse = (r: { reason: string; params?: Record<string, string | number>; field?: string }) => ruleViolation(r.reason, r.params, r.field);

/** A closed case is history: the parent reads it, but answers, ratings and comments are over. */
function assertOpen(family: { stage: string }) {
  if (family.stage === "CLOSED") throw ruleViolation("PORTAL_CASE_CLOSED");
}

/**
 * The parent agrees to the draft put before them (it becomes the agreed plan, recorded as agreed in the
 * portal by this parent at this time, the earlier agreed version history), or says no and why (the draft
 * stays a draft for the caseworker to take up). Either way the answer names the exact version read.
 */
export const respondToPlan = defineCommand({
  name: "respondToPlan",
  permission: "portal.respond",
  input: respondToPlanInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await ownFamilyOrThrow(tx, actor, "portal.respond");
    assertOpen(family);
    const version = await tx.actionPlanVersion.findFirst({
      where: { id: input.planVersionId, plan: { familyId: family.id }, OR: [{ status: { not: "DRAFT" } }, { offeredToParentsAt: { not: null } }] },
      select: { id: true, planId: true, status: true, version: true, offeredToParentsAt: true, goals: { where: { status: "ACTIVE" }, select: { id: true } }, plan: { select: { family: { select: { municipality: { select: { settings: true } } } } } } },
    });
    if (!version) throw notFound();
    const agreed = input.answer === "AGREE";
    const refusal = checkPlanResponse({ status: version.status, offeredToParents: !!version.offeredToParentsAt }, { agreed, reason: input.reason });
    if (refusal) throw refuse(refusal);
    if (version.version !== input.rowVersion) throw conflict();
    if (agreed) {
      const goals = checkActivePlanGoals(version.goals.length, methodConfigFor(version.plan.family.municipality.settings));
      if (!goals.ok) throw refuse(goals);
      await writeAgreement(tx, { planId: version.planId, draftId: version.id, rowVersion: input.rowVersion, agreedOn: today, agreedHow: "PORTAL", agreedById: actor.id });
      await audit({ action: "UPDATE", recordType: "ActionPlanVersion", recordId: version.id, familyId: family.id, details: { agreed: true, via: "portal" } });
    }
    const response = await tx.planResponse.create({
      data: { planVersionId: version.id, parentId: family.parentId, agreed, reason: agreed ? "" : input.reason, versionSeen: input.rowVersion },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "PlanResponse", recordId: response.id, familyId: family.id, details: { agreed } });
    return { agreed };
  },
});

async function activeAgreedGoalIds(tx: Tx, familyId: string): Promise<Set<string>> {
  const goals = await tx.goal.findMany({ where: { status: "ACTIVE", planVersion: { status: "AGREED", plan: { familyId } } }, select: { id: true } });
  return new Set(goals.map((g) => g.id));
}

/** The parent's own 0–10 for each goal of their agreed plan, with a line in their own words. */
export const rateGoals = defineCommand({
  name: "rateGoals",
  permission: "portal.rate",
  input: rateGoalsInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await ownFamilyOrThrow(tx, actor, "portal.rate");
    assertOpen(family);
    const refusal = checkParentRatings(await activeAgreedGoalIds(tx, family.id), input.ratings);
    if (refusal) throw refuse(refusal);
    const rated = input.ratings.filter((r): r is typeof r & { rating: number } => r.rating !== null);
    // Rating a goal again the same day corrects that day's rating.
    await tx.parentGoalRating.deleteMany({ where: { parentId: family.parentId, ratedOn: toDbDate(today), goalId: { in: rated.map((r) => r.goalId) } } });
    await tx.parentGoalRating.createMany({
      data: rated.map((r) => ({ familyId: family.id, parentId: family.parentId, goalId: r.goalId, rating: r.rating, note: r.note, ratedOn: toDbDate(today) })),
    });
    await audit({ action: "CREATE", recordType: "ParentGoalRating", familyId: family.id, details: { goals: rated.length } });
    return { rated: rated.length };
  },
});

/** A wish or comment from the parent for the plan's next revision; the caseworker sees it with the plan. */
export const commentOnPlan = defineCommand({
  name: "commentOnPlan",
  permission: "portal.comment",
  input: commentOnPlanInput,
  async run({ actor, tx, audit }, input) {
    const family = await ownFamilyOrThrow(tx, actor, "portal.comment");
    assertOpen(family);
    const comment = await tx.parentPlanComment.create({ data: { familyId: family.id, parentId: family.parentId, text: input.text }, select: { id: true } });
    await audit({ action: "CREATE", recordType: "ParentPlanComment", recordId: comment.id, familyId: family.id });
    return { id: comment.id };
  },
});

/** A request for access to one's own case file (forvaltningsloven § 9), due in 7 working days. */
export const requestFileAccess = defineCommand({
  name: "requestFileAccess",
  permission: "portal.fileRequest",
  input: requestFileAccessInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await ownFamilyOrThrow(tx, actor, "portal.fileRequest");
    const open = await tx.fileAccessRequest.count({ where: { parentId: family.parentId, answeredOn: null } });
    const refusal = checkFileRequest(open);
    if (refusal) throw refuse(refusal);
    const dueOn = fileAccessDueOn(today);
    const request = await tx.fileAccessRequest.create({
      data: { familyId: family.id, parentId: family.parentId, text: input.text, requestedOn: toDbDate(today), dueOn: toDbDate(dueOn) },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "FileAccessRequest", recordId: request.id, familyId: family.id, details: { dueOn } });
    return { dueOn };
  },
});

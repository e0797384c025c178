import "server-only";
import { acceptTarget, checkDecide, checkPropose, type PlanRefusal, type PlanVersionRef } from "@/domain/plan";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import type { Tx } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import type { Permission } from "@/server/authz/policy";
import { assertCaseWritable } from "@/features/families/writable";
import { acceptPlanProposalInput, declinePlanProposalInput, proposePlanChangeInput } from "./proposal-schemas";

function refuse(refusal: PlanRefusal | null): void {
  if (refusal) throw ruleViolation(refusal.reason, undefined, refusal.field);
}

/** The family through the actor's reach for `permission`, refused when the case is closed. */
async function writableFamily(tx: Tx, actor: Actor, familyId: string, permission: Permission) {
  const family = await tx.family.findFirst({ where: { id: familyId, ...familyScope(actor, permission) }, select: { id: true, stage: true } });
  if (!family) throw notFound();
  assertCaseWritable(family);
  return family;
}

async function planVersions(tx: Tx, familyId: string): Promise<PlanVersionRef[]> {
  return tx.actionPlanVersion.findMany({ where: { plan: { familyId } }, orderBy: { number: "desc" }, select: { id: true, number: true, status: true } });
}

/**
 * The family therapist proposes a change to the plan as a note; only the caseworker changes the
 * plan. The form carries the version the therapist read: a plan agreed anew meanwhile is a conflict.
 */
export const proposePlanChange = defineCommand({
  name: "proposePlanChange",
  permission: "plan.proposeNote",
  input: proposePlanChangeInput,
  async run({ actor, tx, audit }, input) {
    await writableFamily(tx, actor, input.familyId, "plan.proposeNote");
    const versions = await planVersions(tx, input.familyId);
    const goals = await tx.goal.findMany({ where: { planVersionId: input.planVersionId, planVersion: { plan: { familyId: input.familyId } } }, select: { lineageId: true, title: true } });
    const check = checkPropose(versions, { planVersionId: input.planVersionId, goalLineageId: input.goalLineageId }, goals.map((g) => g.lineageId));
    if (!check.ok) {
      if ("conflict" in check) throw conflict();
      refuse(check);
      throw conflict();
    }
    const proposal = await tx.planProposal.create({
      data: {
        familyId: input.familyId, planVersionId: check.version.id, planVersionNumber: check.version.number,
        goalLineageId: input.goalLineageId, goalTitle: goals.find((g) => g.lineageId === input.goalLineageId)?.title ?? null,
        body: input.body, proposedById: actor.id,
      },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "PlanProposal", recordId: proposal.id, familyId: input.familyId, details: { planVersion: check.version.number } });
    return { proposalId: proposal.id };
  },
});

/** The proposal of this family as the caseworker's form saw it; a decision made meanwhile is a conflict. */
async function openProposal(tx: Tx, familyId: string, proposalId: string, rowVersion: number) {
  const proposal = await tx.planProposal.findFirst({ where: { id: proposalId, familyId }, select: { id: true, status: true, version: true } });
  if (!proposal) throw notFound();
  if (proposal.version !== rowVersion) throw conflict();
  refuse(checkDecide(proposal.status));
  return proposal;
}

/**
 * Accepting puts the proposal into the plan's next version: noted on the open draft, or on a new
 * draft copied from the version in force. The caseworker then works it in with the parents and
 * records their agreement as for any draft.
 */
export const acceptPlanProposal = defineCommand({
  name: "acceptPlanProposal",
  permission: "plan.write",
  input: acceptPlanProposalInput,
  async run({ actor, tx, now, audit }, input) {
    await writableFamily(tx, actor, input.familyId, "plan.write");
    const proposal = await openProposal(tx, input.familyId, input.proposalId, input.rowVersion);
    // Two acceptances at once must not start two drafts: they queue on the plan row.
    const [plan] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ActionPlan" WHERE "familyId" = ${input.familyId} FOR UPDATE`;
    if (!plan) throw notFound();
    const target = acceptTarget(await planVersions(tx, input.familyId));
    let draft = { id: "", number: target.number };
    if (target.kind === "existingDraft") {
      draft = { id: target.draftId, number: target.number };
    } else {
      const from = target.fromVersionId
        ? await tx.actionPlanVersion.findUniqueOrThrow({
            where: { id: target.fromVersionId },
            select: { parentsAccount: true, goals: { orderBy: { position: "asc" }, select: { lineageId: true, position: true, title: true, parentsWords: true, successCriteria: true, supportedBy: true, status: true, dropReason: true } } },
          })
        : { parentsAccount: "", goals: [] };
      const created = await tx.actionPlanVersion.create({
        data: { planId: plan.id, number: target.number, parentsAccount: from.parentsAccount, draftedById: actor.id, goals: { create: from.goals } },
        select: { id: true },
      });
      draft = { id: created.id, number: target.number };
      await audit({ action: "CREATE", recordType: "ActionPlanVersion", recordId: created.id, familyId: input.familyId, details: { fromProposal: proposal.id } });
    }
    const { count } = await tx.planProposal.updateMany({
      where: { id: proposal.id, version: input.rowVersion, status: "OPEN" },
      data: { status: "ACCEPTED", decidedById: actor.id, decidedAt: now, draftVersionId: draft.id, draftNumber: draft.number, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await audit({ action: "UPDATE", recordType: "PlanProposal", recordId: proposal.id, familyId: input.familyId, details: { accepted: true, draftNumber: draft.number, newDraft: target.kind === "newDraft" } });
    return { draftVersionId: draft.id, draftNumber: draft.number, newDraft: target.kind === "newDraft" };
  },
});

/** Declining needs a reason the therapist can read (the schema makes it a required field). */
export const declinePlanProposal = defineCommand({
  name: "declinePlanProposal",
  permission: "plan.write",
  input: declinePlanProposalInput,
  async run({ actor, tx, now, audit }, input) {
    await writableFamily(tx, actor, input.familyId, "plan.write");
    const proposal = await openProposal(tx, input.familyId, input.proposalId, input.rowVersion);
    const { count } = await tx.planProposal.updateMany({
      where: { id: proposal.id, version: input.rowVersion, status: "OPEN" },
      data: { status: "DECLINED", decidedById: actor.id, decidedAt: now, declineReason: input.reason, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await audit({ action: "UPDATE", recordType: "PlanProposal", recordId: proposal.id, familyId: input.familyId, details: { declined: true } });
    return { proposalId: proposal.id };
  },
});

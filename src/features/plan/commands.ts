import "server-only";
import { randomUUID } from "node:crypto";
import { checkActivePlanGoals } from "@/domain/method";
import { checkDiscard } from "@/domain/plan";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import type { Tx } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import type { Permission } from "@/server/authz/policy";
import { methodConfigFor } from "@/features/method-config";
import { assertCaseWritable } from "@/features/families/writable";
import { agreePlanInput, discardPlanDraftInput, savePlanDraftInput } from "./schemas";
import { writeAgreement } from "./agreement-write";

async function openCase(tx: Tx, actor: Actor, familyId: string, permission: Permission) {
  const family = await tx.family.findFirst({
    where: { id: familyId, ...familyScope(actor, permission) },
    select: { id: true, stage: true, plan: { select: { id: true } }, municipality: { select: { settings: true } } },
  });
  if (!family) throw notFound();
  assertCaseWritable(family);
  const plan = family.plan ?? (await tx.actionPlan.create({ data: { familyId }, select: { id: true } }));
  return { family, planId: plan.id, config: methodConfigFor(family.municipality.settings) };
}

/** Saves the editor: edits the open draft in place, or starts a new version after an agreed one. */
export const savePlanDraft = defineCommand({
  name: "savePlanDraft",
  permission: "plan.write",
  input: savePlanDraftInput,
  async run({ actor, tx, audit }, input) {
    const { planId, config } = await openCase(tx, actor, input.familyId, "plan.write");
    const activeGoals = input.goals.filter((g) => g.status === "ACTIVE").length;
    const goalCheck = checkActivePlanGoals(activeGoals, config);
    if (!goalCheck.ok) throw ruleViolation(goalCheck.reason, goalCheck.params, "goals");

    const latest = await tx.actionPlanVersion.findFirst({ where: { planId }, orderBy: { number: "desc" }, select: { id: true, number: true, status: true, version: true } });
    if ((latest?.id ?? null) !== input.basedOnVersionId) throw conflict();
    if (latest && latest.version !== input.basedOnRowVersion) throw conflict();

    const known = new Set(
      (await tx.goal.findMany({ where: { planVersion: { planId } }, select: { lineageId: true }, distinct: ["lineageId"] })).map((g) => g.lineageId),
    );
    const goals = input.goals.map((g, position) => ({
      lineageId: g.lineageId && known.has(g.lineageId) ? g.lineageId : randomUUID(),
      position,
      title: g.title,
      parentsWords: g.parentsWords,
      successCriteria: g.successCriteria,
      supportedBy: g.supportedBy,
      status: g.status,
      dropReason: g.status === "DROPPED" ? g.dropReason : null,
    }));

    if (latest?.status === "DRAFT") {
      const { count } = await tx.actionPlanVersion.updateMany({
        where: { id: latest.id, version: latest.version, status: "DRAFT" },
        data: { parentsAccount: input.parentsAccount, version: { increment: 1 } },
      });
      if (count === 0) throw conflict();
      await tx.goal.deleteMany({ where: { planVersionId: latest.id, ratings: { none: {} } } });
      if (await tx.goal.count({ where: { planVersionId: latest.id } })) throw conflict();
      await tx.goal.createMany({ data: goals.map((g) => ({ ...g, planVersionId: latest.id })) });
      await audit({ action: "UPDATE", recordType: "ActionPlanVersion", recordId: latest.id, familyId: input.familyId });
      return { planVersionId: latest.id };
    }
    const created = await tx.actionPlanVersion.create({
      data: { planId, number: (latest?.number ?? 0) + 1, parentsAccount: input.parentsAccount, draftedById: actor.id, goals: { create: goals } },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "ActionPlanVersion", recordId: created.id, familyId: input.familyId });
    return { planVersionId: created.id };
  },
});

/** Records the parents' agreement: the draft becomes the agreed plan, the previous agreed one history. */
export const agreePlan = defineCommand({
  name: "agreePlan",
  permission: "plan.agree",
  input: agreePlanInput,
  async run({ actor, tx, today, audit }, input) {
    const { planId, config } = await openCase(tx, actor, input.familyId, "plan.agree");
    const draft = await tx.actionPlanVersion.findFirst({
      where: { id: input.planVersionId, planId },
      select: { id: true, status: true, version: true, goals: { where: { status: "ACTIVE" }, select: { id: true } } },
    });
    if (!draft) throw notFound();
    if (draft.status !== "DRAFT") throw ruleViolation("PLAN_ALREADY_AGREED");
    if (input.agreedOn > today) throw ruleViolation("DATE_IN_FUTURE", undefined, "agreedOn");
    const goalCheck = checkActivePlanGoals(draft.goals.length, config);
    if (!goalCheck.ok) throw ruleViolation(goalCheck.reason, goalCheck.params, "goals");

    await writeAgreement(tx, { planId, draftId: draft.id, rowVersion: input.rowVersion, agreedOn: input.agreedOn, agreedHow: input.agreedHow, agreedById: actor.id });
    await audit({ action: "UPDATE", recordType: "ActionPlanVersion", recordId: draft.id, familyId: input.familyId, details: { agreed: true } });
    return { planVersionId: draft.id };
  },
});

/**
 * Throws away the open draft (its goals go with it). An agreed or superseded version is the plan's
 * history and is never removed. The "awaiting agreement" reminder is computed from draft rows, so it
 * goes with the draft; proposals accepted into it keep the draft's number.
 */
export const discardPlanDraft = defineCommand({
  name: "discardPlanDraft",
  permission: "plan.write",
  input: discardPlanDraftInput,
  async run({ actor, tx, audit }, input) {
    const family = await tx.family.findFirst({ where: { id: input.familyId, ...familyScope(actor, "plan.write") }, select: { id: true, stage: true } });
    if (!family) throw notFound();
    assertCaseWritable(family);
    const draft = await tx.actionPlanVersion.findFirst({
      where: { id: input.planVersionId, plan: { familyId: input.familyId } },
      select: { id: true, number: true, status: true, version: true },
    });
    if (!draft) throw notFound();
    const refusal = checkDiscard(draft);
    if (refusal) throw ruleViolation(refusal.reason);
    const { count } = await tx.actionPlanVersion.deleteMany({ where: { id: draft.id, version: input.rowVersion, status: "DRAFT" } });
    if (count === 0) throw conflict();
    await audit({ action: "DELETE", recordType: "ActionPlanVersion", recordId: draft.id, familyId: input.familyId, details: { number: draft.number, discardedDraft: true } });
    return { planVersionId: draft.id };
  },
});

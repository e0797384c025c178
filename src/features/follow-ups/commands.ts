import "server-only";
import { checkRecordFollowUp, currentPhase } from "@/domain/method";
import { defineCommand } from "@/server/command";
import { notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import { toDbDate } from "@/server/dates";
import { methodConfigFor } from "@/features/method-config";
import { loadSnapshot } from "@/features/phases/snapshot";
import { commitFamilyState } from "@/features/phases/state";
import { recordFollowUpInput } from "./schemas";

/**
 * A follow-up with one rating per active goal of the agreed plan. The form's request id makes a
 * double submit return the first follow-up instead of recording a second one.
 */
export const recordFollowUp = defineCommand({
  name: "recordFollowUp",
  permission: "followUp.write",
  input: recordFollowUpInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await tx.family.findFirst({
      where: { id: input.familyId, ...familyScope(actor, "followUp.write") },
      select: { id: true, municipality: { select: { settings: true } } },
    });
    if (!family) throw notFound();
    const existing = await tx.followUp.findUnique({ where: { requestId: input.requestId }, select: { id: true, familyId: true } });
    if (existing) {
      if (existing.familyId !== input.familyId) throw notFound();
      return { followUpId: existing.id, duplicate: true };
    }
    const config = methodConfigFor(family.municipality.settings);
    const snapshot = await loadSnapshot(tx, input.familyId);
    const check = checkRecordFollowUp(snapshot, input.date, today, config);
    if (!check.ok) throw ruleViolation(check.reason, check.params, check.field ?? "date");
    const phase = currentPhase(snapshot)!;

    const activeGoals = await tx.goal.findMany({
      where: { status: "ACTIVE", planVersion: { status: "AGREED", plan: { familyId: input.familyId } } },
      select: { id: true },
    });
    const rated = new Set(input.ratings.map((r) => r.goalId));
    if (rated.size !== input.ratings.length || activeGoals.length !== rated.size || !activeGoals.every((g) => rated.has(g.id))) {
      throw ruleViolation("RATINGS_MUST_COVER_ACTIVE_GOALS", undefined, "ratings");
    }
    const followUp = await tx.followUp.create({
      data: {
        familyId: input.familyId, phaseId: phase.id, date: toDbDate(input.date), heldById: actor.id, requestId: input.requestId,
        parentsPresent: input.parentsPresent, withWhom: input.withWhom, agreedUntilNext: input.agreedUntilNext,
        ratings: { create: input.ratings.map((r) => ({ goalId: r.goalId, rating: r.rating, note: r.note })) },
      },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "FollowUp", recordId: followUp.id, familyId: input.familyId });
    // The follow-up is the only change to the case, so the snapshot read above plus it is the new state.
    const after = { ...snapshot, followUps: [...snapshot.followUps, { date: input.date, phaseId: phase.id }] };
    await commitFamilyState(tx, input.familyId, null, after, today, config);
    return { followUpId: followUp.id, duplicate: false };
  },
});

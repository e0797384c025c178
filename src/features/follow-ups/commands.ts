import "server-only";
import { checkRating, checkRecordFollowUp } from "@/domain/method";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import { toDbDate } from "@/server/dates";
import { methodConfigFor } from "@/features/method-config";
import { loadSnapshot } from "@/features/phases/snapshot";
import { commitFamilyState } from "@/features/phases/state";
import { assertCaseWritable } from "@/features/families/writable";
import { recordFollowUpInput } from "./schemas";

/**
 * A follow-up with one rating per active goal of the agreed plan. The form's request id makes a
 * double submit return the first follow-up instead of recording a second one. The form also carries
 * the phase and its row version: the phase row is locked for the rest of the transaction, so a
 * concurrent endPhase either waits for this save (and is then refused by the family version) or
 * has already ended the phase (and this save is refused as stale). A follow-up can therefore never
 * be dated after its phase's end.
 */
export const recordFollowUp = defineCommand({
  name: "recordFollowUp",
  permission: "followUp.write",
  input: recordFollowUpInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await tx.family.findFirst({
      where: { id: input.familyId, ...familyScope(actor, "followUp.write") },
      select: { id: true, stage: true, municipality: { select: { settings: true } } },
    });
    if (!family) throw notFound();
    const existing = await tx.followUp.findUnique({ where: { requestId: input.requestId }, select: { id: true, familyId: true } });
    if (existing) {
      if (existing.familyId !== input.familyId) throw notFound();
      return { followUpId: existing.id, duplicate: true };
    }
    assertCaseWritable(family);
    const [phaseRow] = await tx.$queryRaw<{ version: number }[]>`
      SELECT "version" FROM "Phase" WHERE "id" = ${input.phaseId} AND "familyId" = ${input.familyId} FOR UPDATE`;
    if (!phaseRow) throw notFound();
    if (phaseRow.version !== input.phaseVersion) throw conflict();

    const config = methodConfigFor(family.municipality.settings);
    // Read after the lock, so the rules see the phase as it is now, not as it was before waiting.
    const snapshot = await loadSnapshot(tx, input.familyId);
    const check = checkRecordFollowUp(snapshot, input.date, today, config, input.phaseId);
    if (!check.ok) throw ruleViolation(check.reason, check.params, check.field ?? "date");
    for (const [i, r] of input.ratings.entries()) {
      const refusal = checkRating(r.rating, `ratings.${i}.rating`);
      if (refusal) throw ruleViolation(refusal.reason, refusal.params, refusal.field);
    }

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
        familyId: input.familyId, phaseId: check.phaseId, date: toDbDate(input.date), heldById: actor.id, requestId: input.requestId,
        parentsPresent: input.parentsPresent, withWhom: input.withWhom, agreedUntilNext: input.agreedUntilNext,
        ratings: { create: input.ratings.map((r) => ({ goalId: r.goalId, rating: r.rating, note: r.note })) },
      },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "FollowUp", recordId: followUp.id, familyId: input.familyId });
    // The follow-up is the only change to the case, so the snapshot read above plus it is the new state.
    const after = { ...snapshot, followUps: [...snapshot.followUps, { date: input.date, phaseId: check.phaseId }] };
    await commitFamilyState(tx, input.familyId, null, after, config);
    return { followUpId: followUp.id, duplicate: false };
  },
});

import "server-only";
import { MUNICIPAL_STAFF } from "./users-roles";
import { checkDeactivation, planHandover, type HandoverTarget, type StaffRole } from "@/domain/people";
import { defineCommand } from "@/server/command";
import { notFound, ruleViolation } from "@/server/errors";
import { staffKey, writeStaffChange } from "@/features/people/staff-write";
import { openCaseloadOf, openFamiliesOf } from "./users-caseload";
import { handoverInput } from "./users-schemas";

/**
 * A leaver's open families go to colleagues in one transaction: every family changes hands, or
 * none does. Each family's change is the same staff change a caseworker makes on the family page
 * (planStaffChange, writeStaffChange, AssignmentHistory), audited per family and once as a whole.
 * The administrator works from counts; only the coordinator, who may read the families, picks by name.
 */
export const handOverCaseload = defineCommand({
  name: "handOverCaseload",
  permission: "caseload.handover",
  input: handoverInput,
  async run({ actor, tx, now, audit }, input) {
    const municipalityId = actor.municipalityId;
    if (!municipalityId) throw notFound();
    const leaver = await tx.user.findFirst({ where: { id: input.leaverId, municipalityId, ...MUNICIPAL_STAFF }, select: { id: true, active: true } });
    if (!leaver) throw notFound();
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${leaver.id} FOR UPDATE`;
    if (input.familyIds.length && actor.role !== "COORDINATOR") throw ruleViolation("HANDOVER_FAMILY_UNKNOWN", undefined, "familyIds");

    const chosen = input.familyIds.length ? [...new Set(input.familyIds)] : undefined;
    let families = await openFamiliesOf(tx, leaver.id, municipalityId, chosen);
    if (chosen && families.length !== chosen.length) throw ruleViolation("HANDOVER_FAMILY_UNKNOWN", undefined, "familyIds");
    if (input.roles.length) families = families.filter((f) => f.holders.some((h) => h.userId === leaver.id && input.roles.includes(h.role)));
    for (const f of families) await tx.$queryRaw`SELECT 1 FROM "Family" WHERE "id" = ${f.familyId} FOR UPDATE`;

    const targetIds = [...new Set(input.targetIds)];
    if (targetIds.includes(leaver.id)) throw ruleViolation("HANDOVER_TARGET_IS_LEAVER", undefined, "targetIds");
    const found = await tx.user.findMany({
      where: { id: { in: targetIds }, municipalityId, active: true, role: { in: ["CASEWORKER", "THERAPIST"] } },
      select: { id: true, role: true },
    });
    if (found.length !== targetIds.length) throw ruleViolation("UNKNOWN_STAFF", undefined, "targetIds");
    // In the order the form listed them, so "round-robin" starts where the user expects.
    const targets: HandoverTarget[] = targetIds.map((id) => ({ userId: id, role: found.find((u) => u.id === id)!.role as StaffRole }));

    const plan = planHandover(leaver.id, families, targets);
    if (!plan.ok) throw ruleViolation(plan.reason, plan.params, plan.field);
    for (const move of plan.moves) {
      const family = families.find((f) => f.familyId === move.familyId)!;
      await writeStaffChange(tx, { id: family.familyId, createdAt: family.createdAt }, move, { actorId: actor.id, now });
      await audit({
        action: "UPDATE", recordType: "FamilyAssignment", recordId: family.familyId, familyId: family.familyId,
        details: { leaving: move.leaving.map(staffKey), joining: move.joining.map(staffKey), handover: leaver.id },
      });
    }

    let deactivated = false;
    if (input.deactivate && leaver.active) {
      if (leaver.id === actor.id) throw ruleViolation("NOT_YOURSELF", undefined, "deactivate");
      const refusal = checkDeactivation(await openCaseloadOf(tx, leaver.id));
      if (refusal) throw ruleViolation(refusal.reason, refusal.params, "deactivate");
      await tx.userSession.updateMany({ where: { userId: leaver.id, revokedAt: null }, data: { revokedAt: now, revokedReason: "ADMIN" } });
      await tx.user.update({ where: { id: leaver.id }, data: { active: false, version: { increment: 1 } } });
      deactivated = true;
    }
    const perTarget: Record<string, number> = {};
    for (const m of plan.moves) perTarget[m.toUserId] = (perTarget[m.toUserId] ?? 0) + 1;
    await audit({ action: "UPDATE", recordType: "CaseloadHandover", recordId: leaver.id, details: { moved: plan.moves.length, perTarget, deactivated } });
    return { moved: plan.moves.length, perTarget, deactivated };
  },
});

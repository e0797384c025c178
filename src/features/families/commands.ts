import "server-only";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import { toDbDate } from "@/server/dates";
import { assertCaseWritable } from "./writable";
import { enrolFamilyInput, updateChildInput, updateFamilyInput, updateParentInput } from "./schemas";

export const enrolFamily = defineCommand({
  name: "enrolFamily",
  permission: "family.enrol",
  input: enrolFamilyInput,
  async run({ actor, tx, today, now, audit }, input) {
    if (input.enrolledOn > today) throw ruleViolation("DATE_IN_FUTURE", undefined, "enrolledOn");
    const municipalityId = actor.municipalityId!;
    if (input.therapistId) {
      const therapist = await tx.user.findFirst({ where: { id: input.therapistId, role: "THERAPIST", municipalityId, active: true }, select: { id: true } });
      if (!therapist) throw ruleViolation("UNKNOWN_THERAPIST", undefined, "therapistId");
    }
    const siteIds = input.children.flatMap((c) => (c.placement ? [c.placement.siteId] : []));
    if (siteIds.length && (await tx.placementSite.count({ where: { id: { in: siteIds } } })) !== new Set(siteIds).size) {
      throw ruleViolation("UNKNOWN_SITE", undefined, "children");
    }
    const family = await tx.family.create({
      data: {
        municipalityId,
        displayName: input.displayName,
        caseNumber: input.caseNumber || null,
        targetGroup: input.targetGroup ?? null,
        enrolledOn: toDbDate(input.enrolledOn),
        stage: "START_UP",
        assignments: {
          create: [
            { userId: actor.id, role: "CASEWORKER" },
            ...(input.therapistId ? [{ userId: input.therapistId, role: "THERAPIST" as const }] : []),
          ],
        },
        parents: { create: input.parents.map((p) => ({ ...p, email: p.email || null, phone: p.phone || null, address: p.address || null })) },
        phases: { create: [{ kind: "START_UP", startDate: toDbDate(input.enrolledOn), startedById: actor.id }] },
        plan: { create: {} },
        assignmentHistory: {
          create: [
            { userId: actor.id, role: "CASEWORKER", fromAt: now, changedById: actor.id },
            ...(input.therapistId ? [{ userId: input.therapistId, role: "THERAPIST" as const, fromAt: now, changedById: actor.id }] : []),
          ],
        },
      },
      select: { id: true },
    });
    for (const child of input.children) {
      await tx.child.create({
        data: {
          familyId: family.id,
          name: child.name,
          birthDate: toDbDate(child.birthDate),
          placements: child.placement
            ? { create: [{ ...child.placement, startDate: toDbDate(child.placement.startDate) }] }
            : undefined,
        },
      });
    }
    await audit({ action: "CREATE", recordType: "Family", recordId: family.id, familyId: family.id });
    return { familyId: family.id };
  },
});

export const updateFamily = defineCommand({
  name: "updateFamily",
  permission: "family.edit",
  input: updateFamilyInput,
  async run({ actor, tx, audit }, input) {
    const family = await tx.family.findFirst({ where: { id: input.familyId, ...familyScope(actor, "family.edit") }, select: { stage: true } });
    if (!family) throw notFound();
    assertCaseWritable(family);
    const { count } = await tx.family.updateMany({
      where: { id: input.familyId, version: input.version },
      data: { displayName: input.displayName, caseNumber: input.caseNumber || null, targetGroup: input.targetGroup ?? null, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await audit({ action: "UPDATE", recordType: "Family", recordId: input.familyId, familyId: input.familyId });
    return { familyId: input.familyId };
  },
});

export const updateParent = defineCommand({
  name: "updateParent",
  permission: "family.edit",
  input: updateParentInput,
  async run({ actor, tx, audit }, { familyId, parentId, version, ...fields }) {
    const family = await tx.family.findFirst({ where: { id: familyId, ...familyScope(actor, "family.edit") }, select: { stage: true } });
    if (!family) throw notFound();
    assertCaseWritable(family);
    const { count } = await tx.parent.updateMany({
      where: { id: parentId, familyId, version },
      data: { ...fields, email: fields.email || null, phone: fields.phone || null, address: fields.address || null, version: { increment: 1 } },
    });
    if (count === 0) {
      if (!(await tx.parent.count({ where: { id: parentId, familyId } }))) throw notFound();
      throw conflict();
    }
    await audit({ action: "UPDATE", recordType: "Parent", recordId: parentId, familyId });
    return { parentId };
  },
});

export const updateChild = defineCommand({
  name: "updateChild",
  permission: "family.edit",
  input: updateChildInput,
  async run({ actor, tx, audit }, { familyId, childId, version, name, birthDate }) {
    const family = await tx.family.findFirst({ where: { id: familyId, ...familyScope(actor, "family.edit") }, select: { stage: true } });
    if (!family) throw notFound();
    assertCaseWritable(family);
    const { count } = await tx.child.updateMany({
      where: { id: childId, familyId, version },
      data: { name, birthDate: toDbDate(birthDate), version: { increment: 1 } },
    });
    if (count === 0) {
      if (!(await tx.child.count({ where: { id: childId, familyId } }))) throw notFound();
      throw conflict();
    }
    await audit({ action: "UPDATE", recordType: "Child", recordId: childId, familyId });
    return { childId };
  },
});

import "server-only";
import {
  checkBirthDate, checkEndPlacement, checkMovePlacement, checkStartPlacement, movedPlacements, planStaffChange, staffToken,
  type PeopleRefusal, type PlacementEndReason, type StaffHolder,
} from "@/domain/people";
import type { CalendarDate } from "@/domain/method";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import type { Permission } from "@/server/authz/policy";
import type { Actor } from "@/server/authz/actor";
import type { Tx } from "@/server/audit";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/server/dates";
import { assertCaseWritable } from "@/features/families/writable";
import { staffKey, writeStaffChange } from "./staff-write";
import { addChildInput, addParentInput, changeStaffInput, endPlacementInput, movePlacementInput, startPlacementInput } from "./schemas";

function refuse(refusal: PeopleRefusal | null): void {
  if (refusal) throw ruleViolation(refusal.reason, refusal.params, refusal.field);
}

/** The family through the actor's reach, locked for the rest of the transaction, refused when closed. */
async function writableFamily(tx: Tx, actor: Actor, familyId: string, permission: Permission) {
  const family = await tx.family.findFirst({ where: { id: familyId, ...familyScope(actor, permission) }, select: { id: true, stage: true, municipalityId: true, createdAt: true } });
  if (!family) throw notFound();
  await tx.$queryRaw`SELECT 1 FROM "Family" WHERE "id" = ${familyId} FOR UPDATE`;
  assertCaseWritable(family);
  return family;
}

/** A child of the family with all its placements, its row locked so two placement changes queue up. */
async function lockedChild(tx: Tx, familyId: string, childId: string) {
  const [row] = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Child" WHERE "id" = ${childId} AND "familyId" = ${familyId} FOR UPDATE`;
  if (!row) throw notFound();
  const child = await tx.child.findUniqueOrThrow({
    where: { id: childId },
    select: { id: true, birthDate: true, placements: { select: { id: true, siteId: true, startDate: true, endDate: true, version: true, site: { select: { name: true } } } } },
  });
  return {
    ...child,
    birthDate: fromDbDate(child.birthDate),
    placements: child.placements.map((p) => ({ ...p, startDate: fromDbDate(p.startDate), endDate: fromDbDateOrNull(p.endDate) })),
  };
}

async function siteOrRefuse(tx: Tx, siteId: string, field: string) {
  const site = await tx.placementSite.findUnique({ where: { id: siteId }, select: { id: true, name: true } });
  if (!site) throw ruleViolation("UNKNOWN_SITE", undefined, field);
  return site;
}

export const addChild = defineCommand({
  name: "addChild",
  permission: "family.people",
  input: addChildInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await writableFamily(tx, actor, input.familyId, "family.people");
    refuse(checkBirthDate(input.birthDate, today));
    const child = await tx.child.create({ data: { familyId: family.id, name: input.name, birthDate: toDbDate(input.birthDate) }, select: { id: true } });
    await audit({ action: "CREATE", recordType: "Child", recordId: child.id, familyId: family.id });
    return { childId: child.id };
  },
});

export const addParent = defineCommand({
  name: "addParent",
  permission: "family.people",
  input: addParentInput,
  async run({ actor, tx, audit }, { familyId, ...fields }) {
    const family = await writableFamily(tx, actor, familyId, "family.people");
    const parent = await tx.parent.create({
      data: { ...fields, familyId: family.id, email: fields.email || null, phone: fields.phone || null, address: fields.address || null },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "Parent", recordId: parent.id, familyId: family.id });
    return { parentId: parent.id };
  },
});

export const startPlacement = defineCommand({
  name: "startPlacement",
  permission: "placement.write",
  input: startPlacementInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await writableFamily(tx, actor, input.familyId, "placement.write");
    const child = await lockedChild(tx, family.id, input.childId);
    const site = await siteOrRefuse(tx, input.siteId, "siteId");
    refuse(checkStartPlacement(child, input.startDate, today));
    const placement = await tx.placement.create({
      data: { childId: child.id, siteId: site.id, type: input.type, legalBasis: input.legalBasis, startDate: toDbDate(input.startDate) },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "Placement", recordId: placement.id, familyId: family.id, details: { childId: child.id, fromSiteId: null, toSiteId: site.id, toSite: site.name } });
    return { placementId: placement.id };
  },
});

/**
 * One command, one transaction: the old placement ends on the move date and the new one starts.
 * Site reach comes from the open placement, so the old site loses the child and the new site gets
 * it at the commit, never both and never neither.
 */
export const movePlacement = defineCommand({
  name: "movePlacement",
  permission: "placement.write",
  input: movePlacementInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await writableFamily(tx, actor, input.familyId, "placement.write");
    const { child, placement: old } = await placementAsOpened(tx, family.id, input.placementId, input.version);
    const site = await siteOrRefuse(tx, input.toSiteId, "toSiteId");
    refuse(checkMovePlacement(old, { toSiteId: site.id, moveDate: input.moveDate }, today));
    const { oldEndDate, newStartDate, endReason } = movedPlacements(input.moveDate);
    await closePlacement(tx, old.id, input.version, { endDate: oldEndDate, endReasonKind: endReason, endReason: null });
    const created = await tx.placement.create({
      data: { childId: child.id, siteId: site.id, type: input.type, legalBasis: input.legalBasis, startDate: toDbDate(newStartDate) },
      select: { id: true },
    });
    const details = { childId: child.id, fromSiteId: old.siteId, fromSite: old.site.name, toSiteId: site.id, toSite: site.name, moveDate: input.moveDate };
    await audit({ action: "UPDATE", recordType: "Placement", recordId: old.id, familyId: family.id, details: { ...details, ended: endReason } });
    await audit({ action: "CREATE", recordType: "Placement", recordId: created.id, familyId: family.id, details });
    return { placementId: created.id, childId: child.id };
  },
});

export const endPlacement = defineCommand({
  name: "endPlacement",
  permission: "placement.write",
  input: endPlacementInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await writableFamily(tx, actor, input.familyId, "placement.write");
    const { child, placement } = await placementAsOpened(tx, family.id, input.placementId, input.version);
    refuse(checkEndPlacement(placement, child.birthDate, { endDate: input.endDate, reason: input.endReason, text: input.endReasonText }, today));
    await closePlacement(tx, placement.id, input.version, { endDate: input.endDate, endReasonKind: input.endReason, endReason: input.endReasonText || null });
    await audit({
      action: "UPDATE", recordType: "Placement", recordId: placement.id, familyId: family.id,
      details: { childId: child.id, fromSiteId: placement.siteId, fromSite: placement.site.name, toSiteId: null, ended: input.endReason },
    });
    return { placementId: placement.id };
  },
});

/**
 * The whole line-up in one go: FamilyAssignment becomes the new holders (reach follows at once) and
 * AssignmentHistory closes the leavers' rows and opens the joiners'. A caseworker who hands the
 * family over loses it with this command; the result says so, so the form does not open a page the
 * user can no longer see.
 */
export const changeStaff = defineCommand({
  name: "changeStaff",
  permission: "family.staff",
  input: changeStaffInput,
  async run({ actor, tx, now, audit }, input) {
    const family = await writableFamily(tx, actor, input.familyId, "family.staff");
    const current: StaffHolder[] = await tx.familyAssignment.findMany({ where: { familyId: family.id }, select: { userId: true, role: true } });
    if (staffToken(current) !== input.staffToken) throw conflict();
    const plan = planStaffChange(current, { caseworkerId: input.caseworkerId, therapistIds: input.therapistIds });
    if (!plan.ok) throw ruleViolation(plan.reason, plan.params, plan.field);
    for (const h of plan.joining) {
      const ok = await tx.user.count({ where: { id: h.userId, role: h.role, municipalityId: family.municipalityId, active: true } });
      if (!ok) throw ruleViolation("UNKNOWN_STAFF", undefined, h.role === "CASEWORKER" ? "caseworkerId" : "therapistIds");
    }
    await writeStaffChange(tx, family, plan, { actorId: actor.id, now });
    await audit({ action: "UPDATE", recordType: "FamilyAssignment", recordId: family.id, familyId: family.id, details: { leaving: plan.leaving.map(staffKey), joining: plan.joining.map(staffKey) } });
    const stillReaches = (await tx.family.count({ where: { id: family.id, ...familyScope(actor, "family.view") } })) > 0;
    return { familyId: family.id, stillReaches };
  },
});

/** The family's placement as the form saw it (its version), with the child locked: a change made meanwhile is a conflict. */
async function placementAsOpened(tx: Tx, familyId: string, placementId: string, version: number) {
  const owner = await tx.placement.findFirst({ where: { id: placementId, child: { familyId } }, select: { childId: true } });
  if (!owner) throw notFound();
  const child = await lockedChild(tx, familyId, owner.childId);
  const placement = child.placements.find((p) => p.id === placementId)!;
  if (placement.version !== version) throw conflict();
  return { child, placement };
}

/** Ends the open placement, once: a second end or move on the same version finds nothing to update. */
async function closePlacement(tx: Tx, placementId: string, version: number, end: { endDate: CalendarDate; endReasonKind: PlacementEndReason; endReason: string | null }) {
  const { count } = await tx.placement.updateMany({
    where: { id: placementId, version, endDate: null },
    data: { endDate: toDbDate(end.endDate), endReasonKind: end.endReasonKind, endReason: end.endReason, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
}

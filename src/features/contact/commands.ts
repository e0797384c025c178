import "server-only";
import { canRecordSession, checkContactPlan } from "@/domain/contact/schedule";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope, siteChildScope } from "@/server/authz/scope";
import { fromDbDate, toDbDate } from "@/server/dates";
import { assertCaseWritable } from "@/features/families/writable";
import { rescheduleAfterNewVersion } from "./rolling";
import { commentContactPlanInput, recordSessionInput, saveContactPlanInput } from "./schemas";

/**
 * A new version of a child's contact plan. From its valid-from on (also a past one, at most a year
 * back) unrecorded sessions follow the new rhythm; recorded ones are kept.
 */
export const saveContactPlan = defineCommand({
  name: "saveContactPlan",
  permission: "contactPlan.write",
  input: saveContactPlanInput,
  async run({ actor, tx, today, audit }, input) {
    const child = await tx.child.findFirst({
      where: { id: input.childId, familyId: input.familyId, family: familyScope(actor, "contactPlan.write") },
      select: { id: true, family: { select: { stage: true } } },
    });
    if (!child) throw notFound();
    assertCaseWritable(child.family);
    const check = checkContactPlan(input);
    if (!check.ok) throw ruleViolation(check.reason, undefined, check.field);

    const existing = (await tx.contactPlan.findFirst({ where: { childId: child.id }, select: { id: true } })) ??
      (await tx.contactPlan.create({ data: { childId: child.id }, select: { id: true } }));
    // Row lock first: a top-up of this plan running meanwhile waits, then sees the new version.
    await tx.$queryRaw`SELECT id FROM "ContactPlan" WHERE id = ${existing.id} FOR UPDATE`;
    const plan = await tx.contactPlan.findUniqueOrThrow({ where: { id: existing.id }, select: { id: true, sessionsUntil: true } });
    const latest = await tx.contactPlanVersion.findFirst({ where: { contactPlanId: plan.id }, orderBy: { number: "desc" }, select: { number: true } });
    if ((latest?.number ?? 0) !== input.basedOnNumber) throw conflict();
    const version = await tx.contactPlanVersion.create({
      data: {
        contactPlanId: plan.id, number: input.basedOnNumber + 1, frequency: input.frequency, customDates: input.customDates.map(toDbDate),
        durationMinutes: input.durationMinutes, place: input.place, supervised: input.supervised, supervisedBy: input.supervisedBy || null,
        mode: input.mode, validFrom: toDbDate(input.validFrom), validTo: input.validTo ? toDbDate(input.validTo) : null, notes: input.notes, createdById: actor.id,
      },
      select: { id: true, number: true },
    });

    const sessions = await rescheduleAfterNewVersion(tx, plan, input.validFrom, today);
    await audit({ action: "UPDATE", recordType: "ContactPlan", recordId: plan.id, familyId: input.familyId, details: { version: version.number, ...sessions } });
    return { contactPlanId: plan.id, number: version.number };
  },
});

/** The placement site records whether a session took place, only for a child placed with it. */
export const recordContactSession = defineCommand({
  name: "recordContactSession",
  permission: "contactSession.record",
  input: recordSessionInput,
  async run({ actor, tx, today, audit }, input) {
    const session = await tx.contactSession.findFirst({
      where: { id: input.sessionId, contactPlan: { child: siteChildScope(actor) } },
      select: { id: true, date: true, contactPlan: { select: { child: { select: { family: { select: { id: true, municipalityId: true, stage: true } } } } } } },
    });
    if (!session) throw notFound();
    assertCaseWritable(session.contactPlan.child.family);
    const check = canRecordSession({ date: fromDbDate(session.date) }, today);
    if (!check.ok) throw ruleViolation(check.reason, undefined, "status");
    const { count } = await tx.contactSession.updateMany({
      where: { id: session.id, version: input.version },
      data: { status: input.status, observation: input.observation, recordedById: actor.id, recordedAt: new Date(), version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    const family = session.contactPlan.child.family;
    await audit({ action: "UPDATE", recordType: "ContactSession", recordId: session.id, familyId: family.id, municipalityId: family.municipalityId, details: { status: input.status } });
    return { sessionId: session.id };
  },
});

/** A placement consultant's remark on a contact plan of a child at a site they consult for. */
export const commentContactPlan = defineCommand({
  name: "commentContactPlan",
  permission: "contactPlan.comment",
  input: commentContactPlanInput,
  async run({ actor, tx, audit }, input) {
    const plan = await tx.contactPlan.findFirst({
      where: { id: input.contactPlanId, child: { family: familyScope(actor, "contactPlan.view") } },
      select: { id: true, child: { select: { familyId: true, family: { select: { stage: true } } } } },
    });
    if (!plan) throw notFound();
    assertCaseWritable(plan.child.family);
    const comment = await tx.contactPlanComment.create({ data: { contactPlanId: plan.id, authorId: actor.id, body: input.body }, select: { id: true } });
    await audit({ action: "CREATE", recordType: "ContactPlanComment", recordId: comment.id, familyId: plan.child.familyId });
    return { commentId: comment.id };
  },
});

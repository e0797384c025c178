import "server-only";
import { checkFileAnswer, checkInvite, checkOffer, checkReopen, checkSuspend, parentAccessState } from "@/domain/parents";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import { fromDbDate, fromDbDateOrNull, toDbDate } from "@/server/dates";
import type { Tx } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import type { Permission } from "@/server/authz/policy";
import { issueAccountToken } from "@/server/auth/account-tokens";
import { assertCaseWritable } from "@/features/families/writable";
import { endAllSessions } from "@/features/admin/users-commands";
import { answerFileRequestInput, inviteParentInput, offerPlanInput, parentAccessInput, shareSiteInput } from "./schemas";

const refuse = (r: { reason: string; params?: Record<string, string | number>; field?: string }) => ruleViolation(r.reason, r.params, r.field);

async function reachFamily(tx: Tx, actor: Actor, familyId: string, permission: Permission) {
  const family = await tx.family.findFirst({ where: { id: familyId, ...familyScope(actor, permission) }, select: { id: true, stage: true, municipalityId: true } });
  if (!family) throw notFound();
  return family;
}

/** The parent record of the family, with its login if any: the state the access rules decide on. */
async function parentWithLogin(tx: Tx, familyId: string, parentId: string) {
  const parent = await tx.parent.findFirst({
    where: { id: parentId, familyId },
    select: { id: true, name: true, portalUser: { select: { id: true, email: true, name: true, locale: true, active: true, passwordHash: true, _count: { select: { sessions: true } } } } },
  });
  if (!parent) throw notFound();
  const login = parent.portalUser;
  const state = parentAccessState(login ? { active: login.active, hasSignedIn: !!login.passwordHash || login._count.sessions > 0 } : null);
  return { parent, login, state };
}

/**
 * Gives a parent their own way in: a PARENT login bound to this parent record, and a single-use link to set
 * it up (e-mailed when SMTP is on, else shown once to pass on in person). Inviting again before the link was
 * used replaces the link and may correct the address.
 */
export const inviteParent = defineCommand({
  name: "inviteParent",
  permission: "parentAccess.manage",
  input: inviteParentInput,
  async run({ actor, tx, now, audit }, input) {
    const family = await reachFamily(tx, actor, input.familyId, "parentAccess.manage");
    assertCaseWritable(family);
    const { parent, login, state } = await parentWithLogin(tx, family.id, input.parentId);
    const refusal = checkInvite(state);
    if (refusal) throw refuse(refusal);
    const taken = await tx.user.count({ where: { email: input.email, ...(login ? { id: { not: login.id } } : {}) } });
    if (taken) throw ruleViolation("PARENT_EMAIL_TAKEN", undefined, "email");
    const user = login
      ? await tx.user.update({ where: { id: login.id }, data: { email: input.email, version: { increment: 1 } }, select: { id: true, email: true, name: true, locale: true } })
      : await tx.user.create({
        data: { email: input.email, name: parent.name, role: "PARENT", municipalityId: family.municipalityId, parentId: parent.id },
        select: { id: true, email: true, name: true, locale: true },
      });
    const invitation = await issueAccountToken(tx, { userId: user.id, purpose: "INVITATION", createdById: actor.id, now });
    await audit({ action: login ? "UPDATE" : "CREATE", recordType: "ParentAccess", recordId: user.id, familyId: family.id, details: { parentId: parent.id } });
    await audit({ action: "CREATE", recordType: "Invitation", recordId: user.id, familyId: family.id, details: { expiresAt: invitation.expiresAt.toISOString() } });
    return { user, ...invitation };
  },
});

/** Suspends a parent's access at once: the login stops working and every open session of it ends. */
export const suspendParentAccess = defineCommand({
  name: "suspendParentAccess",
  permission: "parentAccess.manage",
  input: parentAccessInput,
  async run({ actor, tx, now, audit }, input) {
    const family = await reachFamily(tx, actor, input.familyId, "parentAccess.manage");
    const { login, state } = await parentWithLogin(tx, family.id, input.parentId);
    const refusal = checkSuspend(state);
    if (refusal || !login) throw refuse(refusal ?? { reason: "PARENT_ACCESS_NONE" });
    await tx.user.update({ where: { id: login.id }, data: { active: false, version: { increment: 1 } } });
    await tx.accountToken.updateMany({ where: { userId: login.id, usedAt: null }, data: { usedAt: now } });
    const ended = await endAllSessions(tx, login.id, now);
    await audit({ action: "UPDATE", recordType: "ParentAccess", recordId: login.id, familyId: family.id, details: { active: false, sessionsEnded: ended } });
    return { ok: true };
  },
});

/** Opens a suspended access again; the parent logs in as before. */
export const reopenParentAccess = defineCommand({
  name: "reopenParentAccess",
  permission: "parentAccess.manage",
  input: parentAccessInput,
  async run({ actor, tx, audit }, input) {
    const family = await reachFamily(tx, actor, input.familyId, "parentAccess.manage");
    assertCaseWritable(family);
    const { login, state } = await parentWithLogin(tx, family.id, input.parentId);
    const refusal = checkReopen(state);
    if (refusal || !login) throw refuse(refusal ?? { reason: "PARENT_ACCESS_NOT_SUSPENDED" });
    await tx.user.update({ where: { id: login.id }, data: { active: true, version: { increment: 1 } } });
    await audit({ action: "UPDATE", recordType: "ParentAccess", recordId: login.id, familyId: family.id, details: { active: true } });
    return { ok: true };
  },
});

/** The caseworker's decision whether the parents may see where the child lives and how to reach the site. */
export const shareSiteWithParents = defineCommand({
  name: "shareSiteWithParents",
  permission: "parentAccess.manage",
  input: shareSiteInput,
  async run({ actor, tx, audit }, input) {
    const family = await reachFamily(tx, actor, input.familyId, "parentAccess.manage");
    assertCaseWritable(family);
    const { count } = await tx.placement.updateMany({
      where: { id: input.placementId, endDate: null, child: { familyId: family.id }, version: input.rowVersion },
      data: { siteSharedWithParents: input.shared, version: { increment: 1 } },
    });
    if (count === 0) {
      if (!(await tx.placement.count({ where: { id: input.placementId, endDate: null, child: { familyId: family.id } } }))) throw notFound();
      throw conflict();
    }
    await audit({ action: "UPDATE", recordType: "Placement", recordId: input.placementId, familyId: family.id, details: { siteSharedWithParents: input.shared } });
    return { shared: input.shared };
  },
});

/** Puts the draft before the parents in their portal; a later save of the draft asks them again. */
export const offerPlanToParents = defineCommand({
  name: "offerPlanToParents",
  permission: "plan.write",
  input: offerPlanInput,
  async run({ actor, tx, now, audit }, input) {
    const family = await reachFamily(tx, actor, input.familyId, "plan.write");
    assertCaseWritable(family);
    const version = await tx.actionPlanVersion.findFirst({ where: { id: input.planVersionId, plan: { familyId: family.id } }, select: { id: true, status: true } });
    if (!version) throw notFound();
    const refusal = checkOffer(version);
    if (refusal) throw refuse(refusal);
    // The row version is kept: an offer does not change what the parents read, so an open editor stays valid.
    const { count } = await tx.actionPlanVersion.updateMany({ where: { id: version.id, version: input.rowVersion, status: "DRAFT" }, data: { offeredToParentsAt: now } });
    if (count === 0) throw conflict();
    await audit({ action: "UPDATE", recordType: "ActionPlanVersion", recordId: version.id, familyId: family.id, details: { offeredToParents: true } });
    return { ok: true };
  },
});

/** Records that the parent's request for access to their file was answered, and when. */
export const answerFileRequest = defineCommand({
  name: "answerFileRequest",
  permission: "fileRequest.answer",
  input: answerFileRequestInput,
  async run({ actor, tx, today, audit }, input) {
    const family = await reachFamily(tx, actor, input.familyId, "fileRequest.answer");
    const request = await tx.fileAccessRequest.findFirst({ where: { id: input.requestId, familyId: family.id }, select: { id: true, requestedOn: true, answeredOn: true, version: true } });
    if (!request) throw notFound();
    const refusal = checkFileAnswer({ answeredOn: fromDbDateOrNull(request.answeredOn), requestedOn: fromDbDate(request.requestedOn) }, input.answeredOn, today);
    if (refusal) throw refuse(refusal);
    const { count } = await tx.fileAccessRequest.updateMany({
      where: { id: request.id, version: input.rowVersion, answeredOn: null },
      data: { answeredOn: toDbDate(input.answeredOn), answeredById: actor.id, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    await audit({ action: "UPDATE", recordType: "FileAccessRequest", recordId: request.id, familyId: family.id, details: { answeredOn: input.answeredOn } });
    return { ok: true };
  },
});

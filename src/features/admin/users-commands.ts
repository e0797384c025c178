import "server-only";
import { MUNICIPAL_STAFF } from "./users-roles";
import { checkDeactivation, checkRoleChange, type UserAdminReason } from "@/domain/people";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import type { Actor } from "@/server/authz/actor";
import type { Tx } from "@/server/audit";
import { issueAccountToken } from "@/server/auth/account-tokens";
import { accountKey } from "@/server/auth/throttle";
import { openCaseloadOf } from "./users-caseload";
import { createUserInput, setUserActiveInput, updateUserInput, userRefInput } from "./users-schemas";

const refuse = (r: { reason: UserAdminReason; field: string; params?: Record<string, string | number> } | null) => {
  if (r) throw ruleViolation(r.reason, r.params, r.field);
};

/**
 * A user the administrator manages here: their own municipality's staff. Site users belong to the
 * sites admin; anyone else is NOT_FOUND (and the attempt is audited), never "forbidden".
 */
async function managedUser(tx: Tx, actor: Actor, userId: string) {
  if (!actor.municipalityId) throw notFound();
  const user = await tx.user.findFirst({
    where: { id: userId, municipalityId: actor.municipalityId, ...MUNICIPAL_STAFF },
    select: { id: true, email: true, name: true, role: true, active: true, version: true, locale: true, passwordHash: true, municipalityId: true },
  });
  if (!user) throw notFound();
  await tx.$queryRaw`SELECT 1 FROM "User" WHERE "id" = ${user.id} FOR UPDATE`;
  return user;
}

/** Ends every login of the user now: a deactivated user must not keep working in an open tab. */
export async function endAllSessions(tx: Tx, userId: string, now: Date): Promise<number> {
  const { count } = await tx.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now, revokedReason: "ADMIN" } });
  return count;
}

export const createUser = defineCommand({
  name: "createUser",
  permission: "admin.users",
  input: createUserInput,
  async run({ actor, tx, now, audit }, input) {
    if (!actor.municipalityId) throw notFound();
    const taken = await tx.user.count({ where: { email: input.email } });
    if (taken) throw ruleViolation("EMAIL_TAKEN", undefined, "email");
    const user = await tx.user.create({
      data: { name: input.name, email: input.email, role: input.role, municipalityId: actor.municipalityId },
      select: { id: true, email: true, name: true, locale: true },
    });
    const invitation = await issueAccountToken(tx, { userId: user.id, purpose: "INVITATION", createdById: actor.id, now });
    await audit({ action: "CREATE", recordType: "User", recordId: user.id, details: { role: input.role } });
    // The token itself never reaches the log: only that one was issued and until when.
    await audit({ action: "CREATE", recordType: "Invitation", recordId: user.id, details: { expiresAt: invitation.expiresAt.toISOString() } });
    return { user, ...invitation };
  },
});

/** A new link for someone who has not chosen a password yet; the earlier link stops working. */
export const reinviteUser = defineCommand({
  name: "reinviteUser",
  permission: "admin.users",
  input: userRefInput,
  async run({ actor, tx, now, audit }, input) {
    const user = await managedUser(tx, actor, input.userId);
    if (user.passwordHash) throw ruleViolation("ALREADY_HAS_PASSWORD", undefined, "userId");
    if (!user.active) throw ruleViolation("USER_INACTIVE", undefined, "userId");
    const invitation = await issueAccountToken(tx, { userId: user.id, purpose: "INVITATION", createdById: actor.id, now });
    await audit({ action: "CREATE", recordType: "Invitation", recordId: user.id, details: { expiresAt: invitation.expiresAt.toISOString(), renewed: true } });
    return { user: { id: user.id, email: user.email, name: user.name, locale: user.locale }, ...invitation };
  },
});

export const updateUser = defineCommand({
  name: "updateUser",
  permission: "admin.users",
  input: updateUserInput,
  async run({ actor, tx, audit }, input) {
    const user = await managedUser(tx, actor, input.userId);
    if (user.version !== input.version) throw conflict();
    if (user.id === actor.id && input.role !== user.role) throw ruleViolation("NOT_YOURSELF", undefined, "role");
    refuse(checkRoleChange(user.role, input.role, await openCaseloadOf(tx, user.id)));
    await tx.user.update({ where: { id: user.id }, data: { name: input.name, role: input.role, version: { increment: 1 } } });
    const changed = { ...(user.name !== input.name ? { name: true } : {}), ...(user.role !== input.role ? { role: { from: user.role, to: input.role } } : {}) };
    await audit({ action: "UPDATE", recordType: "User", recordId: user.id, details: changed });
    return { userId: user.id };
  },
});

export const setUserActive = defineCommand({
  name: "setUserActive",
  permission: "admin.users",
  input: setUserActiveInput,
  async run({ actor, tx, now, audit }, input) {
    const user = await managedUser(tx, actor, input.userId);
    if (user.version !== input.version) throw conflict();
    if (user.active === input.active) throw conflict();
    let ended = 0;
    if (!input.active) {
      if (user.id === actor.id) throw ruleViolation("NOT_YOURSELF", undefined, "active");
      refuse(checkDeactivation(await openCaseloadOf(tx, user.id)));
      ended = await endAllSessions(tx, user.id, now);
    }
    await tx.user.update({ where: { id: user.id }, data: { active: input.active, version: { increment: 1 } } });
    await audit({ action: "UPDATE", recordType: "User", recordId: user.id, details: { active: input.active, sessionsEnded: ended } });
    return { userId: user.id, active: input.active, sessionsEnded: ended };
  },
});

/** Lifts the login throttle on the account and on every address it was tried from (the person called IT). */
export const unlockLogin = defineCommand({
  name: "unlockLogin",
  permission: "admin.users",
  input: userRefInput,
  async run({ actor, tx, audit }, input) {
    const user = await managedUser(tx, actor, input.userId);
    const pairPrefix = `pair:${JSON.stringify([user.email]).slice(0, -1)},`;
    const { count } = await tx.loginThrottle.deleteMany({ where: { OR: [{ key: accountKey(user.email) }, { key: { startsWith: pairPrefix } }] } });
    await audit({ action: "UPDATE", recordType: "LoginThrottle", recordId: user.id, details: { cleared: count } });
    return { userId: user.id, cleared: count };
  },
});


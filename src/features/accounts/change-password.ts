import "server-only";
import { z } from "zod";
import { checkNewPassword, PASSWORD_MAX_LENGTH } from "@/domain/accounts/password-policy";
import { getDb, type Db } from "@/server/db";
import { writeAudit } from "@/server/audit";
import type { Actor } from "@/server/authz/actor";
import type { CommandResult } from "@/server/command";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { accountDelayMs, accountKey, clearFailures, ipKey, lockedKeys, pairKey, readThrottle, recordFailure } from "@/server/auth/throttle";

export const changePasswordInput = z.object({
  currentPassword: z.string().max(PASSWORD_MAX_LENGTH * 4),
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
  repeat: z.string().max(PASSWORD_MAX_LENGTH * 4),
});

export type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/**
 * The signed-in user changes their own password: the current one first (a wrong one counts against
 * the same login throttle as a failed login, so an open screen is no way around it), then the
 * password rule; on success the argon2 hash is stored and every other login of the user ends, in
 * one transaction, audited. A refusal changes nothing but the throttle's count.
 */
export async function changeOwnPassword(
  actor: Actor | null, raw: unknown,
  meta: { ip: string | null; now?: Date; db?: Db; sleep?: Sleep },
): Promise<CommandResult<{ sessionsEnded: number }>> {
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const parsed = changePasswordInput.safeParse(raw);
  if (!parsed.success) return { ok: false, code: "VALIDATION", fieldErrors: { _form: [{ key: "validation.invalid" }] } };
  const input = parsed.data;
  const now = meta.now ?? new Date();
  const db = meta.db ?? (await getDb());
  const { ip } = meta;
  const email = actor.email.toLowerCase();

  if (await lockedKeys(db, [pairKey(email, ip), ipKey(ip)], now)) {
    await recordFailure(db, accountKey(email), "account", now);
    await writeAudit(db, actor, { action: "UPDATE", outcome: "DENIED", recordType: "User", recordId: actor.id, details: { passwordChange: "throttled" } }, { ip });
    return { ok: false, code: "THROTTLED" };
  }
  await (meta.sleep ?? realSleep)(accountDelayMs(await readThrottle(db, accountKey(email)), now));

  const stored = await db.user.findUnique({ where: { id: actor.id }, select: { passwordHash: true, active: true, name: true, email: true } });
  if (!stored?.active) return { ok: false, code: "UNAUTHENTICATED" };
  if (!(await verifyPassword(stored.passwordHash, input.currentPassword))) {
    await recordFailure(db, pairKey(email, ip), "pair", now);
    await recordFailure(db, ipKey(ip), "ip", now);
    await recordFailure(db, accountKey(email), "account", now);
    await writeAudit(db, actor, { action: "UPDATE", outcome: "FAILURE", recordType: "User", recordId: actor.id, details: { passwordChange: "wrong current password" } }, { ip });
    return { ok: false, code: "VALIDATION", fieldErrors: { currentPassword: [{ key: "credentials.change.wrongCurrent" }] } };
  }
  const refusal = checkNewPassword(input.password, input.repeat, [stored.name, stored.email]);
  if (refusal) {
    const field = refusal.reason === "PASSWORD_MISMATCH" ? "repeat" : "password";
    return { ok: false, code: "VALIDATION", fieldErrors: { [field]: [{ key: `account.reasons.${refusal.reason}`, params: refusal.params }] } };
  }
  const passwordHash = await hashPassword(input.password);
  const sessionsEnded = await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { passwordHash, version: { increment: 1 } } });
    const { count } = await tx.userSession.updateMany({
      where: { userId: actor.id, revokedAt: null, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) },
      data: { revokedAt: now, revokedReason: "USER_ENDED_OTHERS" },
    });
    await writeAudit(tx, actor, { action: "UPDATE", recordType: "User", recordId: actor.id, details: { passwordChanged: true, sessionsEnded: count } }, { ip });
    return count;
  }, { timeout: 20_000 });
  await clearFailures(db, pairKey(email, ip));
  return { ok: true, data: { sessionsEnded } };
}

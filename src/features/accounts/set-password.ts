import "server-only";
import { z } from "zod";
import { checkNewPassword, PASSWORD_MAX_LENGTH, type PasswordRefusal } from "@/domain/accounts/password-policy";
import { getDb } from "@/server/db";
import { writeAudit } from "@/server/audit";
import { hashPassword } from "@/server/auth/password";
import { accountKey } from "@/server/auth/throttle";
import { checkAccountToken, consumeAccountToken, type TokenCheck } from "@/server/auth/account-tokens";

export const setPasswordInput = z.object({
  token: z.string().max(200),
  password: z.string().max(PASSWORD_MAX_LENGTH * 4),
  repeat: z.string().max(PASSWORD_MAX_LENGTH * 4),
});

export type SetPasswordResult =
  | { ok: true }
  | { ok: false; token: Exclude<TokenCheck, { ok: true }>["reason"] }
  | { ok: false; password: PasswordRefusal };

/**
 * Sets the password of the person a single-use link was issued to, in one transaction: the link is
 * used up, the password stored (argon2), every open session of the account ended and its login
 * throttle cleared. A refused password leaves the link valid, so the person can try again.
 */
export async function setPasswordWithToken(input: z.output<typeof setPasswordInput>, now = new Date()): Promise<SetPasswordResult> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const check = await checkAccountToken(tx, input.token, now);
    if (!check.ok) return { ok: false, token: check.reason } as const;
    const user = await tx.user.findUniqueOrThrow({ where: { id: check.userId }, select: { id: true, name: true, email: true, municipalityId: true } });
    const refusal = checkNewPassword(input.password, input.repeat, [user.name, user.email]);
    if (refusal) return { ok: false, password: refusal } as const;
    const used = await consumeAccountToken(tx, input.token, now);
    if (!used.ok) return { ok: false, token: used.reason } as const;
    await tx.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.password), version: { increment: 1 } } });
    const { count } = await tx.userSession.updateMany({ where: { userId: user.id, revokedAt: null }, data: { revokedAt: now, revokedReason: "USER_ENDED_OTHERS" } });
    await tx.loginThrottle.deleteMany({ where: { key: accountKey(user.email) } });
    await writeAudit(tx, user, { action: "UPDATE", recordType: "User", recordId: user.id, details: { passwordSet: check.purpose, sessionsEnded: count } });
    return { ok: true } as const;
  }, { timeout: 20_000 });
}

/** For the page: whether the link still works, without using it up. */
export async function tokenStatus(token: string): Promise<TokenCheck> {
  return checkAccountToken(await getDb(), token);
}

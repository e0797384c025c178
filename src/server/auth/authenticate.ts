import "server-only";
import type { Db } from "../db";
import { writeAudit } from "../audit";
import { verifyPassword } from "./password";
import { accountKey, clearFailures, ipKey, lockedKeys, recordFailure } from "./throttle";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string } }
  | { ok: false; error: "INVALID_CREDENTIALS" | "THROTTLED" };

/** Password login: throttled per account and address, every outcome audited. */
export async function authenticate(db: Db, emailInput: string, password: string, ip: string | null, now = new Date()): Promise<AuthResult> {
  const email = emailInput.trim().toLowerCase().slice(0, 254);
  const keys = [accountKey(email), ...(ip ? [ipKey(ip)] : [])];
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, municipalityId: true, passwordHash: true },
  });
  const who = user ? { id: user.id, email: user.email, municipalityId: user.municipalityId } : { id: "", email, municipalityId: null };
  const actor = user ? who : null;

  if (await lockedKeys(db, keys, now)) {
    await writeAudit(db, actor, { action: "LOGIN_FAILED", outcome: "DENIED", recordType: "User", recordId: user?.id, details: { email, reason: "throttled" } }, { ip });
    return { ok: false, error: "THROTTLED" };
  }
  const valid = (await verifyPassword(user?.passwordHash ?? null, password)) && !!user?.active;
  if (!valid || !user) {
    await recordFailure(db, accountKey(email), "account", now);
    if (ip) await recordFailure(db, ipKey(ip), "ip", now);
    await writeAudit(db, actor, { action: "LOGIN_FAILED", outcome: "FAILURE", recordType: "User", recordId: user?.id, details: { email } }, { ip });
    return { ok: false, error: "INVALID_CREDENTIALS" };
  }
  await clearFailures(db, accountKey(email));
  await writeAudit(db, who, { action: "LOGIN", recordType: "User", recordId: user.id, details: { method: "password" } }, { ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

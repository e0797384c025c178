import "server-only";
import type { Db } from "../db";
import { writeAudit } from "../audit";
import { verifyPassword } from "./password";
import { warnOwner } from "./login-warning";
import { accountDelayMs, accountKey, clearFailures, ipKey, lockedKeys, pairKey, readThrottle, recordFailure, warningDue } from "./throttle";

export type AuthResult =
  | { ok: true; user: { id: string; email: string; name: string; role: string } }
  | { ok: false; error: "INVALID_CREDENTIALS" | "THROTTLED" };

export type Sleep = (ms: number) => Promise<void>;
const realSleep: Sleep = (ms) => (ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve());

/**
 * Password login, every outcome audited. The (account, address) pair and the address are locked
 * after repeated failures; the account itself is only slowed down (`sleep`, injected by tests), so
 * failures from elsewhere never keep its owner out.
 */
export async function authenticate(db: Db, emailInput: string, password: string, ip: string | null, now = new Date(), sleep: Sleep = realSleep): Promise<AuthResult> {
  const email = emailInput.trim().toLowerCase().slice(0, 254);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, email: true, name: true, role: true, active: true, locale: true, municipalityId: true, passwordHash: true },
  });
  const who = user ? { id: user.id, email: user.email, municipalityId: user.municipalityId } : { id: "", email, municipalityId: null };
  const actor = user ? who : null;

  // An attempt refused by a lock still counts against the account: its owner hears of every try.
  const countAgainstAccount = async () => {
    const state = await recordFailure(db, accountKey(email), "account", now);
    if (user?.active && warningDue(state, state.warnedAt, now)) await warnOwner(db, state.key, user, state.failures, state.warnedAt, now);
  };

  if (await lockedKeys(db, [pairKey(email, ip), ipKey(ip)], now)) {
    await countAgainstAccount();
    await writeAudit(db, actor, { action: "LOGIN_FAILED", outcome: "DENIED", recordType: "User", recordId: user?.id, details: { email, reason: "throttled" } }, { ip });
    return { ok: false, error: "THROTTLED" };
  }
  // Before the password check, for accounts that exist and those that do not alike.
  await sleep(accountDelayMs(await readThrottle(db, accountKey(email)), now));

  const valid = (await verifyPassword(user?.passwordHash ?? null, password)) && !!user?.active;
  if (!valid || !user) {
    await recordFailure(db, pairKey(email, ip), "pair", now);
    await recordFailure(db, ipKey(ip), "ip", now);
    await countAgainstAccount();
    await writeAudit(db, actor, { action: "LOGIN_FAILED", outcome: "FAILURE", recordType: "User", recordId: user?.id, details: { email } }, { ip });
    return { ok: false, error: "INVALID_CREDENTIALS" };
  }
  // The account's count stays: the owner logging in does not end an attack from elsewhere.
  await clearFailures(db, pairKey(email, ip));
  await writeAudit(db, who, { action: "LOGIN", recordType: "User", recordId: user.id, details: { method: "password" } }, { ip });
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}

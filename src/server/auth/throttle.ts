import "server-only";
import type { Db } from "../db";

// Failed logins are counted per account and per client address. Past the free attempts a key is
// locked for a period that doubles with each further failure, up to an hour.
export const THROTTLE = {
  windowMs: 15 * 60_000,
  freeAttempts: { account: 5, ip: 20 },
  baseLockMs: 60_000,
  maxLockMs: 60 * 60_000,
} as const;

export interface ThrottleState {
  failures: number;
  firstAt: Date;
  lockedUntil: Date | null;
}

export function afterFailure(state: ThrottleState | null, kind: "account" | "ip", now: Date): ThrottleState {
  const fresh = !state || now.getTime() - state.firstAt.getTime() > THROTTLE.windowMs && !isLocked(state, now);
  const failures = fresh ? 1 : state.failures + 1;
  const firstAt = fresh ? now : state.firstAt;
  const over = failures - THROTTLE.freeAttempts[kind];
  const lockedUntil = over > 0 ? new Date(now.getTime() + Math.min(THROTTLE.baseLockMs * 2 ** (over - 1), THROTTLE.maxLockMs)) : null;
  return { failures, firstAt, lockedUntil };
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

export const accountKey = (email: string) => `account:${email}`;
export const ipKey = (ip: string) => `ip:${ip}`;

export async function lockedKeys(db: Db, keys: string[], now: Date): Promise<boolean> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  return rows.some((r) => isLocked(r, now));
}

export async function recordFailure(db: Db, key: string, kind: "account" | "ip", now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const current = await tx.loginThrottle.findUnique({ where: { key } });
    const next = afterFailure(current, kind, now);
    await tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  });
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

import "server-only";
import type { Db } from "../db";

// Failed logins are counted per (account, address) pair, per address and per account. A pair or an
// address is locked for a period that doubles with each failure past its free attempts, up to an
// hour. An account is never locked, only slowed down a little: a lock on the account would let
// anyone who knows a caseworker's e-mail address keep them out of their work.
export const THROTTLE = {
  windowMs: 15 * 60_000,
  freeAttempts: { pair: 5, ip: 20, account: 5 },
  baseLockMs: 60_000,
  maxLockMs: 60 * 60_000,
  // Capped so the real user, who waits it out like the attacker, still gets in within seconds.
  baseDelayMs: 250,
  maxDelayMs: 3_000,
  /** The account's owner is warned by e-mail once its failures in the window pass this. */
  warnAfter: 10,
  // A slow attack spans many windows; the owner needs to hear of it, not an e-mail every 15 minutes.
  warnEveryMs: 24 * 60 * 60_000,
} as const;

export type ThrottleKind = keyof typeof THROTTLE.freeAttempts;

export interface ThrottleState {
  failures: number;
  firstAt: Date;
  lockedUntil: Date | null;
}

const windowOver = (state: ThrottleState, now: Date) => now.getTime() - state.firstAt.getTime() > THROTTLE.windowMs;

export function afterFailure(state: ThrottleState | null, kind: ThrottleKind, now: Date): ThrottleState {
  const fresh = !state || (windowOver(state, now) && !isLocked(state, now));
  const failures = fresh ? 1 : state.failures + 1;
  const firstAt = fresh ? now : state.firstAt;
  const over = failures - THROTTLE.freeAttempts[kind];
  const lockedUntil = kind !== "account" && over > 0 ? new Date(now.getTime() + Math.min(THROTTLE.baseLockMs * 2 ** (over - 1), THROTTLE.maxLockMs)) : null;
  return { failures, firstAt, lockedUntil };
}

export function isLocked(state: ThrottleState | null, now: Date): boolean {
  return !!state?.lockedUntil && state.lockedUntil.getTime() > now.getTime();
}

/** The wait before an account's password is checked: 0 for the free attempts, then doubling up to the cap. */
export function accountDelayMs(state: ThrottleState | null, now: Date): number {
  if (!state || windowOver(state, now)) return 0;
  const over = state.failures - THROTTLE.freeAttempts.account;
  return over > 0 ? Math.min(THROTTLE.baseDelayMs * 2 ** (over - 1), THROTTLE.maxDelayMs) : 0;
}

/** Whether this account state calls for a warning to its owner, given when the last one went out. */
export function warningDue(state: ThrottleState, warnedAt: Date | null, now: Date): boolean {
  return state.failures > THROTTLE.warnAfter && (!warnedAt || now.getTime() - warnedAt.getTime() >= THROTTLE.warnEveryMs);
}

// Without a known address every such attempt shares one "unknown" address, so a missing header
// cannot be used to escape the per-address limit.
const address = (ip: string | null) => ip ?? "unknown";
export const accountKey = (email: string) => `account:${email}`;
export const ipKey = (ip: string | null) => `ip:${address(ip)}`;
export const pairKey = (email: string, ip: string | null) => `pair:${JSON.stringify([email, address(ip)])}`;

export async function lockedKeys(db: Db, keys: string[], now: Date): Promise<boolean> {
  const rows = await db.loginThrottle.findMany({ where: { key: { in: keys } } });
  return rows.some((r) => isLocked(r, now));
}

export async function readThrottle(db: Db, key: string) {
  return db.loginThrottle.findUnique({ where: { key } });
}

export async function recordFailure(db: Db, key: string, kind: ThrottleKind, now: Date) {
  return db.$transaction(async (tx) => {
    const current = await tx.loginThrottle.findUnique({ where: { key } });
    const next = afterFailure(current, kind, now);
    return tx.loginThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
  });
}

/**
 * Takes the right to send the account's warning: true for exactly one of several concurrent
 * failures. `previous` is what to give back with `releaseWarning` when the e-mail could not be sent.
 */
export async function claimWarning(db: Db, key: string, previous: Date | null, now: Date): Promise<boolean> {
  const { count } = await db.loginThrottle.updateMany({ where: { key, warnedAt: previous }, data: { warnedAt: now } });
  return count === 1;
}

export async function releaseWarning(db: Db, key: string, previous: Date | null, claimed: Date): Promise<void> {
  await db.loginThrottle.updateMany({ where: { key, warnedAt: claimed }, data: { warnedAt: previous } });
}

export async function clearFailures(db: Db, key: string): Promise<void> {
  await db.loginThrottle.deleteMany({ where: { key } });
}

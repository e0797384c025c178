// When a login stops counting: the JWT only names a server-side session, and these rules decide
// whether that session still stands. Pure, so the boundaries are tested without a database.

/** A working day: no session outlives it, however active. */
export const SESSION_MAX_AGE_MS = 8 * 60 * 60 * 1000;
export const DEFAULT_IDLE_MINUTES = 30;
/** lastSeenAt is written at most this often, so a busy user costs no write per request. */
export const LAST_SEEN_GRANULARITY_MS = 60 * 1000;

export interface SessionTimes {
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  revokedAt: Date | null;
}

export interface SessionLimits {
  idleMinutes: number;
  maxAgeMs: number;
}

export type SessionVerdict = "ACTIVE" | "REVOKED" | "EXPIRED" | "IDLE";

export function sessionVerdict(s: SessionTimes, now: Date, limits: SessionLimits): SessionVerdict {
  if (s.revokedAt) return "REVOKED";
  // The stored expiry and the current cap both apply: lowering the cap also shortens sessions already running.
  const end = Math.min(s.expiresAt.getTime(), s.createdAt.getTime() + limits.maxAgeMs);
  if (now.getTime() >= end) return "EXPIRED";
  if (now.getTime() - s.lastSeenAt.getTime() > limits.idleMinutes * 60_000) return "IDLE";
  return "ACTIVE";
}

export function lastSeenDue(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_GRANULARITY_MS;
}

/** SESSION_IDLE_MINUTES: a whole number of minutes, at least 1; anything else means the default. */
export function idleMinutesFrom(value: string | undefined): number {
  const n = Number(value);
  return value && /^\d+$/.test(value.trim()) && n >= 1 ? n : DEFAULT_IDLE_MINUTES;
}

/** The oldest lastSeenAt and createdAt that still count as active at `now` (for queries that list active sessions). */
export function activeSince(now: Date, limits: SessionLimits): { seenAfter: Date; createdAfter: Date } {
  return { seenAfter: new Date(now.getTime() - limits.idleMinutes * 60_000), createdAfter: new Date(now.getTime() - limits.maxAgeMs) };
}

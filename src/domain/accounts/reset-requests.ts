// How often a password reset may be asked for: per e-mail address (so nobody floods a colleague's
// inbox with reset mails) and per client address (so nobody sprays the form). A fixed window per
// key; past the limit a request is still answered, but nothing is sent.

export const RESET_LIMITS = {
  /** Reset e-mails per address and window: the owner who mistyped, or lost the first mail, asks again. */
  address: { max: 3, windowMs: 60 * 60_000 },
  /** Requests per client address and window, whatever addresses they name. */
  ip: { max: 10, windowMs: 15 * 60_000 },
} as const;

export type ResetLimitKind = keyof typeof RESET_LIMITS;

export interface RequestCount {
  /** Requests counted in the window that began at firstAt. */
  failures: number;
  firstAt: Date;
  lockedUntil: Date | null;
}

const windowOver = (state: RequestCount, kind: ResetLimitKind, now: Date) => now.getTime() - state.firstAt.getTime() >= RESET_LIMITS[kind].windowMs;

/** The count after one more request; lockedUntil is when the window ends once the limit is passed. */
export function afterRequest(state: RequestCount | null, kind: ResetLimitKind, now: Date): RequestCount {
  const fresh = !state || windowOver(state, kind, now);
  const failures = fresh ? 1 : state.failures + 1;
  const firstAt = fresh ? now : state.firstAt;
  const lockedUntil = failures > RESET_LIMITS[kind].max ? new Date(firstAt.getTime() + RESET_LIMITS[kind].windowMs) : null;
  return { failures, firstAt, lockedUntil };
}

/** Whether this request (already counted by afterRequest) is over the limit. */
export function overLimit(state: RequestCount, kind: ResetLimitKind): boolean {
  return state.failures > RESET_LIMITS[kind].max;
}

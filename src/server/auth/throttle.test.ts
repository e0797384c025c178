import { describe, expect, it } from "vitest";
import { accountDelayMs, afterFailure, ipKey, isLocked, pairKey, THROTTLE, warningDue, type ThrottleKind, type ThrottleState } from "./throttle";

const T0 = new Date("2026-11-28T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

/** The state after n failures, all at T0. */
function failures(kind: ThrottleKind, n: number): ThrottleState | null {
  let state: ThrottleState | null = null;
  for (let i = 0; i < n; i++) state = afterFailure(state, kind, T0);
  return state;
}
const lockMinutes = (s: ThrottleState | null) => (s?.lockedUntil ? (s.lockedUntil.getTime() - T0.getTime()) / 60_000 : 0);

describe("locks per (account, address) pair and per address", () => {
  it.each([
    ["pair", 5, 0], ["pair", 6, 1], ["pair", 7, 2], ["pair", 8, 4], ["pair", 12, 60], ["pair", 30, 60],
    ["ip", 20, 0], ["ip", 21, 1], ["ip", 22, 2], ["ip", 40, 60],
  ] as const)("%s after %i failures: locked %i minutes", (kind, n, minutes) => {
    expect(lockMinutes(failures(kind, n))).toBe(minutes);
  });

  it("never locks an account, however many failures", () => {
    expect(failures("account", 500)).toMatchObject({ failures: 500, lockedUntil: null });
  });

  it("starts counting afresh after the window, but not while a lock runs", () => {
    const locked = failures("pair", 12)!; // locked for an hour, longer than the window
    expect(afterFailure(locked, "pair", at(THROTTLE.windowMs + 1)).failures).toBe(13);
    const quiet = failures("pair", 3)!;
    expect(afterFailure(quiet, "pair", at(THROTTLE.windowMs)).failures).toBe(4);
    expect(afterFailure(quiet, "pair", at(THROTTLE.windowMs + 1)).failures).toBe(1);
    expect(isLocked(failures("pair", 6), at(60_000 - 1))).toBe(true);
    expect(isLocked(failures("pair", 6), at(60_000))).toBe(false);
  });
});

describe("per-account slow-down", () => {
  it("is free for the first attempts, then doubles up to the cap", () => {
    const delays = Array.from({ length: 12 }, (_, i) => accountDelayMs(failures("account", i), T0));
    expect(delays).toEqual([0, 0, 0, 0, 0, 0, 250, 500, 1000, 2000, 3000, 3000]);
    expect(accountDelayMs(failures("account", 1000), T0)).toBe(THROTTLE.maxDelayMs);
  });

  it("ends with the window", () => {
    const state = failures("account", 9);
    expect(accountDelayMs(state, at(THROTTLE.windowMs))).toBe(2000);
    expect(accountDelayMs(state, at(THROTTLE.windowMs + 1))).toBe(0);
  });
});

describe("warning the account's owner", () => {
  it("is due once the failures pass the threshold, and again only after the quiet period", () => {
    expect(warningDue(failures("account", THROTTLE.warnAfter)!, null, T0)).toBe(false);
    expect(warningDue(failures("account", THROTTLE.warnAfter + 1)!, null, T0)).toBe(true);
    const many = failures("account", 30)!;
    expect(warningDue(many, at(-(THROTTLE.warnEveryMs - 1)), T0)).toBe(false);
    expect(warningDue(many, at(-THROTTLE.warnEveryMs), T0)).toBe(true);
  });
});

describe("keys", () => {
  it("put attempts without a known address under one shared address", () => {
    expect(ipKey(null)).toBe(ipKey(null));
    expect(ipKey(null)).not.toBe(ipKey("192.0.2.1"));
    expect(pairKey("a@x.dk", null)).toBe(pairKey("a@x.dk", null));
  });
});

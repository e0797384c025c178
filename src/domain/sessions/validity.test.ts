import { describe, expect, it } from "vitest";
import { idleMinutesFrom, lastSeenDue, sessionVerdict, SESSION_MAX_AGE_MS, type SessionTimes } from "./validity";

const t0 = new Date("2026-11-28T08:00:00Z");
const at = (minutes: number, ms = 0) => new Date(t0.getTime() + minutes * 60_000 + ms);
const limits = { idleMinutes: 30, maxAgeMs: SESSION_MAX_AGE_MS };
const session = (over: Partial<SessionTimes> = {}): SessionTimes => ({
  createdAt: t0, lastSeenAt: t0, expiresAt: new Date(t0.getTime() + SESSION_MAX_AGE_MS), revokedAt: null, ...over,
});

describe("sessionVerdict", () => {
  it.each([
    ["just started", session(), at(0), "ACTIVE"],
    ["idle exactly 30 minutes", session(), at(30), "ACTIVE"],
    ["idle 30 minutes and 1 ms", session(), at(30, 1), "IDLE"],
    ["seen 10 minutes ago, 7 hours in", session({ lastSeenAt: at(410) }), at(420), "ACTIVE"],
    ["active 1 ms before the 8-hour cap", session({ lastSeenAt: at(479) }), at(480, -1), "ACTIVE"],
    ["active but at the 8-hour cap", session({ lastSeenAt: at(479) }), at(480), "EXPIRED"],
    ["stored expiry earlier than the cap", session({ expiresAt: at(60), lastSeenAt: at(59) }), at(60), "EXPIRED"],
    ["cap lowered after the session began", session({ expiresAt: at(600), lastSeenAt: at(479) }), at(480), "EXPIRED"],
    ["revoked, otherwise fresh", session({ revokedAt: at(1) }), at(1), "REVOKED"],
  ] as const)("%s", (_name, s, now, verdict) => {
    expect(sessionVerdict(s, now, limits)).toBe(verdict);
  });

  it("uses the configured idle minutes", () => {
    expect(sessionVerdict(session(), at(10, 1), { ...limits, idleMinutes: 10 })).toBe("IDLE");
    expect(sessionVerdict(session(), at(59), { ...limits, idleMinutes: 60 })).toBe("ACTIVE");
  });
});

describe("lastSeenDue", () => {
  it("writes lastSeenAt at most once a minute", () => {
    expect(lastSeenDue(t0, at(0, 59_999))).toBe(false);
    expect(lastSeenDue(t0, at(1))).toBe(true);
  });
});

describe("idleMinutesFrom", () => {
  it.each([
    [undefined, 30], ["", 30], ["15", 15], [" 45 ", 45], ["0", 30], ["-5", 30], ["1.5", 30], ["abc", 30],
  ] as const)("%j -> %i", (value, minutes) => {
    expect(idleMinutesFrom(value)).toBe(minutes);
  });
});

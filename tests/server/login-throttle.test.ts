// Throttling that an attacker cannot turn against the account's owner: locks per (account, address)
// pair and per address, only a capped slow-down per account, and an e-mail to the owner.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authenticate } from "@/server/auth/authenticate";
import { hashPassword } from "@/server/auth/password";
import { accountKey, THROTTLE } from "@/server/auth/throttle";
import { getDb } from "@/server/db";
import { auditRows, makeMunicipality, makeUser } from "../support/factories";
import { smtpInbox } from "../support/smtp-inbox";

const ATTACKER = "203.0.113.66";
const T0 = new Date("2026-11-28T09:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

let hash: string;
let municipalityId: string;
const smtp = smtpInbox();
beforeAll(async () => {
  hash = await hashPassword("correct horse");
  municipalityId = (await makeMunicipality()).id;
  await smtp.start();
  smtp.off();
});
afterAll(() => smtp.stop());

/** A sleep that only notes how long the login would have waited. */
function recorder() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}
const caseworker = () => makeUser("CASEWORKER", municipalityId, { passwordHash: hash });
async function attack(email: string, times: number, ip: string | null | ((i: number) => string) = ATTACKER, now = T0) {
  const { sleep } = recorder();
  const results: string[] = [];
  for (let i = 0; i < times; i++) {
    const r = await authenticate(await getDb(), email, `guess ${i}`, typeof ip === "function" ? ip(i) : ip, now, sleep);
    results.push(r.ok ? "OK" : r.error);
  }
  return results;
}

describe("an attack on one account", () => {
  it("locks the attacker's address for that account, while the owner logs in from their own at once", async () => {
    const user = await caseworker();
    const db = await getDb();
    const results = await attack(user.email, 30);
    expect(results.slice(0, THROTTLE.freeAttempts.pair + 1)).toEqual(Array(6).fill("INVALID_CREDENTIALS"));
    expect(results.slice(6)).toEqual(Array(24).fill("THROTTLED"));

    const own = recorder();
    expect(await authenticate(db, user.email, "correct horse", "192.0.2.10", T0, own.sleep)).toMatchObject({ ok: true, user: { id: user.id } });
    expect(own.waits).toEqual([THROTTLE.maxDelayMs]);
    expect(await authenticate(db, user.email, "correct horse", ATTACKER, T0, recorder().sleep)).toEqual({ ok: false, error: "THROTTLED" });

    const failed = await auditRows({ actorId: user.id, action: "LOGIN_FAILED" });
    expect(failed.filter((r) => r.outcome === "FAILURE")).toHaveLength(6);
    expect(failed.filter((r) => r.outcome === "DENIED")).toHaveLength(25);
    expect(failed.every((r) => r.ip === ATTACKER)).toBe(true);
    expect(await auditRows({ actorId: user.id, action: "LOGIN" })).toMatchObject([{ ip: "192.0.2.10" }]);
  });

  it("lifts the pair's lock when it runs out", async () => {
    const user = await caseworker();
    await attack(user.email, THROTTLE.freeAttempts.pair + 1);
    const db = await getDb();
    expect(await authenticate(db, user.email, "correct horse", ATTACKER, at(THROTTLE.baseLockMs - 1), recorder().sleep)).toEqual({ ok: false, error: "THROTTLED" });
    expect((await authenticate(db, user.email, "correct horse", ATTACKER, at(THROTTLE.baseLockMs), recorder().sleep)).ok).toBe(true);
  });
});

describe("one address trying many accounts (password spraying)", () => {
  it("is locked by the per-address limit, for every account, and only that address", async () => {
    const user = await caseworker();
    const sprayed: string[] = [];
    for (let i = 0; i < 25; i++) sprayed.push(...(await attack(`spray${i}@kommune.dk`, 1, "198.51.100.8")));
    expect(sprayed.slice(0, THROTTLE.freeAttempts.ip)).toEqual(Array(20).fill("INVALID_CREDENTIALS"));
    expect(sprayed.slice(20)).toEqual(["INVALID_CREDENTIALS", ...Array(4).fill("THROTTLED")]);

    const db = await getDb();
    expect(await authenticate(db, user.email, "correct horse", "198.51.100.8", T0, recorder().sleep)).toEqual({ ok: false, error: "THROTTLED" });
    expect((await authenticate(db, user.email, "correct horse", "198.51.100.9", T0, recorder().sleep)).ok).toBe(true);
  });

  it("treats attempts without a known address as coming from one shared address", async () => {
    const user = await caseworker();
    for (let i = 0; i <= THROTTLE.freeAttempts.ip; i++) await attack(`noaddress${i}@kommune.dk`, 1, null);
    const db = await getDb();
    expect(await authenticate(db, user.email, "correct horse", null, T0, recorder().sleep)).toEqual({ ok: false, error: "THROTTLED" });
    expect((await authenticate(db, user.email, "correct horse", "192.0.2.44", T0, recorder().sleep)).ok).toBe(true);
  });
});

describe("the per-account slow-down", () => {
  it("grows with failures from many addresses, is capped, never locks, and is the same for unknown accounts", async () => {
    const user = await caseworker();
    const db = await getDb();
    const waitsFor = async (email: string) => {
      const { waits, sleep } = recorder();
      for (let i = 0; i < 12; i++) expect(await authenticate(db, email, "wrong", `192.0.2.${100 + i}`, T0, sleep)).toEqual({ ok: false, error: "INVALID_CREDENTIALS" });
      return waits;
    };
    const expected = [0, 0, 0, 0, 0, 0, 250, 500, 1000, 2000, 3000, 3000];
    expect(await waitsFor(user.email)).toEqual(expected);
    expect(await waitsFor("nobody-here@kommune.dk")).toEqual(expected);

    const own = recorder();
    expect((await authenticate(db, user.email, "correct horse", "192.0.2.200", T0, own.sleep)).ok).toBe(true);
    expect(own.waits).toEqual([3000]);
    const later = recorder();
    expect((await authenticate(db, user.email, "correct horse", "192.0.2.200", at(THROTTLE.windowMs + 1), later.sleep)).ok).toBe(true);
    expect(later.waits).toEqual([0]);
  });
});

describe("warning the account's owner by e-mail", () => {
  const throttleRow = async (email: string) => (await getDb()).loginThrottle.findUnique({ where: { key: accountKey(email) } });
  const warningAudits = async (userId: string) => (await getDb()).auditEvent.findMany({ where: { recordType: "LoginWarningEmail", recordId: userId } });

  it("sends nothing and records nothing when SMTP is not configured", async () => {
    smtp.off();
    const user = await caseworker();
    await attack(user.email, 30, (i) => `192.0.2.${i}`);
    expect(smtp.inbox).toEqual([]);
    expect(await warningAudits(user.id)).toEqual([]);
    expect((await throttleRow(user.email))?.warnedAt).toBeNull();
  });

  it("mails the owner once, in their language, with a count and a link and nothing about the attacker", async () => {
    smtp.on();
    const [da, en] = [await caseworker(), await caseworker()];
    await (await getDb()).user.update({ where: { id: en.id }, data: { locale: "en" } });

    await attack(da.email, 30);
    await attack(en.email, 30, (i) => `192.0.2.${i}`);
    await attack("no-such-user@kommune.dk", 30);
    await attack(da.email, 20, ATTACKER, at(THROTTLE.windowMs + 60_000)); // a new window, the same day

    expect(smtp.inbox.map((m) => m.to)).toEqual([[da.email], [en.email]]);
    const [toDa, toEn] = smtp.inbox.map((m) => m.text);
    expect(toDa).toContain("Nogen har forsøgt at logge ind på din konto i Forældrestøtte 11 gange uden held inden for 15 minutter.");
    expect(toDa).toContain("Hvis det ikke var dig, så fortæl det til din it-afdeling.");
    expect(toDa).toContain("https://fs.kommune.test/login");
    expect(toEn).toContain("Someone tried to log in to your account in Forældrestøtte 11 times without success within 15 minutes.");
    expect(toEn).toContain("If it was not you, tell your IT department.");
    for (const text of [toDa!, toEn!]) expect(text).not.toMatch(/203\.0\.113|192\.0\.2/);

    expect(await warningAudits(da.id)).toMatchObject([{ action: "CREATE", actorId: null, municipalityId, details: { failures: 11 } }]);
    expect(await warningAudits(en.id)).toHaveLength(1);
    expect((await throttleRow(da.email))?.warnedAt).toEqual(T0);
  });
});

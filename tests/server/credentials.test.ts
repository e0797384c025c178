import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { getDb } from "@/server/db";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { authenticate } from "@/server/auth/authenticate";
import { accountKey, ipKey, pairKey } from "@/server/auth/throttle";
import { checkAccountToken, issueAccountToken } from "@/server/auth/account-tokens";
import { requestPasswordReset } from "@/features/accounts/forgot-password";
import { changeOwnPassword } from "@/features/accounts/change-password";
import { setPasswordWithToken } from "@/features/accounts/set-password";
import { actorFor, makeMunicipality, makeUser } from "../support/factories";
import { smtpInbox } from "../support/smtp-inbox";

const smtp = smtpInbox();
const sleepless = async () => {};
const OLD = "gammel sommerhave ved fjorden";
const NEW = "nyt tog mod nordpolen i april";
let ipCounter = 0;
/** A client address of its own per test, so the per-address limit of one test does not reach the next. */
const freshIp = () => `10.9.0.${++ipCounter}`;

beforeAll(() => smtp.start());
afterAll(() => smtp.stop());
beforeEach(() => {
  smtp.inbox.length = 0;
  smtp.on("https://fs.kommune.test/");
});

async function userWithPassword(password = OLD) {
  return makeUser("CASEWORKER", (await makeMunicipality()).id, { passwordHash: await hashPassword(password) });
}
const tokenFrom = (text: string) => /\/account\/set-password\?token=([A-Za-z0-9_-]{43})/.exec(text)?.[1] ?? null;
const hashOf = async (id: string) => (await (await getDb()).user.findUniqueOrThrow({ where: { id }, select: { passwordHash: true } })).passwordHash;

describe("forgot password", () => {
  it("e-mails an active user a reset link that sets a new password once", async () => {
    const db = await getDb();
    const user = await userWithPassword();
    const ip = freshIp();
    const { answer, delivery } = await requestPasswordReset({ email: user.email }, { ip });
    expect(answer).toEqual({ ok: true });
    expect(await delivery).toBe("SENT");
    expect(smtp.inbox).toHaveLength(1);
    const mail = smtp.inbox[0]!;
    expect(mail.to).toEqual([user.email]);
    expect(mail.text).toContain("vælg en ny adgangskode");
    expect(mail.text).toContain("https://fs.kommune.test/account/set-password?token=");
    const token = tokenFrom(mail.text)!;
    expect(await checkAccountToken(db, token)).toMatchObject({ ok: true, purpose: "PASSWORD_RESET" });

    expect(await setPasswordWithToken({ token, password: NEW, repeat: NEW })).toEqual({ ok: true });
    expect(await verifyPassword(await hashOf(user.id), NEW)).toBe(true);
    // Once only.
    expect(await setPasswordWithToken({ token, password: "endnu en ny lang sætning", repeat: "endnu en ny lang sætning" })).toEqual({ ok: false, token: "TOKEN_USED" });
    expect(await verifyPassword(await hashOf(user.id), NEW)).toBe(true);

    const audit = await db.auditEvent.findMany({ where: { recordId: user.id, recordType: { in: ["PasswordReset", "PasswordResetEmail"] } }, orderBy: { id: "asc" } });
    expect(audit.map((a) => [a.recordType, a.outcome, a.ip])).toEqual([["PasswordReset", "SUCCESS", ip], ["PasswordResetEmail", "SUCCESS", ip]]);
    expect(JSON.stringify(audit.map((a) => a.details))).not.toContain(token);
  });

  it("answers an unknown, a deactivated and a password-less address the same, and changes nothing", async () => {
    const db = await getDb();
    const inactive = await makeUser("THERAPIST", (await makeMunicipality()).id, { passwordHash: await hashPassword(OLD), active: false });
    const never = await makeUser("THERAPIST", (await makeMunicipality()).id);
    const known = await userWithPassword();
    const tokens = await db.accountToken.count();
    const users = await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, active: true } });
    for (const email of ["nobody@nowhere.example", inactive.email, never.email]) {
      const { answer, delivery } = await requestPasswordReset({ email }, { ip: freshIp() });
      expect(answer).toEqual({ ok: true });
      expect(await delivery).toBe("NONE");
    }
    expect(smtp.inbox).toHaveLength(0);
    expect(await db.accountToken.count()).toBe(tokens);
    expect(await db.user.findMany({ orderBy: { id: "asc" }, select: { id: true, version: true, active: true } })).toEqual(users);
    expect(await db.user.count({ where: { email: "nobody@nowhere.example" } })).toBe(0);
    // ...and exactly what a known address gets back.
    const real = await requestPasswordReset({ email: known.email }, { ip: freshIp() });
    expect(real.answer).toEqual({ ok: true });
    await real.delivery;
    const unknownRow = await db.auditEvent.findFirstOrThrow({ where: { recordType: "PasswordReset", details: { path: ["email"], equals: "nobody@nowhere.example" } } });
    expect(unknownRow).toMatchObject({ outcome: "FAILURE", actorId: null, details: { email: "nobody@nowhere.example", reason: "unknown" } });
  });

  it("without SMTP issues no link anywhere the person could see, and says so in the server log", async () => {
    smtp.off();
    const user = await userWithPassword();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      const { answer, delivery } = await requestPasswordReset({ email: user.email }, { ip: freshIp() });
      expect(answer).toEqual({ ok: true });
      expect(await delivery).toBe("NO_SMTP");
      expect(warn.mock.calls.flat().join(" ")).toContain("e-mail is not configured");
      expect(warn.mock.calls.flat().join(" ")).not.toMatch(/token=/);
    } finally {
      warn.mockRestore();
    }
    expect(smtp.inbox).toHaveLength(0);
  });

  it("sends at most three mails an hour to one address, and tells one client address to wait after ten requests", async () => {
    const db = await getDb();
    const user = await userWithPassword();
    const T0 = new Date("2026-11-28T10:00:00Z");
    for (let i = 0; i < 4; i++) {
      const { answer, delivery } = await requestPasswordReset({ email: user.email }, { ip: freshIp(), now: new Date(T0.getTime() + i * 60_000) });
      expect(answer).toEqual({ ok: true });
      await delivery;
    }
    expect(smtp.inbox).toHaveLength(3);
    expect(await db.auditEvent.count({ where: { recordId: user.id, recordType: "PasswordReset", outcome: "DENIED" } })).toBe(1);

    const ip = freshIp();
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push((await requestPasswordReset({ email: `someone${i}@nowhere.example` }, { ip, now: T0 })).answer);
    expect(answers.slice(0, 10).every((a) => a.ok)).toBe(true);
    expect(answers[10]).toEqual({ ok: false, code: "THROTTLED" });
    // The same for an address that exists: the limit is the client's, not the account's.
    expect((await requestPasswordReset({ email: user.email }, { ip, now: T0 })).answer).toEqual({ ok: false, code: "THROTTLED" });
  });
});

describe("changing one's own password", () => {
  async function signedIn(password = OLD) {
    const db = await getDb();
    const user = await userWithPassword(password);
    const T = new Date();
    for (const id of ["this", "other1", "other2"]) {
      await db.userSession.create({ data: { id: `${id}-${user.id}`, userId: user.id, expiresAt: new Date(T.getTime() + 8 * 3_600_000), lastSeenAt: T } });
    }
    const actor = { ...(await actorFor(user.id)), sessionId: `this-${user.id}` };
    return { db, user, actor };
  }

  it("with the right current password: stores the new one, ends the other logins, keeps this one, audited", async () => {
    const { db, user, actor } = await signedIn();
    const result = await changeOwnPassword(actor, { currentPassword: OLD, password: NEW, repeat: NEW }, { ip: "10.8.0.1", sleep: sleepless });
    expect(result).toEqual({ ok: true, data: { sessionsEnded: 2 } });
    expect(await verifyPassword(await hashOf(user.id), NEW)).toBe(true);
    expect(await authenticate(db, user.email, OLD, "10.8.0.2", new Date(), sleepless)).toMatchObject({ ok: false });
    expect(await authenticate(db, user.email, NEW, "10.8.0.2", new Date(), sleepless)).toMatchObject({ ok: true });
    const open = await db.userSession.findMany({ where: { userId: user.id, revokedAt: null }, select: { id: true } });
    expect(open.map((s) => s.id)).toEqual([`this-${user.id}`]);
    const row = await db.auditEvent.findFirstOrThrow({ where: { recordType: "User", recordId: user.id, outcome: "SUCCESS" } });
    expect(row).toMatchObject({ actorId: user.id, action: "UPDATE", details: { passwordChanged: true, sessionsEnded: 2 }, ip: "10.8.0.1" });
  });

  it("with a wrong current password: a field error, nothing changed, and it counts against the login throttle", async () => {
    const { db, user, actor } = await signedIn();
    const before = await hashOf(user.id);
    const result = await changeOwnPassword(actor, { currentPassword: "forkert gæt på koden", password: NEW, repeat: NEW }, { ip: "10.8.1.1", sleep: sleepless });
    expect(result).toEqual({ ok: false, code: "VALIDATION", fieldErrors: { currentPassword: [{ key: "credentials.change.wrongCurrent" }] } });
    expect(await hashOf(user.id)).toBe(before);
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(3);
    for (const key of [accountKey(user.email), pairKey(user.email, "10.8.1.1"), ipKey("10.8.1.1")]) {
      expect((await db.loginThrottle.findUniqueOrThrow({ where: { key } })).failures).toBe(1);
    }
    expect(await db.auditEvent.count({ where: { recordType: "User", recordId: user.id, outcome: "FAILURE" } })).toBe(1);

    // Five more wrong guesses lock the pair: even the right current password is then refused.
    for (let i = 0; i < 5; i++) await changeOwnPassword(actor, { currentPassword: `gæt nummer ${i}`, password: NEW, repeat: NEW }, { ip: "10.8.1.1", sleep: sleepless });
    expect(await changeOwnPassword(actor, { currentPassword: OLD, password: NEW, repeat: NEW }, { ip: "10.8.1.1", sleep: sleepless })).toEqual({ ok: false, code: "THROTTLED" });
    expect(await hashOf(user.id)).toBe(before);
  });

  it("refuses a new password the rule refuses, at its field, and changes nothing", async () => {
    const { user, actor } = await signedIn();
    const before = await hashOf(user.id);
    expect(await changeOwnPassword(actor, { currentPassword: OLD, password: "password1234", repeat: "password1234" }, { ip: null, sleep: sleepless }))
      .toEqual({ ok: false, code: "VALIDATION", fieldErrors: { password: [{ key: "account.reasons.PASSWORD_TOO_WEAK", params: {} }] } });
    expect(await changeOwnPassword(actor, { currentPassword: OLD, password: NEW, repeat: `${NEW}!` }, { ip: null, sleep: sleepless }))
      .toMatchObject({ ok: false, fieldErrors: { repeat: [{ key: "account.reasons.PASSWORD_MISMATCH" }] } });
    expect(await changeOwnPassword(null, { currentPassword: OLD, password: NEW, repeat: NEW }, { ip: null })).toEqual({ ok: false, code: "UNAUTHENTICATED" });
    expect(await changeOwnPassword(actor, { currentPassword: 42 }, { ip: null })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await hashOf(user.id)).toBe(before);
  });

  it("a reset issued for an invited user who never chose a password works as well", async () => {
    const db = await getDb();
    const user = await makeUser("THERAPIST", (await makeMunicipality()).id);
    await issueAccountToken(db, { userId: user.id, purpose: "INVITATION", createdById: null });
    const { delivery } = await requestPasswordReset({ email: user.email }, { ip: freshIp() });
    expect(await delivery).toBe("SENT");
    expect(smtp.inbox.map((m) => m.to)).toEqual([[user.email]]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { checkAccountToken } from "@/server/auth/account-tokens";
import { actorForToken, startSession } from "@/server/auth/user-sessions";
import { accountKey, pairKey, recordFailure, lockedKeys } from "@/server/auth/throttle";
import { createUser, reinviteUser, setUserActive, unlockLogin, updateUser } from "@/features/admin/users-commands";
import { deliverInvitation } from "@/features/admin/users-invitation";
import { actorFor, auditRows, makeFamily, makeMunicipality, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";
import { smtpInbox } from "../support/smtp-inbox";

const smtp = smtpInbox();
beforeAll(() => smtp.start());
afterAll(() => smtp.stop());

/** Users and tokens too: a refused admin change must leave them as they were. */
async function fingerprint() {
  const db = await getDb();
  const [users, tokens, sessions] = await Promise.all([
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.accountToken.findMany({ orderBy: { id: "asc" } }),
    db.userSession.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ users, tokens, sessions }) + (await caseFingerprint());
}

async function setup() {
  const m = await makeMunicipality();
  const admin = await actorFor((await makeUser("ADMIN", m.id)).id);
  return { m, admin };
}

describe("an administrator creates a user", () => {
  it("in their own municipality, with a single-use invitation that is never logged", async () => {
    const { m, admin } = await setup();
    const result = await executeCommand(createUser, admin, { name: "  Ida Holm ", email: "Ida.Holm@Kommune.test", role: "THERAPIST" });
    if (!result.ok) throw new Error(result.code);
    const db = await getDb();
    const user = await db.user.findUniqueOrThrow({ where: { id: result.data.user.id }, select: { id: true, name: true, email: true, role: true, municipalityId: true, active: true, passwordHash: true } });
    expect(user).toEqual({ id: user.id, name: "Ida Holm", email: "ida.holm@kommune.test", role: "THERAPIST", municipalityId: m.id, active: true, passwordHash: null });
    expect(await checkAccountToken(db, result.data.token)).toMatchObject({ ok: true, userId: user.id, purpose: "INVITATION" });
    expect(result.data.expiresAt.getTime() - Date.now()).toBeGreaterThan(71 * 3_600_000);
    const audit = await auditRows({ actorId: admin.id, recordId: user.id });
    expect(audit.map((r) => r.recordType)).toEqual(["User", "Invitation"]);
    expect(JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(result.data.token);
  });

  it("shows the link once when SMTP is off, and e-mails it when SMTP is on", async () => {
    const { admin } = await setup();
    smtp.off();
    process.env.APP_BASE_URL = "https://fs.kommune.test";
    const a = await executeCommand(createUser, admin, { name: "Uden Mail", email: `a-${Date.now()}@kommune.test`, role: "CASEWORKER" });
    if (!a.ok) throw new Error(a.code);
    expect(await deliverInvitation(await getDb(), admin, a.data.user, a.data.token)).toEqual({
      channel: "LINK", mailFailed: false, url: `https://fs.kommune.test/account/set-password?token=${a.data.token}`,
    });

    smtp.on("https://fs.kommune.test/");
    const b = await executeCommand(createUser, admin, { name: "Med Mail", email: `b-${Date.now()}@kommune.test`, role: "CASEWORKER" });
    if (!b.ok) throw new Error(b.code);
    expect(await deliverInvitation(await getDb(), admin, b.data.user, b.data.token)).toEqual({ channel: "EMAIL" });
    const mail = smtp.inbox.find((r) => r.to.includes(b.data.user.email))!;
    expect(mail.text).toContain("Din adgang til Forældrestøtte");
    expect(mail.text).toContain(`https://fs.kommune.test/account/set-password?token=${b.data.token}`);
    expect(mail.text).toContain("72 timer");

    // A refused recipient: the admin gets the link to pass on instead of a silent loss.
    smtp.refused.add(`c-x@kommune.test`);
    const c = await executeCommand(createUser, admin, { name: "Afvist", email: "c-x@kommune.test", role: "CASEWORKER" });
    if (!c.ok) throw new Error(c.code);
    expect(await deliverInvitation(await getDb(), admin, c.data.user, c.data.token)).toMatchObject({ channel: "LINK", mailFailed: true });
    smtp.off();
  });

  it("refuses a duplicate e-mail, an unknown role and a site role at the field, changing nothing", async () => {
    const { m, admin } = await setup();
    const existing = await makeUser("CASEWORKER", m.id);
    const before = await fingerprint();
    expect(await executeCommand(createUser, admin, { name: "X", email: existing.email.toUpperCase(), role: "CASEWORKER" })).toMatchObject({
      ok: false, code: "RULE", reason: "EMAIL_TAKEN", fieldErrors: { email: [{ key: "reasons.EMAIL_TAKEN" }] },
    });
    expect(await executeCommand(createUser, admin, { name: "X", email: "ny@kommune.test", role: "SUPERUSER" })).toMatchObject({
      ok: false, code: "VALIDATION", fieldErrors: { role: [{ key: "validation.invalidOption" }] },
    });
    expect(await executeCommand(createUser, admin, { name: "X", email: "ny2@kommune.test", role: "SITE" })).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { role: expect.any(Array) } });
    expect(await executeCommand(createUser, admin, { name: "", email: "ikke-en-mail", role: "CASEWORKER" })).toMatchObject({
      ok: false, code: "VALIDATION", fieldErrors: { name: [{ key: "validation.required" }], email: [{ key: "validation.email" }] },
    });
    expect(await fingerprint()).toBe(before);
  });

  it("is refused to every other role", async () => {
    const { m } = await setup();
    const coordinator = await actorFor((await makeUser("COORDINATOR", m.id)).id);
    const before = await fingerprint();
    expect(await executeCommand(createUser, coordinator, { name: "X", email: "z@kommune.test", role: "ADMIN" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await fingerprint()).toBe(before);
  });
});

describe("an administrator changes a user", () => {
  it("renames and changes role, with the version the form was opened on", async () => {
    const { m, admin } = await setup();
    const user = await makeUser("CONSULTANT", m.id);
    expect(await executeCommand(updateUser, admin, { userId: user.id, version: "1", name: "Nyt Navn", role: "COORDINATOR" })).toMatchObject({ ok: true });
    const db = await getDb();
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ name: "Nyt Navn", role: "COORDINATOR", version: 2 });
    expect(await executeCommand(updateUser, admin, { userId: user.id, version: "1", name: "Gammel form", role: "COORDINATOR" })).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("answers another municipality's user as not found, audits the attempt for that municipality, and changes nothing", async () => {
    const { admin } = await setup();
    const other = await makeMunicipality();
    const theirs = await makeUser("CASEWORKER", other.id);
    const before = await fingerprint();
    for (const [command, input] of [
      [updateUser, { userId: theirs.id, version: "1", name: "Hacked", role: "ADMIN" }],
      [setUserActive, { userId: theirs.id, version: "1", active: "false" }],
      [unlockLogin, { userId: theirs.id }],
      [reinviteUser, { userId: theirs.id }],
    ] as const) {
      expect(await executeCommand(command as typeof updateUser, admin, input)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await fingerprint()).toBe(before);
    const denied = await auditRows({ actorId: admin.id, action: "ACCESS_DENIED", recordId: theirs.id });
    expect(denied).toHaveLength(4);
    expect(denied.every((r) => r.targetMunicipalityId === other.id)).toBe(true);
  });

  it("refuses moving a caseworker with open families away from the role, like deactivating them", async () => {
    const { m, admin } = await setup();
    const cw = await makeUser("CASEWORKER", m.id);
    await makeFamily(m.id, { caseworkerId: cw.id });
    const before = await fingerprint();
    expect(await executeCommand(updateUser, admin, { userId: cw.id, version: "1", name: cw.name, role: "CONSULTANT" })).toMatchObject({
      ok: false, code: "RULE", reason: "ROLE_HELD_ON_FAMILIES", params: { count: 1 }, fieldErrors: { role: expect.any(Array) },
    });
    expect(await executeCommand(setUserActive, admin, { userId: cw.id, version: "1", active: "false" })).toMatchObject({
      ok: false, code: "RULE", reason: "OPEN_FAMILIES_HELD", fieldErrors: { active: expect.any(Array) },
    });
    expect(await fingerprint()).toBe(before);
    // A closed case keeps its caseworker on record and does not hold anyone back.
    const db = await getDb();
    await db.family.updateMany({ where: { municipalityId: m.id }, data: { stage: "CLOSED" } });
    expect(await executeCommand(setUserActive, admin, { userId: cw.id, version: "1", active: "false" })).toMatchObject({ ok: true });
  });

  it("does not let the administrator deactivate themselves or change their own role", async () => {
    const { admin } = await setup();
    expect(await executeCommand(setUserActive, admin, { userId: admin.id, version: "1", active: "false" })).toMatchObject({ ok: false, reason: "NOT_YOURSELF" });
    expect(await executeCommand(updateUser, admin, { userId: admin.id, version: "1", name: "Mig", role: "CASEWORKER" })).toMatchObject({ ok: false, reason: "NOT_YOURSELF" });
  });
});

describe("deactivating, reactivating and unlocking", () => {
  it("ends an open session at once, and a reactivated user can log in again", async () => {
    const { m, admin } = await setup();
    const user = await makeUser("THERAPIST", m.id);
    const db = await getDb();
    const token = { uid: user.id, sid: await startSession(db, user.id, { ip: null, userAgent: null }) };
    expect(await actorForToken(token)).not.toBeNull();
    expect(await executeCommand(setUserActive, admin, { userId: user.id, version: "1", active: "false" })).toMatchObject({ ok: true, data: { sessionsEnded: 1 } });
    expect(await actorForToken(token)).toBeNull();
    expect(await db.userSession.findUniqueOrThrow({ where: { id: token.sid } })).toMatchObject({ revokedReason: "ADMIN" });
    expect(await executeCommand(setUserActive, admin, { userId: user.id, version: "2", active: "true" })).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ active: true, version: 3 });
    const fresh = { uid: user.id, sid: await startSession(db, user.id, { ip: null, userAgent: null }) };
    expect(await actorForToken(fresh)).toMatchObject({ id: user.id });
    const rows = await auditRows({ actorId: admin.id, recordId: user.id, action: "UPDATE" });
    expect(rows.map((r) => (r.details as { active: boolean }).active)).toEqual([false, true]);
  });

  it("lifts a throttled login on the account and on every address it was tried from, and only that account's", async () => {
    const { m, admin } = await setup();
    const user = await makeUser("CASEWORKER", m.id);
    const bystander = await makeUser("CASEWORKER", m.id);
    const db = await getDb();
    const now = new Date();
    for (let i = 0; i < 8; i++) {
      await recordFailure(db, pairKey(user.email, "192.0.2.1"), "pair", now);
      await recordFailure(db, accountKey(user.email), "account", now);
      await recordFailure(db, pairKey(bystander.email, "192.0.2.1"), "pair", now);
    }
    expect(await lockedKeys(db, [pairKey(user.email, "192.0.2.1")], now)).toBe(true);
    expect(await executeCommand(unlockLogin, admin, { userId: user.id })).toMatchObject({ ok: true, data: { cleared: 2 } });
    expect(await lockedKeys(db, [pairKey(user.email, "192.0.2.1")], now)).toBe(false);
    expect(await db.loginThrottle.count({ where: { key: accountKey(user.email) } })).toBe(0);
    expect(await lockedKeys(db, [pairKey(bystander.email, "192.0.2.1")], now)).toBe(true);
  });

  it("sends a new invitation only to someone without a password; the earlier link stops working", async () => {
    const { admin } = await setup();
    const created = await executeCommand(createUser, admin, { name: "Ny", email: `ny-${Date.now()}@kommune.test`, role: "CASEWORKER" });
    if (!created.ok) throw new Error(created.code);
    const again = await executeCommand(reinviteUser, admin, { userId: created.data.user.id });
    if (!again.ok) throw new Error(again.code);
    const db = await getDb();
    expect(await checkAccountToken(db, created.data.token)).toMatchObject({ ok: false, reason: "TOKEN_USED" });
    expect(await checkAccountToken(db, again.data.token)).toMatchObject({ ok: true });
    await db.user.update({ where: { id: created.data.user.id }, data: { passwordHash: "x" } });
    expect(await executeCommand(reinviteUser, admin, { userId: created.data.user.id })).toMatchObject({ ok: false, reason: "ALREADY_HAS_PASSWORD" });
  });
});

import { describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import { checkAccountToken, consumeAccountToken, issueAccountToken, setPasswordUrl } from "@/server/auth/account-tokens";
import { verifyPassword } from "@/server/auth/password";
import { setPasswordWithToken } from "@/features/accounts/set-password";
import { makeMunicipality, makeUser } from "../support/factories";

const T0 = new Date("2026-11-28T10:00:00Z");
const hours = (h: number) => new Date(T0.getTime() + h * 3_600_000);

describe("account tokens (invitations and password resets)", () => {
  it("keeps only a hash, works once, and not after 72 hours", async () => {
    const db = await getDb();
    const user = await makeUser("THERAPIST", (await makeMunicipality()).id);
    const { token, expiresAt } = await issueAccountToken(db, { userId: user.id, purpose: "INVITATION", createdById: null, now: T0 });
    expect(expiresAt).toEqual(hours(72));
    const stored = await db.accountToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    expect(await checkAccountToken(db, token, hours(71.9))).toEqual({ ok: true, userId: user.id, purpose: "INVITATION" });
    expect(await checkAccountToken(db, token, hours(72))).toEqual({ ok: false, reason: "TOKEN_EXPIRED" });
    expect(await consumeAccountToken(db, token, hours(1))).toMatchObject({ ok: true });
    expect(await consumeAccountToken(db, token, hours(1))).toEqual({ ok: false, reason: "TOKEN_USED" });
  });

  it("lets only the latest link of a purpose work, and no link of a deactivated user", async () => {
    const db = await getDb();
    const user = await makeUser("CASEWORKER", (await makeMunicipality()).id);
    const first = await issueAccountToken(db, { userId: user.id, purpose: "PASSWORD_RESET", createdById: null, now: T0 });
    const second = await issueAccountToken(db, { userId: user.id, purpose: "PASSWORD_RESET", createdById: null, now: T0 });
    expect(await checkAccountToken(db, first.token, T0)).toEqual({ ok: false, reason: "TOKEN_USED" });
    expect(await checkAccountToken(db, second.token, hours(1.9))).toMatchObject({ ok: true, purpose: "PASSWORD_RESET" });
    expect(await checkAccountToken(db, second.token, hours(2))).toEqual({ ok: false, reason: "TOKEN_EXPIRED" });
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await checkAccountToken(db, second.token, T0)).toEqual({ ok: false, reason: "TOKEN_UNKNOWN" });
  });

  it("answers unknown for anything that is not a token it issued", async () => {
    const db = await getDb();
    for (const t of ["", "x", "' OR 1=1 --", "a".repeat(500), "A".repeat(43)]) expect(await checkAccountToken(db, t, T0)).toEqual({ ok: false, reason: "TOKEN_UNKNOWN" });
    expect(setPasswordUrl("https://fs.kommune.dk/", "abc_-1")).toBe("https://fs.kommune.dk/account/set-password?token=abc_-1");
  });
});

describe("setting a password with a link", () => {
  it("refuses a weak password and keeps the link; a good one is stored, the link used up, other sessions ended", async () => {
    const db = await getDb();
    const user = await makeUser("THERAPIST", (await makeMunicipality()).id);
    await db.userSession.create({ data: { id: `s-${user.id}`, userId: user.id, expiresAt: hours(8), lastSeenAt: T0 } });
    const { token } = await issueAccountToken(db, { userId: user.id, purpose: "PASSWORD_RESET", createdById: null, now: T0 });
    const at = hours(1);
    const hashNow = async () => (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } })).passwordHash;
    const before = await hashNow();

    expect(await setPasswordWithToken({ token, password: "password1234", repeat: "password1234" }, at)).toEqual({ ok: false, password: { reason: "PASSWORD_TOO_WEAK", params: {} } });
    expect(await setPasswordWithToken({ token, password: "grøn kaffekop på trappen", repeat: "grøn kaffekop" }, at)).toMatchObject({ ok: false, password: { reason: "PASSWORD_MISMATCH" } });
    expect(await hashNow()).toBe(before);
    expect(await checkAccountToken(db, token, at)).toMatchObject({ ok: true });

    expect(await setPasswordWithToken({ token, password: "grøn kaffekop på trappen", repeat: "grøn kaffekop på trappen" }, at)).toEqual({ ok: true });
    expect(await hashNow()).not.toBe(before);
    expect(await verifyPassword(await hashNow(), "grøn kaffekop på trappen")).toBe(true);
    expect(await db.userSession.count({ where: { userId: user.id, revokedAt: null } })).toBe(0);
    expect(await setPasswordWithToken({ token, password: "en anden god sætning her", repeat: "en anden god sætning her" }, at)).toEqual({ ok: false, token: "TOKEN_USED" });
    const audit = await db.auditEvent.findMany({ where: { recordType: "User", recordId: user.id } });
    expect(audit.map((a) => a.details)).toEqual([{ passwordSet: "PASSWORD_RESET", sessionsEnded: 1 }]);
    expect(JSON.stringify(audit.map((a) => [a.details, a.recordId]))).not.toContain(token);
  });
});

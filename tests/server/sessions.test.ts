import { describe, expect, it } from "vitest";
import type { JWT } from "next-auth/jwt";
import { authOptions } from "@/server/auth/options";
import { secureCookies } from "@/server/auth/secure-cookies";
import { actorForToken, startSession } from "@/server/auth/user-sessions";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { endOtherSessions, endUserSessions } from "@/features/sessions/commands";
import { listOwnSessions } from "@/features/sessions/queries";
import { loadActor } from "@/server/auth/load-actor";
import { actorFor, joinSite, makeMunicipality, makeSite, makeUser } from "../support/factories";

const t0 = new Date("2026-11-28T08:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
const meta = { ip: "192.0.2.7", userAgent: "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0" };

async function login(userId: string, when = t0) {
  return { uid: userId, sid: await startSession(await getDb(), userId, meta, when) };
}
const row = async (sid: string) => (await getDb()).userSession.findUniqueOrThrow({ where: { id: sid } });

describe("a server-side session behind every token", () => {
  it("is created at sign-in, works until logout, and the same token is refused afterwards", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id);
    const token = (await authOptions.callbacks!.jwt!({ token: {}, user: { id: user.id } } as never)) as JWT;
    expect(token.uid).toBe(user.id);
    expect(token.sid).toMatch(/^[A-Za-z0-9_-]{43}$/);

    expect(await actorForToken(token)).toMatchObject({ id: user.id, role: "CASEWORKER", sessionId: token.sid });

    await authOptions.events!.signOut!({ token } as never);
    expect(await actorForToken(token)).toBeNull();
    expect(await row(token.sid as string)).toMatchObject({ revokedReason: "LOGOUT" });
    const db = await getDb();
    expect(await db.auditEvent.count({ where: { actorId: user.id, action: "LOGOUT" } })).toBe(1);
  });

  it("builds the same actor from its one-statement session read as the ORM's user read, memberships and all", async () => {
    const m = await makeMunicipality();
    const [siteA, siteB] = [await makeSite(), await makeSite()];
    const staff = await makeUser("SITE", null);
    await joinSite(staff.id, siteA.id, "STAFF");
    await joinSite(staff.id, siteB.id, "STAFF");
    const consultant = await makeUser("CONSULTANT", m.id);
    await joinSite(consultant.id, siteB.id, "CONSULTANT");
    const caseworker = await makeUser("CASEWORKER", m.id);
    await (await getDb()).user.update({ where: { id: caseworker.id }, data: { locale: "en" } });
    for (const user of [staff, consultant, caseworker]) {
      const token = await login(user.id, new Date());
      const actor = await actorForToken(token);
      const expected = await loadActor(user.id);
      expect(actor).toEqual({ ...expected, staffSiteIds: expect.arrayContaining(expected!.staffSiteIds), sessionId: token.sid });
      expect(actor!.staffSiteIds).toHaveLength(expected!.staffSiteIds.length);
    }
    expect((await actorForToken(await login(staff.id, new Date())))!.staffSiteIds.sort()).toEqual([siteA.id, siteB.id].sort());
    expect((await actorForToken(await login(caseworker.id, new Date())))!.locale).toBe("en");
  });

  it("refuses a token without a session, with an unknown one, or naming another user's session", async () => {
    const m = await makeMunicipality();
    const a = await makeUser("THERAPIST", m.id);
    const b = await makeUser("THERAPIST", m.id);
    const bs = await login(b.id, new Date());
    expect(await actorForToken({ uid: a.id })).toBeNull();
    expect(await actorForToken({ uid: a.id, sid: "no-such-session" })).toBeNull();
    expect(await actorForToken({ uid: a.id, sid: bs.sid })).toBeNull();
    expect(await actorForToken(bs)).toMatchObject({ id: b.id });
  });

  it("ends after 30 idle minutes, while activity within the window keeps it going", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id);
    const token = await login(user.id);
    expect(await actorForToken(token, at(29))).not.toBeNull();
    expect(await actorForToken(token, at(58))).not.toBeNull();
    expect((await row(token.sid)).lastSeenAt).toEqual(at(58));
    expect(await actorForToken(token, at(88) /* 30 min since 58 */)).not.toBeNull();
    expect(await actorForToken(token, at(118.01))).toBeNull();
    expect(await row(token.sid)).toMatchObject({ revokedReason: "IDLE" });
    // Once idle, it stays ended even if a request then comes in time again.
    expect(await actorForToken(token, at(118))).toBeNull();
  });

  it("writes lastSeenAt at most once a minute", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("COORDINATOR", m.id);
    const token = await login(user.id);
    await actorForToken(token, new Date(t0.getTime() + 59_000));
    expect((await row(token.sid)).lastSeenAt).toEqual(t0);
    await actorForToken(token, at(1));
    expect((await row(token.sid)).lastSeenAt).toEqual(at(1));
  });

  it("ends 8 hours after login even when used all the time", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id);
    const token = await login(user.id);
    for (let minute = 20; minute < 480; minute += 20) expect(await actorForToken(token, at(minute))).not.toBeNull();
    expect(await actorForToken(token, at(479.9))).not.toBeNull();
    expect(await actorForToken(token, at(480))).toBeNull();
  });

  it("refuses a deactivated user's session at the next request", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id);
    const token = await login(user.id, new Date());
    expect(await actorForToken(token)).not.toBeNull();
    await (await getDb()).user.update({ where: { id: user.id }, data: { active: false } });
    expect(await actorForToken(token)).toBeNull();
  });
});

describe("ending sessions", () => {
  it("'sign out all other devices' ends the user's other sessions and keeps the current one", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("THERAPIST", m.id);
    const colleague = await makeUser("THERAPIST", m.id);
    const now = new Date();
    const [here, phone, laptop, theirs] = await Promise.all([login(user.id, now), login(user.id, now), login(user.id, now), login(colleague.id, now)]);
    const actor = (await actorForToken(here, now))!;
    expect((await listOwnSessions(actor, now)).map((s) => s.current).sort()).toEqual([false, false, true]);

    expect(await executeCommand(endOtherSessions, actor, {}, { now })).toEqual({ ok: true, data: { ended: 2 } });

    expect(await actorForToken(here, now)).not.toBeNull();
    expect(await actorForToken(phone, now)).toBeNull();
    expect(await actorForToken(laptop, now)).toBeNull();
    expect(await actorForToken(theirs, now)).not.toBeNull();
    expect(await row(phone.sid)).toMatchObject({ revokedReason: "USER_ENDED_OTHERS" });
    expect(await listOwnSessions(actor, now)).toEqual([expect.objectContaining({ current: true, ip: meta.ip, userAgent: meta.userAgent })]);
    const db = await getDb();
    expect(await db.auditEvent.findFirst({ where: { actorId: user.id, action: "LOGOUT", recordType: "UserSession" } })).toMatchObject({ details: { ended: 2 } });
  });

  it("refuses 'other sessions' for an actor without a session of its own (nothing is ended)", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("THERAPIST", m.id);
    const token = await login(user.id, new Date());
    expect(await executeCommand(endOtherSessions, await actorFor(user.id), {})).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await actorForToken(token)).not.toBeNull();
  });

  it("lets an administrator end the sessions of a user in their municipality, and no one else's", async () => {
    const m = await makeMunicipality();
    const other = await makeMunicipality();
    const admin = await actorFor((await makeUser("ADMIN", m.id)).id);
    const mine = await makeUser("CASEWORKER", m.id);
    const foreign = await makeUser("CASEWORKER", other.id);
    const now = new Date();
    const [mineA, mineB, foreignA] = await Promise.all([login(mine.id, now), login(mine.id, now), login(foreign.id, now)]);

    expect(await executeCommand(endUserSessions, admin, { userId: mine.id }, { now })).toEqual({ ok: true, data: { ended: 2 } });
    expect(await actorForToken(mineA, now)).toBeNull();
    expect(await actorForToken(mineB, now)).toBeNull();
    expect(await row(mineA.sid)).toMatchObject({ revokedReason: "ADMIN" });
    const db = await getDb();
    expect(await db.auditEvent.findFirst({ where: { actorId: admin.id, action: "LOGOUT", recordId: mine.id } })).toMatchObject({ recordType: "User", outcome: "SUCCESS" });

    expect(await executeCommand(endUserSessions, admin, { userId: foreign.id }, { now })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await actorForToken(foreignA, now)).not.toBeNull();
    expect(await db.auditEvent.findFirst({ where: { actorId: admin.id, action: "ACCESS_DENIED", recordId: foreign.id } })).not.toBeNull();
  });

  it("is not open to other roles, even within the municipality", async () => {
    const m = await makeMunicipality();
    const coordinator = await actorFor((await makeUser("COORDINATOR", m.id)).id);
    const target = await makeUser("CASEWORKER", m.id);
    const token = await login(target.id, new Date());
    expect(await executeCommand(endUserSessions, coordinator, { userId: target.id })).toEqual({ ok: false, code: "NOT_FOUND" });
    expect(await actorForToken(token)).not.toBeNull();
  });
});

describe("session cookies", () => {
  it("are Secure for an https public address or when SECURE_COOKIES=true, not for plain http", () => {
    expect(secureCookies({ NEXTAUTH_URL: "https://foraeldrestoette.kommune.dk" })).toBe(true);
    expect(secureCookies({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(secureCookies({ NEXTAUTH_URL: "http://10.0.0.5:3000", SECURE_COOKIES: "true" })).toBe(true);
    expect(secureCookies({})).toBe(false);
  });

  it("are what next-auth is configured with", () => {
    expect(authOptions.useSecureCookies).toBe(secureCookies(process.env));
  });
});

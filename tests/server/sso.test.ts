import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { SSO_REFUSALS } from "@/domain/accounts/sso";
import { ssoSignIn } from "@/server/auth/sso";
import { getDb } from "@/server/db";
import { messagesFor } from "@/i18n/messages";
import { auditRows, makeFamily, makeMunicipality, makeUser } from "../support/factories";

// The sign-in callback's logic, called with the claims an IdP would put in its ID token.
const MAP = "FS-Sagsbehandlere=CASEWORKER,FS-Familiebehandlere=THERAPIST,FS-Admins=ADMIN";
const envFor = (code: string, extra: Record<string, string> = {}) => ({ OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: MAP, OIDC_MUNICIPALITY_CODE: code, ...extra });
const claims = (email: string, groups: unknown, extra: Record<string, unknown> = {}) => ({ sub: randomUUID(), email, email_verified: true, name: "Mette Sso", groups, ...extra });

async function refusalsOf(email: string) {
  const db = await getDb();
  const rows = await db.auditEvent.findMany({ where: { action: "LOGIN_FAILED" }, orderBy: { id: "asc" } });
  return rows.filter((r) => (r.details as { email?: string } | null)?.email === email).map((r) => ({ outcome: r.outcome, details: r.details, actorId: r.actorId }));
}

describe("single sign-on", () => {
  it("signs in an active user by e-mail, case-insensitively, keeping a matching role, and audits the login", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id);
    const result = await ssoSignIn(await getDb(), claims(user.email.toUpperCase(), ["Alle-ansatte", "FS-Sagsbehandlere"]), envFor(m.code));
    expect(result).toEqual({ ok: true, userId: user.id });
    const logins = await auditRows({ actorId: user.id, action: "LOGIN" });
    expect(logins.map((r) => r.details)).toEqual([{ method: "oidc" }]);
    expect(await auditRows({ recordId: user.id, action: "UPDATE" })).toEqual([]);
  });

  it("takes the role from the IdP when it differs, and audits the change with the login", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id);
    const db = await getDb();
    expect(await ssoSignIn(db, claims(user.email, "FS-Familiebehandlere"), envFor(m.code))).toEqual({ ok: true, userId: user.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("THERAPIST");
    const updates = await auditRows({ recordId: user.id, action: "UPDATE" });
    expect(updates.map((r) => [r.actorId, r.details])).toEqual([[user.id, { role: { from: "CASEWORKER", to: "THERAPIST" }, method: "oidc" }]]);
    expect((await auditRows({ actorId: user.id, action: "LOGIN" })).length).toBe(1);
  });

  it("refuses a role change while the person still holds open families in the old role, and changes nothing", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id);
    await makeFamily(m.id, { caseworkerId: user.id });
    const db = await getDb();
    expect(await ssoSignIn(db, claims(user.email, ["FS-Familiebehandlere"]), envFor(m.code))).toEqual({ ok: false, error: "SsoRoleHeldOnFamilies" });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("CASEWORKER");
    expect(await refusalsOf(user.email)).toEqual([{ outcome: "DENIED", actorId: user.id, details: { email: user.email, method: "oidc", reason: "SsoRoleHeldOnFamilies", count: 1 } }]);
  });

  it("refuses groups that map to no role, and records what the IdP sent", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("THERAPIST", m.id);
    expect(await ssoSignIn(await getDb(), claims(user.email, ["Alle-ansatte"]), envFor(m.code))).toEqual({ ok: false, error: "SsoNoRole" });
    expect(await refusalsOf(user.email)).toEqual([
      { outcome: "DENIED", actorId: user.id, details: { email: user.email, method: "oidc", reason: "SsoNoRole", claim: "groups", values: ["Alle-ansatte"] } },
    ]);
    expect(await auditRows({ actorId: user.id, action: "LOGIN" })).toEqual([]);
  });

  it("refuses deactivated users, unverified e-mails, other municipalities' users and an administrator role the app did not give", async () => {
    const m = await makeMunicipality();
    const other = await makeMunicipality();
    const db = await getDb();
    const inactive = await makeUser("CASEWORKER", m.id, { active: false });
    expect(await ssoSignIn(db, claims(inactive.email, ["FS-Sagsbehandlere"]), envFor(m.code))).toEqual({ ok: false, error: "SsoInactive" });
    const unverified = await makeUser("CASEWORKER", m.id);
    expect(await ssoSignIn(db, claims(unverified.email, ["FS-Sagsbehandlere"], { email_verified: false }), envFor(m.code))).toEqual({ ok: false, error: "SsoEmailUnverified" });
    const foreign = await makeUser("CASEWORKER", other.id);
    expect(await ssoSignIn(db, claims(foreign.email, ["FS-Sagsbehandlere"]), envFor(m.code))).toEqual({ ok: false, error: "SsoOtherMunicipality" });
    const promoted = await makeUser("CASEWORKER", m.id);
    expect(await ssoSignIn(db, claims(promoted.email, ["FS-Admins"]), envFor(m.code))).toEqual({ ok: false, error: "SsoAdminNotGranted" });
    expect((await db.user.findUniqueOrThrow({ where: { id: promoted.id } })).role).toBe("CASEWORKER");
    for (const u of [inactive, unverified, foreign, promoted]) {
      expect((await refusalsOf(u.email)).map((r) => r.outcome)).toEqual(["DENIED"]);
      expect(await auditRows({ actorId: u.id, action: "LOGIN" })).toEqual([]);
    }
  });

  it("refuses an unknown e-mail unless OIDC_CREATE_USERS=true, and then creates the user without a password in the configured municipality", async () => {
    const m = await makeMunicipality();
    const db = await getDb();
    const email = `new-${randomUUID().slice(0, 8)}@kommune.dk`;
    expect(await ssoSignIn(db, claims(email, ["FS-Familiebehandlere"]), envFor(m.code))).toEqual({ ok: false, error: "SsoUnknownUser" });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
    expect((await refusalsOf(email)).map((r) => [r.actorId, (r.details as { reason: string }).reason])).toEqual([[null, "SsoUnknownUser"]]);

    const result = await ssoSignIn(db, claims(email.toUpperCase(), ["FS-Familiebehandlere"]), envFor(m.code, { OIDC_CREATE_USERS: "true" }));
    const created = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, role: true, municipalityId: true, passwordHash: true, name: true, active: true } });
    expect(result).toEqual({ ok: true, userId: created.id });
    expect(created).toMatchObject({ role: "THERAPIST", municipalityId: m.id, passwordHash: null, name: "Mette Sso", active: true });
    expect((await auditRows({ recordId: created.id, action: "CREATE" })).map((r) => r.details)).toEqual([{ role: "THERAPIST", method: "oidc" }]);
    expect((await auditRows({ actorId: created.id, action: "LOGIN" })).length).toBe(1);
  });

  it("never creates an administrator just in time", async () => {
    const m = await makeMunicipality();
    const db = await getDb();
    const email = `boss-${randomUUID().slice(0, 8)}@kommune.dk`;
    expect(await ssoSignIn(db, claims(email, ["FS-Admins"]), envFor(m.code, { OIDC_CREATE_USERS: "true" }))).toEqual({ ok: false, error: "SsoAdminNotGranted" });
    expect(await db.user.findUnique({ where: { email } })).toBeNull();
  });

  it("refuses every sign-in while the configuration is broken, and says so in the log", async () => {
    const m = await makeMunicipality();
    const user = await makeUser("CASEWORKER", m.id);
    const errors: string[] = [];
    const original = console.error;
    console.error = (msg: string) => errors.push(msg);
    try {
      expect(await ssoSignIn(await getDb(), claims(user.email, ["FS-Sagsbehandlere"]), envFor(m.code, { OIDC_ROLE_MAP: "FS-Sagsbehandlere=SITE" }))).toEqual({ ok: false, error: "SsoMisconfigured" });
    } finally {
      console.error = original;
    }
    expect(errors).toEqual([expect.stringContaining('"FS-Sagsbehandlere" maps to SITE')]);
    expect(await auditRows({ actorId: user.id, action: "LOGIN" })).toEqual([]);
  });

  it("has a text for every refusal in Danish and English", () => {
    for (const locale of ["da", "en"] as const) {
      const texts = (messagesFor(locale) as unknown as { ssoLogin: { refused: Record<string, string> } }).ssoLogin.refused;
      expect(Object.keys(texts).sort()).toEqual([...SSO_REFUSALS].sort());
    }
  });
});

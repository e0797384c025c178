import { describe, expect, it } from "vitest";
import { claimValues, decideSsoSignIn, parseRoleMap, parseSsoConfig, roleFromClaim, type SsoConfig, type SsoKnownUser } from "./sso";

const MAP = "FS-Sagsbehandlere=CASEWORKER,FS-Familiebehandlere=THERAPIST,FS-Koordinatorer=COORDINATOR,FS-Admins=ADMIN";
const config = (extra: Partial<SsoConfig> = {}): SsoConfig => {
  const parsed = parseSsoConfig({ OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: MAP, OIDC_MUNICIPALITY_CODE: "751" });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return { ...parsed.value, ...extra };
};
const none = { CASEWORKER: 0, THERAPIST: 0 };
const caseworker: SsoKnownUser = { id: "u1", role: "CASEWORKER", active: true, municipalityCode: "751" };
const claims = (groups: unknown, extra: Record<string, unknown> = {}) => ({ sub: "s", email: "Mette@Aarhus.dk", groups, ...extra });

describe("OIDC_ROLE_MAP", () => {
  it("reads comma-separated value=ROLE pairs in order, splitting at the last '='", () => {
    expect(parseRoleMap(" CN=FS Sagsbehandlere=caseworker , FS-Admins=ADMIN,")).toEqual({
      ok: true,
      value: [{ value: "CN=FS Sagsbehandlere", role: "CASEWORKER" }, { value: "FS-Admins", role: "ADMIN" }],
    });
  });

  it("refuses a pair without a role, an unknown role, SITE, a value mapped twice and an empty map", () => {
    expect(parseRoleMap("FS-Sags")).toEqual({ ok: false, errors: ['OIDC_ROLE_MAP: "FS-Sags" is not "claim value=ROLE"'] });
    const bad = parseRoleMap("A=BOSS,B=SITE,C=THERAPIST,C=CASEWORKER");
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.errors).toEqual([
      'OIDC_ROLE_MAP: "A" maps to unknown role "BOSS" (one of CASEWORKER, THERAPIST, CONSULTANT, COORDINATOR, ADMIN)',
      'OIDC_ROLE_MAP: "B" maps to SITE; placement-site users are made in the app and log in with a password',
      'OIDC_ROLE_MAP: "C" is mapped twice',
    ]);
    expect(parseRoleMap(" , ")).toEqual({ ok: false, errors: ["OIDC_ROLE_MAP is empty"] });
  });

  it("needs claim and map together, and a claim and municipality for creating users", () => {
    expect(parseSsoConfig({})).toEqual({ ok: true, value: { roleClaim: null, roleMap: [], createUsers: false, municipalityCode: null } });
    const errorsOf = (env: Record<string, string>) => {
      const parsed = parseSsoConfig(env);
      return parsed.ok ? [] : parsed.errors;
    };
    expect(errorsOf({ OIDC_ROLE_CLAIM: "groups" })).toEqual(["OIDC_ROLE_CLAIM is set but OIDC_ROLE_MAP is not"]);
    expect(errorsOf({ OIDC_ROLE_MAP: MAP })).toEqual(["OIDC_ROLE_MAP is set but OIDC_ROLE_CLAIM is not"]);
    expect(errorsOf({ OIDC_CREATE_USERS: "yes" })).toEqual(['OIDC_CREATE_USERS must be "true" or "false", not "yes"']);
    expect(errorsOf({ OIDC_CREATE_USERS: "true" })).toEqual([
      "OIDC_CREATE_USERS=true needs OIDC_ROLE_CLAIM and OIDC_ROLE_MAP: a new user needs a role",
      "OIDC_CREATE_USERS=true needs OIDC_MUNICIPALITY_CODE: a new user needs a municipality",
    ]);
    expect(errorsOf({ OIDC_CREATE_USERS: "TRUE", OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: MAP, OIDC_MUNICIPALITY_CODE: "751" })).toEqual([]);
  });
});

describe("claim to role", () => {
  const map = config().roleMap;
  it("takes a string or the strings of an array, a dotted path into an object, and nothing else", () => {
    expect(claimValues({ groups: "FS-Sagsbehandlere" }, "groups")).toEqual(["FS-Sagsbehandlere"]);
    expect(claimValues({ groups: ["a", 7, "b", null] }, "groups")).toEqual(["a", "b"]);
    expect(claimValues({ realm_access: { roles: ["x"] } }, "realm_access.roles")).toEqual(["x"]);
    expect(claimValues({ groups: { a: 1 } }, "groups")).toBeNull();
    expect(claimValues({ groups: 42 }, "groups")).toBeNull();
    expect(claimValues({}, "groups")).toBeNull();
  });

  it("gives the first mapped role the person holds, compared exactly", () => {
    expect(roleFromClaim(["FS-Familiebehandlere", "FS-Sagsbehandlere"], map)).toBe("CASEWORKER");
    expect(roleFromClaim(["FS-Admins", "FS-Koordinatorer"], map)).toBe("COORDINATOR");
    expect(roleFromClaim(["fs-sagsbehandlere", "Alle-ansatte"], map)).toBeNull();
    expect(roleFromClaim([], map)).toBeNull();
    expect(roleFromClaim(null, map)).toBeNull();
  });
});

describe("who signs in", () => {
  it("signs in a matching active user whose mapped role is their role", () => {
    expect(decideSsoSignIn({ config: config(), claims: claims(["FS-Sagsbehandlere"]), user: caseworker, caseload: none })).toEqual({ kind: "SIGN_IN", userId: "u1", roleChange: null });
  });

  it("refuses without an e-mail, with an e-mail the IdP marks unverified, and without a mapped role", () => {
    const decide = (c: Record<string, unknown>) => decideSsoSignIn({ config: config(), claims: c, user: caseworker, caseload: none });
    expect(decide({ sub: "s", groups: ["FS-Sagsbehandlere"] })).toEqual({ kind: "REFUSE", reason: "SsoNoEmail" });
    expect(decide(claims(["FS-Sagsbehandlere"], { email_verified: false }))).toEqual({ kind: "REFUSE", reason: "SsoEmailUnverified" });
    expect(decide(claims(["FS-Sagsbehandlere"], { email_verified: "false" }))).toEqual({ kind: "REFUSE", reason: "SsoEmailUnverified" });
    expect(decide(claims(["FS-Sagsbehandlere"], { email_verified: true })).kind).toBe("SIGN_IN");
    expect(decide(claims(["Alle-ansatte"]))).toEqual({ kind: "REFUSE", reason: "SsoNoRole" });
    expect(decide(claims(undefined))).toEqual({ kind: "REFUSE", reason: "SsoNoRole" });
  });

  it("keeps the stored role when no claim is configured", () => {
    const plain = parseSsoConfig({});
    if (!plain.ok) throw new Error("config");
    expect(decideSsoSignIn({ config: plain.value, claims: claims(undefined), user: { ...caseworker, role: "CONSULTANT" }, caseload: none })).toEqual({ kind: "SIGN_IN", userId: "u1", roleChange: null });
  });

  it("refuses deactivated users, placement-site users and users of another municipality", () => {
    const decide = (user: SsoKnownUser) => decideSsoSignIn({ config: config(), claims: claims(["FS-Sagsbehandlere"]), user, caseload: none });
    expect(decide({ ...caseworker, active: false })).toEqual({ kind: "REFUSE", reason: "SsoInactive" });
    expect(decide({ ...caseworker, role: "SITE", municipalityCode: null })).toEqual({ kind: "REFUSE", reason: "SsoSiteUser" });
    expect(decide({ ...caseworker, role: "PARENT" })).toEqual({ kind: "REFUSE", reason: "SsoParentUser" });
    expect(decide({ ...caseworker, municipalityCode: "101" })).toEqual({ kind: "REFUSE", reason: "SsoOtherMunicipality" });
    expect(decideSsoSignIn({ config: config({ municipalityCode: null }), claims: claims(["FS-Sagsbehandlere"]), user: { ...caseworker, municipalityCode: "101" }, caseload: none }).kind).toBe("SIGN_IN");
  });

  it("changes the role to the mapped one, but never to administrator and not while families are held in the old role", () => {
    const decide = (groups: string[], user: SsoKnownUser, caseload = none) => decideSsoSignIn({ config: config(), claims: claims(groups), user, caseload });
    expect(decide(["FS-Familiebehandlere"], caseworker)).toEqual({ kind: "SIGN_IN", userId: "u1", roleChange: { from: "CASEWORKER", to: "THERAPIST" } });
    expect(decide(["FS-Familiebehandlere"], caseworker, { CASEWORKER: 3, THERAPIST: 0 })).toEqual({ kind: "REFUSE", reason: "SsoRoleHeldOnFamilies", params: { count: 3 } });
    expect(decide(["FS-Familiebehandlere"], caseworker, { CASEWORKER: 0, THERAPIST: 2 })).toMatchObject({ kind: "SIGN_IN", roleChange: { to: "THERAPIST" } });
    expect(decide(["FS-Admins"], caseworker)).toEqual({ kind: "REFUSE", reason: "SsoAdminNotGranted" });
    expect(decide(["FS-Admins"], { ...caseworker, role: "ADMIN" })).toEqual({ kind: "SIGN_IN", userId: "u1", roleChange: null });
    expect(decide(["FS-Koordinatorer"], { ...caseworker, role: "ADMIN" })).toEqual({ kind: "SIGN_IN", userId: "u1", roleChange: { from: "ADMIN", to: "COORDINATOR" } });
  });

  it("creates an unknown person only when asked to, in the configured municipality, never as administrator", () => {
    const decide = (groups: string[], c: SsoConfig) => decideSsoSignIn({ config: c, claims: claims(groups), user: null, caseload: none });
    expect(decide(["FS-Sagsbehandlere"], config())).toEqual({ kind: "REFUSE", reason: "SsoUnknownUser" });
    expect(decide(["FS-Sagsbehandlere"], config({ createUsers: true }))).toEqual({ kind: "CREATE", email: "mette@aarhus.dk", role: "CASEWORKER", municipalityCode: "751" });
    expect(decide(["FS-Admins"], config({ createUsers: true }))).toEqual({ kind: "REFUSE", reason: "SsoAdminNotGranted" });
    expect(decide(["Alle-ansatte"], config({ createUsers: true }))).toEqual({ kind: "REFUSE", reason: "SsoNoRole" });
  });
});

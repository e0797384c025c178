import { checkRoleChange, type OpenCaseload } from "../people/handover";

// Single sign-on with the municipality's OpenID Connect provider (the IdP): which role a person's
// groups give them, and whether a sign-in matches a user, creates one or is refused. Pure; the
// server (src/server/auth/sso.ts) reads the user and writes the outcome.
//
// Configuration (environment):
//   OIDC_ROLE_CLAIM         the claim holding the person's groups or roles, e.g. "groups" or "roles"
//                           (a string or an array of strings; a dotted path such as
//                           "realm_access.roles" reaches into an object).
//   OIDC_ROLE_MAP           comma-separated "claim value=ROLE" pairs, e.g.
//                           "FS-Sagsbehandlere=CASEWORKER,FS-Familiebehandlere=THERAPIST".
//                           The first pair whose value the person has decides, so put the
//                           stronger role first. A value is split from its role at the last "=".
//   OIDC_CREATE_USERS       "true": a person with a role who is not yet a user is created at
//                           sign-in (never as ADMIN, and SITE cannot be mapped at all).
//   OIDC_MUNICIPALITY_CODE  the municipality the IdP speaks for: new users are created there and
//                           users of any other municipality are refused.
//
// The IdP is the source of truth for the role whenever OIDC_ROLE_CLAIM is set: a person whose
// claim is missing or maps to no role is refused, and a role that differs from the stored one is
// changed at sign-in (audited). Without OIDC_ROLE_CLAIM, sign-in only matches existing users by
// e-mail and keeps their role.

/** The roles a map may give. SITE staff work for placement sites, not for the municipality whose IdP this is. */
export const SSO_MAPPABLE_ROLES = ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR", "ADMIN"] as const;
export type SsoRole = (typeof SSO_MAPPABLE_ROLES)[number];

/** Each refusal is a next-auth `error` the login page turns into a text (src/i18n/messages/sso.*.json). */
export const SSO_REFUSALS = [
  "SsoMisconfigured",
  "SsoNoEmail",
  "SsoEmailUnverified",
  "SsoNoRole",
  "SsoUnknownUser",
  "SsoInactive",
  "SsoSiteUser",
  "SsoParentUser",
  "SsoOtherMunicipality",
  "SsoAdminNotGranted",
  "SsoRoleHeldOnFamilies",
  // The parents' own provider (src/domain/accounts/parent-sso.ts).
  "ParentSsoUnknown",
  "ParentSsoSuspended",
  "ParentSsoStaffUser",
] as const;
export type SsoRefusal = (typeof SSO_REFUSALS)[number];

export function isSsoRefusal(value: unknown): value is SsoRefusal {
  return typeof value === "string" && (SSO_REFUSALS as readonly string[]).includes(value);
}

export interface RoleMapEntry {
  value: string;
  role: SsoRole;
}

export interface SsoConfig {
  roleClaim: string | null;
  roleMap: RoleMapEntry[];
  createUsers: boolean;
  municipalityCode: string | null;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function parseRoleMap(text: string): Parsed<RoleMapEntry[]> {
  const errors: string[] = [];
  const entries: RoleMapEntry[] = [];
  const seen = new Set<string>();
  for (const raw of text.split(",")) {
    const pair = raw.trim();
    if (!pair) continue;
    const at = pair.lastIndexOf("=");
    const value = at > 0 ? pair.slice(0, at).trim() : "";
    const role = at > 0 ? pair.slice(at + 1).trim().toUpperCase() : "";
    if (!value || !role) {
      errors.push(`OIDC_ROLE_MAP: "${pair}" is not "claim value=ROLE"`);
    } else if (role === "SITE") {
      errors.push(`OIDC_ROLE_MAP: "${value}" maps to SITE; placement-site users are made in the app and log in with a password`);
    } else if (!(SSO_MAPPABLE_ROLES as readonly string[]).includes(role)) {
      errors.push(`OIDC_ROLE_MAP: "${value}" maps to unknown role "${role}" (one of ${SSO_MAPPABLE_ROLES.join(", ")})`);
    } else if (seen.has(value)) {
      errors.push(`OIDC_ROLE_MAP: "${value}" is mapped twice`);
    } else {
      seen.add(value);
      entries.push({ value, role: role as SsoRole });
    }
  }
  if (errors.length === 0 && entries.length === 0) errors.push("OIDC_ROLE_MAP is empty");
  return errors.length ? { ok: false, errors } : { ok: true, value: entries };
}

export function parseSsoConfig(env: Record<string, string | undefined>): Parsed<SsoConfig> {
  const errors: string[] = [];
  const roleClaim = env.OIDC_ROLE_CLAIM?.trim() || null;
  const mapText = env.OIDC_ROLE_MAP?.trim() || null;
  const createText = (env.OIDC_CREATE_USERS ?? "").trim().toLowerCase();
  const municipalityCode = env.OIDC_MUNICIPALITY_CODE?.trim() || null;

  let roleMap: RoleMapEntry[] = [];
  if (roleClaim && !mapText) errors.push("OIDC_ROLE_CLAIM is set but OIDC_ROLE_MAP is not");
  if (!roleClaim && mapText) errors.push("OIDC_ROLE_MAP is set but OIDC_ROLE_CLAIM is not");
  if (mapText) {
    const parsed = parseRoleMap(mapText);
    if (parsed.ok) roleMap = parsed.value;
    else errors.push(...parsed.errors);
  }
  if (!["", "true", "false"].includes(createText)) errors.push(`OIDC_CREATE_USERS must be "true" or "false", not "${env.OIDC_CREATE_USERS}"`);
  const createUsers = createText === "true";
  if (createUsers && !roleClaim) errors.push("OIDC_CREATE_USERS=true needs OIDC_ROLE_CLAIM and OIDC_ROLE_MAP: a new user needs a role");
  if (createUsers && !municipalityCode) errors.push("OIDC_CREATE_USERS=true needs OIDC_MUNICIPALITY_CODE: a new user needs a municipality");
  return errors.length ? { ok: false, errors } : { ok: true, value: { roleClaim, roleMap, createUsers, municipalityCode } };
}

/** The claim's values: a string is one value, an array keeps its strings; anything else (or nothing) is null. */
export function claimValues(claims: Record<string, unknown>, claim: string): string[] | null {
  let node: unknown = claims[claim];
  if (node === undefined && claim.includes(".")) {
    node = claim.split(".").reduce<unknown>((at, part) => (at && typeof at === "object" && !Array.isArray(at) ? (at as Record<string, unknown>)[part] : undefined), claims);
  }
  if (typeof node === "string") return [node];
  if (Array.isArray(node)) return node.filter((v): v is string => typeof v === "string");
  return null;
}

/** The first entry of the map the person's values name, or null. Values are compared exactly. */
export function roleFromClaim(values: string[] | null, map: RoleMapEntry[]): SsoRole | null {
  if (!values) return null;
  const held = new Set(values);
  return map.find((entry) => held.has(entry.value))?.role ?? null;
}

/** The e-mail, lower-cased, or null when the IdP sent none. */
export function ssoEmail(claims: Record<string, unknown>): string | null {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  return email.includes("@") && email.length <= 254 ? email : null;
}

/** Only an explicit "not verified" refuses: many municipal IdPs send no email_verified at all. */
export function emailUnverified(claims: Record<string, unknown>): boolean {
  return claims.email_verified === false || claims.email_verified === "false";
}

export interface SsoKnownUser {
  id: string;
  role: string;
  active: boolean;
  /** The code of the user's municipality; null for placement-site users. */
  municipalityCode: string | null;
}

export type SsoDecision =
  | { kind: "SIGN_IN"; userId: string; roleChange: { from: string; to: SsoRole } | null }
  | { kind: "CREATE"; email: string; role: Exclude<SsoRole, "ADMIN">; municipalityCode: string }
  | { kind: "REFUSE"; reason: SsoRefusal; params?: Record<string, number> };

export interface SsoInput {
  config: SsoConfig;
  claims: Record<string, unknown>;
  /** The user with the claims' e-mail, or null. */
  user: SsoKnownUser | null;
  /** The user's open families per role on them (only read when the role changes). */
  caseload: OpenCaseload;
}

/**
 * Who signs in. Refused: no e-mail, an e-mail the IdP says is unverified, no role from the claim
 * (when a claim is configured), an unknown e-mail (unless users are created), a deactivated user,
 * a placement-site user, a user of another municipality, the administrator role given by the IdP
 * to someone who is not already one (administrators are made in the app, by an administrator),
 * and a role change while the person still holds open families in the old role (hand over first).
 */
export function decideSsoSignIn({ config, claims, user, caseload }: SsoInput): SsoDecision {
  const refuse = (reason: SsoRefusal, params?: Record<string, number>): SsoDecision => (params ? { kind: "REFUSE", reason, params } : { kind: "REFUSE", reason });
  const email = ssoEmail(claims);
  if (!email) return refuse("SsoNoEmail");
  if (emailUnverified(claims)) return refuse("SsoEmailUnverified");
  const role = config.roleClaim ? roleFromClaim(claimValues(claims, config.roleClaim), config.roleMap) : null;
  if (config.roleClaim && !role) return refuse("SsoNoRole");

  if (!user) {
    if (!config.createUsers || !role || !config.municipalityCode) return refuse("SsoUnknownUser");
    if (role === "ADMIN") return refuse("SsoAdminNotGranted");
    return { kind: "CREATE", email, role, municipalityCode: config.municipalityCode };
  }
  if (!user.active) return refuse("SsoInactive");
  if (user.role === "SITE" || user.municipalityCode === null) return refuse("SsoSiteUser");
  // A parent's login is never a staff login: the staff IdP cannot make it one, nor sign it in.
  if (user.role === "PARENT") return refuse("SsoParentUser");
  if (config.municipalityCode && user.municipalityCode !== config.municipalityCode) return refuse("SsoOtherMunicipality");
  if (!role || role === user.role) return { kind: "SIGN_IN", userId: user.id, roleChange: null };
  if (role === "ADMIN") return refuse("SsoAdminNotGranted");
  const held = checkRoleChange(user.role, role, caseload);
  if (held) return refuse("SsoRoleHeldOnFamilies", { count: Number(held.params?.count ?? 0) });
  return { kind: "SIGN_IN", userId: user.id, roleChange: { from: user.role, to: role } };
}

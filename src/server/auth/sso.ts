import "server-only";
import { claimValues, decideSsoSignIn, parseSsoConfig, ssoEmail, type SsoRefusal } from "@/domain/accounts/sso";
import type { OpenCaseload } from "@/domain/people/handover";
import type { Role } from "@/generated/prisma/enums";
import type { Db } from "../db";
import { writeAudit } from "../audit";

export type SsoSignInResult = { ok: true; userId: string } | { ok: false; error: SsoRefusal };

/** A family still in the programme holds its staff; a closed case keeps its last caseworker on record. */
async function openCaseload(db: Db, userId: string): Promise<OpenCaseload> {
  const groups = await db.familyAssignment.groupBy({ by: ["role"], where: { userId, family: { stage: { not: "CLOSED" } } }, _count: { _all: true } });
  const out: OpenCaseload = { CASEWORKER: 0, THERAPIST: 0 };
  for (const g of groups) if (g.role === "CASEWORKER" || g.role === "THERAPIST") out[g.role] = g._count._all;
  return out;
}

/** The claim's values for the audit row of a refusal, so an operator sees what the IdP sent. Bounded. */
function claimForAudit(claims: Record<string, unknown>, claim: string | null): string[] | null {
  if (!claim) return null;
  return claimValues(claims, claim)?.slice(0, 20).map((v) => v.slice(0, 120)) ?? null;
}

/**
 * The sign-in of a person the IdP vouched for (`claims`: the ID token's claims): matched to a user
 * by e-mail, created, given the role the IdP's claim maps to, or refused (src/domain/accounts/sso.ts).
 * Every outcome is audited: LOGIN, LOGIN_FAILED, and the role change or creation with the login.
 */
export async function ssoSignIn(db: Db, claims: Record<string, unknown>, env: Record<string, string | undefined> = process.env, attempt = 1): Promise<SsoSignInResult> {
  if (attempt > 3) throw new Error("single sign-on: the user kept changing while signing in");
  const email = ssoEmail(claims);
  const parsed = parseSsoConfig(env);
  const refused = async (reason: SsoRefusal, user: { id: string; email: string; municipalityId: string | null } | null, more: Record<string, unknown> = {}) => {
    await writeAudit(db, user, {
      action: "LOGIN_FAILED", outcome: "DENIED", recordType: "User", recordId: user?.id ?? null,
      details: JSON.parse(JSON.stringify({ email, method: "oidc", reason, ...more })),
    });
    return { ok: false as const, error: reason };
  };
  if (!parsed.ok) {
    console.error(`[sso] single sign-on is misconfigured: ${parsed.errors.join("; ")}`);
    return refused("SsoMisconfigured", null);
  }
  const config = parsed.value;

  const found = email
    ? await db.user.findUnique({ where: { email }, select: { id: true, email: true, role: true, active: true, municipalityId: true, municipality: { select: { code: true } } } })
    : null;
  const user = found ? { id: found.id, role: found.role, active: found.active, municipalityCode: found.municipality?.code ?? null } : null;
  const who = found ? { id: found.id, email: found.email, municipalityId: found.municipalityId } : null;
  const caseload = found ? await openCaseload(db, found.id) : { CASEWORKER: 0, THERAPIST: 0 };

  const decision = decideSsoSignIn({ config, claims, user, caseload });
  if (decision.kind === "REFUSE") {
    const claim = decision.reason === "SsoNoRole" ? { claim: config.roleClaim, values: claimForAudit(claims, config.roleClaim) } : {};
    return refused(decision.reason, who, { ...claim, ...(decision.params ?? {}) });
  }

  if (decision.kind === "CREATE") {
    const municipality = await db.municipality.findUnique({ where: { code: decision.municipalityCode }, select: { id: true } });
    if (!municipality) {
      console.error(`[sso] OIDC_MUNICIPALITY_CODE "${decision.municipalityCode}" names no municipality`);
      return refused("SsoMisconfigured", null);
    }
    const name = (typeof claims.name === "string" && claims.name.trim() ? claims.name.trim() : decision.email).slice(0, 200);
    try {
      const created = await db.$transaction(async (tx) => {
        const u = await tx.user.create({ data: { email: decision.email, name, role: decision.role, municipalityId: municipality.id }, select: { id: true, email: true, municipalityId: true } });
        await writeAudit(tx, u, { action: "CREATE", recordType: "User", recordId: u.id, details: { role: decision.role, method: "oidc" } });
        await writeAudit(tx, u, { action: "LOGIN", recordType: "User", recordId: u.id, details: { method: "oidc", created: true } });
        return u;
      });
      return { ok: true, userId: created.id };
    } catch (e) {
      // Two first sign-ins of one person at once: the other one created the user; this one tries again.
      if ((e as { code?: string }).code === "P2002") return ssoSignIn(db, claims, env, attempt + 1);
      throw e;
    }
  }

  const { roleChange } = decision;
  if (!roleChange) {
    await writeAudit(db, who, { action: "LOGIN", recordType: "User", recordId: decision.userId, details: { method: "oidc" } });
    return { ok: true, userId: decision.userId };
  }
  // The IdP is the source of truth for the role: changed with the login, in one transaction, and
  // only from the role the decision was made on (a concurrent change by an administrator wins).
  const changed = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({ where: { id: decision.userId, role: roleChange.from as Role, active: true }, data: { role: roleChange.to, version: { increment: 1 } } });
    if (count !== 1) return false;
    await writeAudit(tx, who, { action: "UPDATE", recordType: "User", recordId: decision.userId, details: { role: roleChange, method: "oidc" } });
    await writeAudit(tx, who, { action: "LOGIN", recordType: "User", recordId: decision.userId, details: { method: "oidc" } });
    return true;
  });
  return changed ? { ok: true, userId: decision.userId } : ssoSignIn(db, claims, env, attempt + 1);
}

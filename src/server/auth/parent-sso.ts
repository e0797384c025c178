import "server-only";
import { decideParentSignIn } from "@/domain/accounts/parent-sso";
import { ssoEmail, type SsoRefusal } from "@/domain/accounts/sso";
import type { Db } from "../db";
import { writeAudit } from "../audit";

/** A parent signing in through the parents' provider: matched by e-mail to their invited login, audited either way. */
export async function parentSsoSignIn(db: Db, claims: Record<string, unknown>): Promise<{ ok: true; userId: string } | { ok: false; error: SsoRefusal }> {
  const email = ssoEmail(claims);
  const user = email ? await db.user.findUnique({ where: { email }, select: { id: true, email: true, role: true, active: true, municipalityId: true } }) : null;
  const decision = decideParentSignIn(claims, user);
  const who = user ? { id: user.id, email: user.email, municipalityId: user.municipalityId } : null;
  if (decision.kind === "REFUSE") {
    await writeAudit(db, who, { action: "LOGIN_FAILED", outcome: "DENIED", recordType: "User", recordId: user?.id ?? null, details: { email, method: "parent-oidc", reason: decision.reason } });
    return { ok: false, error: decision.reason };
  }
  await writeAudit(db, who, { action: "LOGIN", recordType: "User", recordId: decision.userId, details: { method: "parent-oidc" } });
  return { ok: true, userId: decision.userId };
}

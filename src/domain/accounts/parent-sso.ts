import { emailUnverified, ssoEmail, type SsoRefusal } from "./sso";

// The parents' own login through an OpenID Connect provider of their own (PARENT_OIDC_*): in production MitID
// through a NemLog-in broker, separate from the staff's provider. It never creates a login and never gives a
// role: it lets in a parent the caseworker has invited (an existing PARENT login), by the e-mail the provider
// vouches for, and nobody else.

export type ParentSsoDecision = { kind: "SIGN_IN"; userId: string } | { kind: "REFUSE"; reason: SsoRefusal };

export function decideParentSignIn(claims: Record<string, unknown>, user: { id: string; role: string; active: boolean } | null): ParentSsoDecision {
  const refuse = (reason: SsoRefusal): ParentSsoDecision => ({ kind: "REFUSE", reason });
  if (!ssoEmail(claims)) return refuse("SsoNoEmail");
  if (emailUnverified(claims)) return refuse("SsoEmailUnverified");
  if (!user) return refuse("ParentSsoUnknown");
  // Staff never come in through the parents' door, whatever the provider says.
  if (user.role !== "PARENT") return refuse("ParentSsoStaffUser");
  if (!user.active) return refuse("ParentSsoSuspended");
  return { kind: "SIGN_IN", userId: user.id };
}

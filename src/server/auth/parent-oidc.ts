import "server-only";
import type { Provider } from "next-auth/providers/index";

// The parents' own identity provider (MitID through a NemLog-in broker in production), offered only when
// configured, and separate from the staff's (oidc.ts): a parent never signs in through the staff's door.
export function parentOidcConfigured(env: Record<string, string | undefined> = process.env): boolean {
  return !!(env.PARENT_OIDC_ISSUER && env.PARENT_OIDC_CLIENT_ID && env.PARENT_OIDC_CLIENT_SECRET);
}

export const parentOidcDisplayName = () => process.env.PARENT_OIDC_DISPLAY_NAME?.trim() || "MitID";

export function parentOidcProvider(): Provider[] {
  if (!parentOidcConfigured()) return [];
  return [
    {
      id: "parent-oidc",
      name: parentOidcDisplayName(),
      type: "oauth",
      wellKnown: `${process.env.PARENT_OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: process.env.PARENT_OIDC_CLIENT_ID,
      clientSecret: process.env.PARENT_OIDC_CLIENT_SECRET,
      authorization: { params: { scope: process.env.PARENT_OIDC_SCOPE?.trim() || "openid email" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? profile.email ?? null };
      },
    },
  ];
}

import "server-only";
import type { Provider } from "next-auth/providers/index";

// Offered only when the municipality's identity provider is configured in the environment.
export function oidcConfigured(): boolean {
  return !!(process.env.OIDC_ISSUER && process.env.OIDC_CLIENT_ID && process.env.OIDC_CLIENT_SECRET);
}

export function oidcProvider(): Provider[] {
  if (!oidcConfigured()) return [];
  return [
    {
      id: "oidc",
      name: process.env.OIDC_DISPLAY_NAME ?? "Single sign-on",
      type: "oauth",
      wellKnown: `${process.env.OIDC_ISSUER!.replace(/\/$/, "")}/.well-known/openid-configuration`,
      clientId: process.env.OIDC_CLIENT_ID,
      clientSecret: process.env.OIDC_CLIENT_SECRET,
      // The role claim (OIDC_ROLE_CLAIM) is read from the ID token; OIDC_SCOPE asks for more scopes where the IdP needs one for it.
      authorization: { params: { scope: process.env.OIDC_SCOPE?.trim() || "openid email profile" } },
      idToken: true,
      checks: ["pkce", "state"],
      profile(profile: { sub: string; email?: string; name?: string }) {
        return { id: profile.sub, email: profile.email?.toLowerCase() ?? null, name: profile.name ?? profile.email ?? null };
      },
    },
  ];
}

import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "../db";
import { writeAudit } from "../audit";
import { authenticate } from "./authenticate";
import { oidcProvider } from "./oidc";
import { ssoSignIn } from "./sso";
import { parentOidcProvider } from "./parent-oidc";
import { parentSsoSignIn } from "./parent-sso";
import { clientIpFrom } from "../request-meta";
import { loginRequestMeta, revokeSession, startSession } from "./user-sessions";
import { secureCookies } from "./secure-cookies";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // a working day

export const authOptions: NextAuthOptions = {
  secret: process.env.AUTH_SECRET || process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies(),
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      id: "credentials",
      name: "E-mail",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, req) {
        const db = await getDb();
        const result = await authenticate(db, String(credentials?.email ?? ""), String(credentials?.password ?? ""), clientIpFrom(req?.headers));
        if (!result.ok) {
          // next-auth passes a thrown message to the client as `error`; a null return becomes "CredentialsSignin".
          if (result.error === "THROTTLED") throw new Error("THROTTLED");
          return null;
        }
        return result.user;
      },
    }),
    ...oidcProvider(),
    ...parentOidcProvider(),
  ],
  callbacks: {
    async signIn({ user, account, profile }) {
      if (account?.provider === "parent-oidc") {
        const result = await parentSsoSignIn(await getDb(), (profile ?? {}) as Record<string, unknown>);
        if (!result.ok) return `/login?error=${result.error}`;
        user.id = result.userId;
        return true;
      }
      if (account?.provider !== "oidc") return true;
      // Single sign-on: matched by e-mail, the role from the IdP's claim (src/server/auth/sso.ts); a refusal
      // goes back to the login page with its reason, which the page shows in the user's language.
      const result = await ssoSignIn(await getDb(), (profile ?? {}) as Record<string, unknown>);
      if (!result.ok) return `/login?error=${result.error}`;
      user.id = result.userId;
      return true;
    },
    async jwt({ token, user }) {
      // Only at sign-in (credentials and SSO alike): the token names a server-side session that logout,
      // idle time or an administrator can end, which a signed JWT alone cannot.
      if (user?.id) {
        token.uid = user.id;
        token.sid = await startSession(await getDb(), user.id, await loginRequestMeta());
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user) (session.user as { id?: string }).id = typeof token.uid === "string" ? token.uid : undefined;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.uid !== "string") return;
      const db = await getDb();
      if (typeof token.sid === "string") await revokeSession(db, token.sid, "LOGOUT");
      const user = await db.user.findUnique({ where: { id: token.uid }, select: { id: true, email: true, municipalityId: true } });
      if (user) await writeAudit(db, user, { action: "LOGOUT", recordType: "User", recordId: user.id });
    },
  },
};

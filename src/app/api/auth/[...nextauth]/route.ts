import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { getTranslations } from "next-intl/server";
import { authOptions } from "@/server/auth/options";
import { badCallbackUrls } from "@/server/auth/callback-url";

const nextAuth = NextAuth(authOptions);

async function handler(req: NextRequest, ctx: { params: Promise<{ nextauth: string[] }> }) {
  const base = process.env.NEXTAUTH_URL ?? req.nextUrl.origin;
  const bad = badCallbackUrls(req.nextUrl.searchParams, req.cookies.getAll(), base);
  if (bad.length > 0) {
    const t = await getTranslations("app");
    const headers = new Headers({ "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" });
    // A broken cookie would refuse every later login too: clear it.
    for (const name of bad) if (name !== "query") headers.append("Set-Cookie", `${name}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${name.startsWith("__Secure-") ? "; Secure" : ""}`);
    return new Response(`${t("badRequestTitle")}. ${t("badRequestText")}`, { status: 400, headers });
  }
  return nextAuth(req, ctx);
}

export { handler as GET, handler as POST };

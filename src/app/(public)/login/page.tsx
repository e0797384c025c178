import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getCurrentActor } from "@/server/auth/session";
import { oidcConfigured } from "@/server/auth/oidc";
import { isSsoRefusal } from "@/domain/accounts/sso";
import { parentOidcConfigured, parentOidcDisplayName } from "@/server/auth/parent-oidc";
import { demoAccountsPresent } from "@/server/demo/presence";
import { ROLE_HOME } from "@/features/navigation/nav";
import { LanguageSwitch } from "@/components/language-switch";
import { setLocaleAction } from "@/features/preferences/actions";
import { LoginForm } from "./login-form";
import { SuccessNotice } from "@/components/success-notice";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("login.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ error?: string; password?: string }> }) {
  const actor = await getCurrentActor();
  if (actor) redirect(ROLE_HOME[actor.role]);
  const [t, demo, { error, password }] = await Promise.all([getTranslations(), demoAccountsPresent(), searchParams]);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <div className="flex items-start justify-between">
        <div>
          <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{t("app.name")}</p>
          <p className="text-sm text-slate-600">{t("app.tagline")}</p>
        </div>
        <LanguageSwitch action={setLocaleAction} />
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-2xl font-semibold">{t("login.title")}</h1>
        {password === "set" && <SuccessNotice className="mb-4">{t("account.passwordSet")}</SuccessNotice>}
        <LoginForm
          initialError={isSsoRefusal(error) ? null : error ? "generic" : null}
          ssoRefusal={isSsoRefusal(error) ? t(`ssoLogin.refused.${error}`) : null}
          sso={oidcConfigured() ? (process.env.OIDC_DISPLAY_NAME ?? "SSO") : null}
          parentSso={parentOidcConfigured() ? parentOidcDisplayName() : null}
        />
        <p className="mt-4 text-sm"><Link href="/account/forgot-password" className="text-brand-700 underline">{t("credentials.forgot.link")}</Link></p>
      </section>
      {demo.length > 0 && (
        <section aria-labelledby="demo-heading" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm" data-testid="demo-notice">
          <h2 id="demo-heading" className="font-semibold">{t("login.demoAccounts")}</h2>
          <p className="mt-1">{t("login.demoNotice", { password: "demo1234" })}</p>
          <ul className="mt-2 space-y-0.5">
            {demo.map((u) => (
              <li key={u.email}><code>{u.email}</code> – {t(`roles.${u.role}`)}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

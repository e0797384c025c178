import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { setLocaleAction } from "@/features/preferences/actions";
import { tokenStatus } from "@/features/accounts/set-password";
import { SetPasswordForm } from "@/features/accounts/set-password-form";
import { ClientMessages } from "@/components/client-messages";
import { ACCOUNTS_MESSAGES } from "@/features/accounts/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function SetPasswordPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const raw = (await searchParams).token;
  const token = typeof raw === "string" ? raw : "";
  const [t, status] = await Promise.all([getTranslations(), tokenStatus(token)]);
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <div className="flex items-start justify-between">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{t("app.name")}</p>
        <LanguageSwitch action={setLocaleAction} />
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-2xl font-semibold">{t("account.title")}</h1>
        {status.ok ? (
          <>
            <p className="mb-4 text-sm text-slate-700">{t(status.purpose === "INVITATION" ? "account.introInvitation" : "account.introReset")}</p>
            <ClientMessages namespaces={ACCOUNTS_MESSAGES}><SetPasswordForm token={token} /></ClientMessages>
          </>
        ) : (
          <div role="alert" className="space-y-3 text-sm" data-testid="token-refused">
            <p>{t(`account.token.${status.reason}`)}</p>
            <p><Link href="/login" className="text-brand-700 underline">{t("account.toLogin")}</Link></p>
            <p><Link href="/account/forgot-password" className="text-brand-700 underline">{t("credentials.forgot.link")}</Link></p>
          </div>
        )}
      </section>
    </main>
  );
}

import Link from "next/link";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/language-switch";
import { setLocaleAction } from "@/features/preferences/actions";
import { ForgotPasswordForm } from "@/features/accounts/forgot-password-form";
import { TOKEN_LIFETIME_MS } from "@/server/auth/account-tokens";
import { ClientMessages } from "@/components/client-messages";
import { ACCOUNTS_MESSAGES } from "@/features/accounts/client-messages";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("credentials.forgot");
  return { title: t("title") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations();
  return (
    <main id="main" className="mx-auto flex min-h-screen max-w-md flex-col justify-center gap-6 p-6">
      <div className="flex items-start justify-between">
        <p className="text-sm font-medium uppercase tracking-wide text-brand-700">{t("app.name")}</p>
        <LanguageSwitch action={setLocaleAction} />
      </div>
      <section className="rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 text-2xl font-semibold">{t("credentials.forgot.title")}</h1>
        <p className="mb-4 text-sm text-slate-700">{t("credentials.forgot.intro")}</p>
        <ClientMessages namespaces={ACCOUNTS_MESSAGES}><ForgotPasswordForm hours={TOKEN_LIFETIME_MS.PASSWORD_RESET / 3_600_000} /></ClientMessages>
        <p className="mt-4 text-sm"><Link href="/login" className="text-brand-700 underline">{t("account.toLogin")}</Link></p>
      </section>
    </main>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { CreateSiteForm } from "@/features/admin/components/sites-forms";
import { ClientMessages } from "@/components/client-messages";
import { ADMIN_MESSAGES } from "@/features/admin/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("siteAdmin");
  return { title: t("newTitle") };
}

/** Registering a site: search the shared register first, so a site already there is not entered twice. */
export default async function NewSitePage() {
  await requirePermission("admin.sites");
  const t = await getTranslations("siteAdmin");
  return (
    <div className="max-w-3xl space-y-6">
      <Link href="/admin/sites" className="text-brand-700 underline">{t("back")}</Link>
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <section aria-labelledby="search-first" className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <h2 id="search-first" className="text-lg font-semibold">{t("searchFirstTitle")}</h2>
        <p className="text-sm text-slate-600">{t("searchFirstIntro")}</p>
        <form method="get" action="/admin/sites" role="search" className="flex flex-wrap items-end gap-2">
          <div>
            <label htmlFor="new-site-q" className="block text-sm font-medium">{t("search")}</label>
            <input id="new-site-q" name="q" className="mt-1 w-64 max-w-full rounded border border-slate-300 px-3 py-2" />
          </div>
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">{t("searchButton")}</button>
        </form>
      </section>
      <section aria-labelledby="register" className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <h2 id="register" className="text-lg font-semibold">{t("registerTitle")}</h2>
        <ClientMessages namespaces={ADMIN_MESSAGES}><CreateSiteForm /></ClientMessages>
      </section>
    </div>
  );
}

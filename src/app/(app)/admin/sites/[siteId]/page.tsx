import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadSiteEntry } from "@/features/admin/sites-queries";
import { CreateSiteUserForm, EditSiteForm, ReinviteSiteUserForm, SiteUserActiveForm } from "@/features/admin/components/sites-forms";
import { ClientMessages } from "@/components/client-messages";
import { ADMIN_MESSAGES } from "@/features/admin/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("siteAdmin");
  return { title: t("editTitle") };
}

/** One register entry: its fields, who changed it last, its users. Never the children placed there. */
export default async function SitePage({ params, searchParams }: { params: Promise<{ siteId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("admin.sites");
  const [{ siteId }, sp] = await Promise.all([params, searchParams]);
  const [t, format, entry] = await Promise.all([getTranslations(), getDateFormat(), loadSiteEntry(actor, siteId)]);
  if (!entry) notFound();
  const { site, users, updatedBy } = entry;
  const status = { ACTIVE: t("userAdmin.statusActive"), INVITED: t("userAdmin.statusInvited"), INACTIVE: t("userAdmin.statusInactive") };
  const section = "space-y-2 rounded border border-slate-200 bg-white p-4";
  return (
    <div className="max-w-4xl space-y-6">
      <Link href="/admin/sites" className="text-brand-700 underline">{t("siteAdmin.back")}</Link>
      <h1 className="text-2xl font-semibold break-words">{site.name}</h1>
      {sp.created === "1" && <p role="status" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">{t("siteAdmin.created")}</p>}
      <p className="text-sm text-slate-700" data-testid="site-changed">
        {t(`siteKind.${site.kind}`)} · {updatedBy
          ? t("siteAdmin.changedBy", { name: updatedBy.name, municipality: updatedBy.municipality ?? "–", when: format(site.updatedAt, "dayTime") })
          : t("siteAdmin.changedAt", { when: format(site.updatedAt, "dayTime") })}
      </p>

      <section aria-labelledby="edit" className={section}>
        <h2 id="edit" className="text-lg font-semibold">{t("siteAdmin.editTitle")}</h2>
        <p className="text-sm text-slate-600">{t("siteAdmin.sharedNote")}</p>
        <ClientMessages namespaces={ADMIN_MESSAGES}><EditSiteForm site={site} /></ClientMessages>
      </section>

      <section aria-labelledby="site-users" className={section}>
        <h2 id="site-users" className="text-lg font-semibold">{t("siteAdmin.usersTitle")}</h2>
        {users.length === 0 ? <p className="text-sm">{t("siteAdmin.noUsers")}</p> : (
          <ul className="space-y-3" data-testid="site-users">
            {users.map((u) => (
              <li key={u.id} className="space-y-1 border-b border-slate-200 pb-3">
                <p className="break-all text-sm"><span className="font-medium">{u.name}</span> · {u.email} · {status[u.status]}</p>
                <div className="flex flex-wrap gap-4">
                  <ClientMessages namespaces={ADMIN_MESSAGES}><SiteUserActiveForm siteId={site.id} user={u} /></ClientMessages>
                  {u.status === "INVITED" && <ClientMessages namespaces={ADMIN_MESSAGES}><ReinviteSiteUserForm siteId={site.id} userId={u.id} name={u.name} /></ClientMessages>}
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="add-user" className={section}>
        <h2 id="add-user" className="text-lg font-semibold">{t("siteAdmin.addUserTitle")}</h2>
        <p className="text-sm text-slate-600">{t("siteAdmin.addUserIntro")}</p>
        <ClientMessages namespaces={ADMIN_MESSAGES}><CreateSiteUserForm siteId={site.id} /></ClientMessages>
      </section>
    </div>
  );
}

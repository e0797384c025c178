import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { listSites, listUsers } from "@/features/admin/queries";
import { EndUserSessionsButton } from "@/features/sessions/components/end-user-sessions-button";
import { TableRegion } from "@/components/table-region";
import { ClientMessages } from "@/components/client-messages";
import { SESSIONS_MESSAGES } from "@/features/sessions/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("nav.home") };
}

export default async function AdminHome() {
  const actor = await requireRole("ADMIN");
  const [t, users, sites] = await Promise.all([getTranslations(), listUsers(actor), listSites()]);
  return (
    <div className="space-y-8">
      <h1 className="text-2xl font-semibold">{t("home.welcome", { name: actor.name })}</h1>
      <section aria-labelledby="users">
        <h2 id="users" className="mb-2 text-lg font-semibold">{t("admin.usersTitle")}</h2>
        <p className="mb-2 flex flex-wrap gap-4">
          <Link href="/admin/users" className="text-brand-700 underline">{t("userAdmin.title")}</Link>
          <Link href="/admin/users/handover" className="text-brand-700 underline">{t("userAdmin.handoverLink")}</Link>
        </p>
        <TableRegion label={t("admin.usersTitle")}>
          <table className="w-full border-collapse text-sm" data-testid="user-table">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-4">{t("admin.name")}</th>
                <th scope="col" className="py-2 pr-4">{t("admin.email")}</th>
                <th scope="col" className="py-2 pr-4">{t("admin.role")}</th>
                <th scope="col" className="py-2 pr-4">{t("admin.municipality")}</th>
                <th scope="col" className="py-2 pr-4">{t("admin.active")}</th>
                <th scope="col" className="py-2">{t("sessions.title")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-slate-200">
                  <td className="py-2 pr-4">{u.name}</td>
                  <td className="py-2 pr-4">{u.email}</td>
                  <td className="py-2 pr-4">{t(`roles.${u.role}`)}</td>
                  <td className="py-2 pr-4">{u.municipality?.name ?? t("family.none")}</td>
                  <td className="py-2 pr-4">{u.active ? t("admin.yes") : t("admin.no")}</td>
                  <td className="py-2"><ClientMessages namespaces={SESSIONS_MESSAGES}><EndUserSessionsButton userId={u.id} /></ClientMessages></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>
      <section aria-labelledby="sites">
        <h2 id="sites" className="mb-2 text-lg font-semibold">{t("admin.sitesTitle")}</h2>
        <p className="mb-2"><Link href="/admin/sites" className="text-brand-700 underline">{t("siteAdmin.homeLink")}</Link></p>
        <ul className="list-disc pl-5 text-sm">{sites.map((s) => <li key={s.id}>{s.name}</li>)}</ul>
      </section>
    </div>
  );
}

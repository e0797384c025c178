import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { listMunicipalUsers } from "@/features/admin/users-queries";
import { CreateUserForm } from "@/features/admin/components/users-forms";
import { TableRegion } from "@/components/table-region";
import { ClientMessages } from "@/components/client-messages";
import { ADMIN_MESSAGES } from "@/features/admin/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("userAdmin");
  return { title: t("title") };
}

export default async function UsersPage() {
  const actor = await requirePermission("admin.users");
  const [t, users] = await Promise.all([getTranslations(), listMunicipalUsers(actor)]);
  const status = { ACTIVE: t("userAdmin.statusActive"), INVITED: t("userAdmin.statusInvited"), INACTIVE: t("userAdmin.statusInactive") };
  return (
    <div className="max-w-5xl space-y-8">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("userAdmin.title")}</h1>
        <Link href="/admin/users/handover" className="text-brand-700 underline">{t("userAdmin.handoverLink")}</Link>
      </div>
      <section aria-labelledby="create-user" className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <h2 id="create-user" className="text-lg font-semibold">{t("userAdmin.createTitle")}</h2>
        <p className="text-sm text-slate-600">{t("userAdmin.createIntro")}</p>
        <ClientMessages namespaces={ADMIN_MESSAGES}><CreateUserForm /></ClientMessages>
      </section>
      <section aria-labelledby="user-list">
        <h2 id="user-list" className="mb-2 text-lg font-semibold">{t("userAdmin.listTitle")}</h2>
        <TableRegion label={t("userAdmin.listTitle")}>
          <table className="w-full border-collapse text-sm" data-testid="managed-users">
            <thead>
              <tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-4">{t("userAdmin.name")}</th>
                <th scope="col" className="py-2 pr-4">{t("userAdmin.email")}</th>
                <th scope="col" className="py-2 pr-4">{t("userAdmin.role")}</th>
                <th scope="col" className="py-2">{t("userAdmin.status")}</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className="border-b border-slate-200">
                  <td className="py-2 pr-4">
                    <Link href={`/admin/users/${u.id}`} className="text-brand-700 underline" aria-label={t("userAdmin.open", { name: u.name })}>{u.name}</Link>
                  </td>
                  <td className="break-all py-2 pr-4">{u.email}</td>
                  <td className="py-2 pr-4">{t(`roles.${u.role}`)}</td>
                  <td className="py-2">{status[u.status]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      </section>
    </div>
  );
}

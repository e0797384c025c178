import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { loadManagedUser } from "@/features/admin/users-queries";
import { EditUserForm, ReinviteForm, SetActiveForm, UnlockLoginForm } from "@/features/admin/components/users-forms";
import { ClientMessages } from "@/components/client-messages";
import { ADMIN_MESSAGES } from "@/features/admin/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("userAdmin");
  return { title: t("editTitle") };
}

/** One user of the municipality: name and role, access, a locked login, a pending invitation, open families as counts. */
export default async function ManagedUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const actor = await requirePermission("admin.users");
  const { userId } = await params;
  const [t, user] = await Promise.all([getTranslations(), loadManagedUser(actor, userId)]);
  if (!user) notFound();
  const section = "space-y-2 rounded border border-slate-200 bg-white p-4";
  return (
    <div className="max-w-3xl space-y-6">
      <Link href="/admin/users" className="text-brand-700 underline">{t("userAdmin.back")}</Link>
      <h1 className="text-2xl font-semibold break-words">{user.name}</h1>
      <p className="break-all text-sm text-slate-700">{user.email} · {t(`roles.${user.role}`)}</p>

      <section aria-labelledby="edit" className={section}>
        <h2 id="edit" className="text-lg font-semibold">{t("userAdmin.editTitle")}</h2>
        <ClientMessages namespaces={ADMIN_MESSAGES}><EditUserForm user={user} self={user.id === actor.id} /></ClientMessages>
      </section>

      <section aria-labelledby="caseload" className={section}>
        <h2 id="caseload" className="text-lg font-semibold">{t("userAdmin.caseloadTitle")}</h2>
        <p className="text-sm" data-testid="caseload-counts">{t("userAdmin.caseloadCounts", { caseworker: user.caseload.CASEWORKER, therapist: user.caseload.THERAPIST })}</p>
        {user.caseload.CASEWORKER + user.caseload.THERAPIST > 0 && (
          <Link href={`/admin/users/handover?leaver=${user.id}`} className="text-brand-700 underline">{t("userAdmin.handoverLink")}</Link>
        )}
      </section>

      {user.id !== actor.id && (
        <section aria-labelledby="access" className={section}>
          <h2 id="access" className="text-lg font-semibold">{t("userAdmin.activeTitle")}</h2>
          <p className="text-sm text-slate-600">{t("userAdmin.activeIntro")}</p>
          <ClientMessages namespaces={ADMIN_MESSAGES}><SetActiveForm user={user} /></ClientMessages>
        </section>
      )}

      {user.status === "INVITED" && (
        <section aria-labelledby="invitation" className={section}>
          <h2 id="invitation" className="text-lg font-semibold">{t("userAdmin.reinviteTitle")}</h2>
          <p className="text-sm text-slate-600">{t("userAdmin.reinviteIntro", { name: user.name })}</p>
          <ClientMessages namespaces={ADMIN_MESSAGES}><ReinviteForm userId={user.id} /></ClientMessages>
        </section>
      )}

      <section aria-labelledby="unlock" className={section}>
        <h2 id="unlock" className="text-lg font-semibold">{t("userAdmin.unlockTitle")}</h2>
        <p className="text-sm" data-testid="lock-state">{user.locked ? t("userAdmin.lockedNow") : t("userAdmin.notLocked")}</p>
        {user.hasThrottle && <ClientMessages namespaces={ADMIN_MESSAGES}><UnlockLoginForm userId={user.id} /></ClientMessages>}
      </section>
    </div>
  );
}

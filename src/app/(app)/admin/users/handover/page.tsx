import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { loadHandoverPage } from "@/features/admin/users-queries";
import { HandoverForm } from "@/features/admin/components/handover-form";
import { SuccessNotice } from "@/components/success-notice";
import { ClientMessages } from "@/components/client-messages";
import { ADMIN_MESSAGES } from "@/features/admin/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("userAdmin.handover");
  return { title: t("title") };
}

/** The administrator and the coordinator hand a leaver's open families to colleagues. */
export default async function HandoverPage({ searchParams }: { searchParams: Promise<{ leaver?: string | string[]; moved?: string | string[] }> }) {
  const actor = await requirePermission("caseload.handover");
  const query = await searchParams;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const leaverId = first(query.leaver) || undefined;
  const moved = /^\d{1,6}$/.test(first(query.moved) ?? "") ? Number(first(query.moved)) : null;
  const [t, data] = await Promise.all([getTranslations(), loadHandoverPage(actor, leaverId)]);
  if (!data) notFound();
  const { staff, leaver, counts, families } = data;
  const colleagues = staff.filter((s) => s.active && s.id !== leaver?.id);
  const total = counts ? counts.CASEWORKER + counts.THERAPIST : 0;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">{t("userAdmin.handover.title")}</h1>
      <p className="text-sm text-slate-600">{t("userAdmin.handover.intro")}</p>
      {moved !== null && (
        <SuccessNotice testId="handover-done">
          {t("userAdmin.handover.done", { moved })}
        </SuccessNotice>
      )}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="leaver" className="block text-sm font-medium">{t("userAdmin.handover.leaver")}</label>
          <select id="leaver" name="leaver" defaultValue={leaver?.id ?? ""} className="mt-1 w-full rounded border border-slate-300 px-3 py-2">
            <option value="">{t("userAdmin.handover.chooseLeaver")}</option>
            {staff.map((s) => <option key={s.id} value={s.id}>{`${s.name} (${t(`roles.${s.role}`)})`}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-700 px-4 py-2 font-medium text-brand-700">{t("userAdmin.handover.show")}</button>
      </form>
      {leaver && counts && (
        <section aria-labelledby="caseload" className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <h2 id="caseload" className="text-lg font-semibold" data-testid="handover-counts">
            {total ? t("userAdmin.handover.counts", { name: leaver.name, caseworker: counts.CASEWORKER, therapist: counts.THERAPIST }) : t("userAdmin.handover.none", { name: leaver.name })}
          </h2>
          {total > 0 && <ClientMessages namespaces={ADMIN_MESSAGES}><HandoverForm leaver={leaver} counts={counts} families={families} colleagues={colleagues} /></ClientMessages>}
        </section>
      )}
    </div>
  );
}

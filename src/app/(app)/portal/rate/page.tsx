import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/server/auth/session";
import { getDateFormat } from "@/i18n/server-dates";
import { getDb } from "@/server/db";
import { loadPortalPlan } from "@/features/portal/plan-queries";
import { progressFor } from "@/features/portal/progress-queries";
import { RateForm } from "@/features/portal/components/rate-form";
import { ClientMessages } from "@/components/client-messages";
import { PORTAL_MESSAGES } from "@/features/portal/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("rate.title") };
}

export default async function PortalRate() {
  const actor = await requirePermission("portal.view");
  const plan = await loadPortalPlan(actor);
  if (!plan) notFound();
  const [t, format] = await Promise.all([getTranslations("portal"), getDateFormat()]);
  const goals = plan.agreed?.goals ?? [];
  const progress = await progressFor(await getDb(), plan.family.id, plan.family.parentId, goals.map((g) => g.lineageId));
  const closed = plan.family.stage === "CLOSED";
  return (
    <div className="space-y-6 text-base">
      <h1 className="text-2xl font-semibold">{t("rate.heading")}</h1>
      <p className="text-slate-700">{t("rate.intro")}</p>
      {goals.length === 0 || closed ? <p>{closed ? t("reasons.PORTAL_CASE_CLOSED") : t("overview.noPlan")}</p> : (
        <ClientMessages namespaces={PORTAL_MESSAGES}><RateForm goals={goals.map((g) => {
          const last = progress.get(g.lineageId)?.parent.at(-1);
          return { id: g.id, title: g.title, parentsWords: g.parentsWords, previous: last ? t("rate.previous", { rating: last.rating, date: format(last.date) }) : null };
        })} /></ClientMessages>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { todayInCopenhagen } from "@/domain/method";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadBreakdownPage } from "@/features/matching/breakdown-queries";
import { BreakdownForm } from "@/features/matching/components/breakdown-form";

type Props = { params: Promise<{ id: string; placementId: string }> };

async function load(params: Props["params"]) {
  const actor = await requirePermission("matching.breakdown");
  const { id, placementId } = await params;
  return loadBreakdownPage(actor, id, placementId);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, p] = await Promise.all([getTranslations(), load(params)]);
  return { title: p ? t("titles.withFamily", { page: t("matchingBreakdown.title", { child: p.child }), family: p.family.displayName }) : t("app.notFoundTitle") };
}

export default async function BreakdownPage({ params }: Props) {
  const [t, format, p] = await Promise.all([getTranslations("matchingBreakdown"), getDateFormat(), load(params)]);
  if (!p) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href={`/families/${p.family.id}`} className="text-brand-700 underline">← {p.family.displayName}</Link>
      <h1 className="text-2xl font-semibold break-words">{t("title", { child: p.child })}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <p className="font-medium">{p.endDate ? t("placementEnded", { site: p.site, from: format(p.startDate), to: format(p.endDate) }) : t("placement", { site: p.site, from: format(p.startDate) })}</p>
      {p.recorded ? <p className="rounded border border-slate-200 bg-slate-50 p-3">{t("already")}</p> : <BreakdownForm familyId={p.family.id} placement={p} today={todayInCopenhagen(new Date())} />}
    </div>
  );
}

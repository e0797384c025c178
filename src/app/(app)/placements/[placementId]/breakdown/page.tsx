import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadBreakdownPage } from "@/features/matching/breakdown-queries";
import { BreakdownForm } from "@/features/matching/components/breakdown-form";
import { BreakdownRecord } from "@/features/matching/components/breakdown-record";
import { SuccessNotice } from "@/components/success-notice";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

type Props = { params: Promise<{ placementId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePermission("matching.breakdown");
  const [t, p] = await Promise.all([getTranslations(), loadBreakdownPage(actor, (await params).placementId)]);
  return { title: p ? t("matchingBreakdown.title", { child: p.child.name }) : t("app.notFoundTitle") };
}

export default async function BreakdownPage({ params, searchParams }: Props) {
  const actor = await requirePermission("matching.breakdown");
  const [{ placementId }, sp] = await Promise.all([params, searchParams]);
  const [t, tAll, format, p] = await Promise.all([getTranslations("matchingBreakdown"), getTranslations(), getDateFormat(), loadBreakdownPage(actor, placementId)]);
  if (!p) notFound();
  const { placement } = p;
  const tooLate = placement.recordableUntil !== null && p.today > placement.recordableUntil;
  const period = placement.endDate
    ? t("periodEnded", { from: format(placement.startDate), to: format(placement.endDate) })
    : t("periodOpen", { from: format(placement.startDate) });
  return (
    <div className="max-w-3xl space-y-6">
      {p.familyLink && <Link href={`/families/${p.child.familyId}`} className="text-brand-700 underline">← {t("backToFamily")}</Link>}
      <h1 className="text-2xl font-semibold break-words">{t("title", { child: p.child.name })}</h1>
      {sp.recorded === "1" && <SuccessNotice>{t("recorded")}</SuccessNotice>}
      <section aria-labelledby="placement-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="placement-heading" className="text-lg font-semibold">{t("placement")}</h2>
        <p className="mt-1" data-testid="breakdown-placement">{placement.site} · {tAll(`siteKind.${placement.kind}`)} · {period}</p>
        {placement.endReasonKind && <p className="text-sm text-slate-700">{t("endedAs", { reason: tAll(`people.endReasons.${placement.endReasonKind}`) })}</p>}
      </section>
      {p.breakdown ? (
        <BreakdownRecord breakdown={p.breakdown} />
      ) : tooLate ? (
        <p className="rounded border border-slate-200 bg-slate-50 p-3" data-testid="breakdown-too-late">{t("tooLate", { date: format(placement.recordableUntil!) })}</p>
      ) : (
        <section aria-labelledby="form-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <h2 id="form-heading" className="text-lg font-semibold">{t("formHeading")}</h2>
          <p className="text-sm text-slate-700">{t("intro")}</p>
          <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700" data-testid="breakdown-consequences">
            {!placement.endDate && <li>{t("willEnd")}</li>}
            {placement.endDate && <li>{t("recordableUntil", { date: format(placement.recordableUntil!) })}</li>}
            {p.oldCase?.closes && <li>{t("willClose")}</li>}
            <li>{p.openCaseId ? t("caseAlreadyOpen") : t("willOpen")}</li>
          </ul>
          <ClientMessages namespaces={MATCHING_MESSAGES}><BreakdownForm placementId={placement.id} version={placement.version} open={!placement.endDate} startDate={placement.startDate} today={p.today} opensCase={!p.openCaseId} /></ClientMessages>
        </section>
      )}
    </div>
  );
}

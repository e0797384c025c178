import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadMatchingCase } from "@/features/matching/case-queries";
import { MatchingCaseHeader } from "@/features/matching/components/case-header";
import { MatchingProfileSection } from "@/features/matching/components/profile-section";
import { MatchingWishesSection } from "@/features/matching/components/wishes-section";
import { MatchingStageSection } from "@/features/matching/components/stage-section";
import { SuccessNotice } from "@/components/success-notice";
import { MATCHING_TABS } from "@/features/matching/tabs";

type Props = { params: Promise<{ caseId: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePermission("matching.view");
  const [t, c] = await Promise.all([getTranslations(), loadMatchingCase(actor, (await params).caseId)]);
  return { title: c ? t("matchingCase.caseTitle", { child: c.child.name }) : t("app.notFoundTitle") };
}

export default async function MatchingCasePage({ params, searchParams }: Props) {
  const actor = await requirePermission("matching.view");
  const [{ caseId }, sp] = await Promise.all([params, searchParams]);
  const [t, tb, format, c] = await Promise.all([getTranslations("matchingCase"), getTranslations("matchingBreakdown"), getDateFormat(), loadMatchingCase(actor, caseId)]);
  if (!c) notFound();
  return (
    <div className="max-w-4xl space-y-6">
      <Link href="/matching" className="text-brand-700 underline">← {t("listTitle")}</Link>
      <h1 className="text-2xl font-semibold break-words">{t("caseTitle", { child: c.child.name })}</h1>
      {sp.opened === "1" && <SuccessNotice>{t("opened")}</SuccessNotice>}
      {(sp.breakdown === "opened" || sp.breakdown === "open") && <SuccessNotice testId="breakdown-notice">{tb(sp.breakdown === "opened" ? "caseOpened" : "caseContinues")}</SuccessNotice>}
      <MatchingCaseHeader c={c} current="overview" tabs={MATCHING_TABS} />
      <p className="text-sm text-slate-700">{t("openedOn", { date: format(c.openedOn) })}</p>
      <MatchingStageSection c={c} />
      <MatchingProfileSection c={c} />
      <MatchingWishesSection c={c} />
    </div>
  );
}

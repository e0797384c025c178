import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadReferral } from "@/features/matching/referral-queries";
import { ReferralView } from "@/features/matching/components/referral-view";
import { AnswerReferralForm } from "@/features/matching/components/candidate-forms";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

type Props = { params: Promise<{ candidateId: string }> };

async function load(params: Props["params"]) {
  const actor = await requirePermission("referral.answer");
  return loadReferral(actor, (await params).candidateId);
}

// The title names the child's age only: a site that has not been chosen never sees a name, not even in a tab.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, r] = await Promise.all([getTranslations(), load(params)]);
  return { title: r ? t("matchingCandidates.referralPageTitle", { age: r.referral.ageYears }) : t("app.notFoundTitle") };
}

export default async function SiteReferralPage({ params }: Props) {
  const [t, format, r] = await Promise.all([getTranslations("matchingCandidates"), getDateFormat(), load(params)]);
  if (!r) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/site/referrals" className="text-brand-700 underline">← {t("siteList")}</Link>
      <h1 className="text-2xl font-semibold">{t("referralPageTitle", { age: r.referral.ageYears })}</h1>
      <p className="text-sm text-slate-700">{r.site} · {r.sentOn ? t("sentOn", { date: format(r.sentOn) }) : ""}</p>
      {r.child && (
        <p className="rounded border border-green-300 bg-green-50 p-3" data-testid="chosen">
          {t("chosen", { name: r.child.name })} <Link href={`/site/children/${r.child.id}`} className="text-brand-700 underline">{t("childLink")}</Link>
        </p>
      )}
      <section aria-labelledby="text" className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <h2 id="text" className="text-lg font-semibold">{t("referralTitle")}</h2>
        <ReferralView referral={r.referral} testId="referral-text" />
      </section>
      <section aria-labelledby="answer" className="space-y-2 rounded border border-slate-200 bg-white p-4">
        <h2 id="answer" className="text-lg font-semibold">{t("yourAnswer")}</h2>
        <p data-testid="referral-answer">{t(`answers.${r.answer}`)}{r.answerNote && ` – ${r.answerNote}`}</p>
        {r.open ? <ClientMessages namespaces={MATCHING_MESSAGES}><AnswerReferralForm candidateId={r.id} version={r.version} answer={r.answer} note={r.answerNote} /></ClientMessages> : <p className="text-sm text-slate-700">{t("closed")}</p>}
      </section>
    </div>
  );
}

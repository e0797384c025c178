import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadCandidatesPage } from "@/features/matching/candidate-queries";
import { MatchingCaseHeader } from "@/features/matching/components/case-header";
import { ProposeForm, RatingsForm, SendReferralForm, VisitForm } from "@/features/matching/components/candidate-forms";
import { ReferralView } from "@/features/matching/components/referral-view";
import { MATCHING_TABS } from "@/features/matching/tabs";
import type { AnonymisedReferral } from "@/domain/matching";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

type Props = { params: Promise<{ caseId: string; candidateId: string }> };

async function load(p: Props["params"]) {
  const actor = await requirePermission("matching.view");
  const { caseId, candidateId } = await p;
  const page = await loadCandidatesPage(actor, caseId);
  const candidate = page?.candidates.find((x) => x.id === candidateId);
  return page && candidate ? { page, candidate } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [t, found] = await Promise.all([getTranslations(), load(params)]);
  return { title: found ? t("matchingCandidates.candidateTitle", { site: found.candidate.site.name, child: found.page.c.child.name }) : t("app.notFoundTitle") };
}

const PROFILE = ["targetGroups", "competences", "household", "pets", "parentCollaboration", "location"] as const;

export default async function CandidatePage({ params }: Props) {
  const [t, tAll, format, found] = await Promise.all([getTranslations("matchingCandidates"), getTranslations(), getDateFormat(), load(params)]);
  if (!found) notFound();
  const { page, candidate: x } = found;
  const { c } = page;
  const writable = c.canWrite && page.open;
  const section = "space-y-3 rounded border border-slate-200 bg-white p-4";
  return (
    <div className="max-w-4xl space-y-6">
      <Link href={`/matching/${c.id}/candidates`} className="text-brand-700 underline">← {t("back")}</Link>
      <h1 className="text-2xl font-semibold break-words">{t("candidateTitle", { site: x.site.name, child: c.child.name })}</h1>
      <MatchingCaseHeader c={c} current="candidates" tabs={MATCHING_TABS} />
      <p className="text-sm text-slate-700">
        {tAll(`siteKind.${x.site.kind}`)} · {t("freePlaces")}: {x.vacancies} · {t("answer")}: <strong data-testid="candidate-answer">{t(`answers.${x.answer}`)}</strong>
        {x.answerNote && <> – {x.answerNote}</>}
      </p>
      {x.proposed && <p className="font-medium" data-testid="is-proposed">{t("isProposed")}</p>}
      {writable && x.answer === "ACCEPTED" && !x.proposed && <ClientMessages namespaces={MATCHING_MESSAGES}><ProposeForm caseId={c.id} candidateId={x.id} caseVersion={c.version} /></ClientMessages>}

      <section aria-labelledby="site-profile" className={section}>
        <h2 id="site-profile" className="text-lg font-semibold">{t("siteProfile")}</h2>
        {x.site.matchProfile ? (
          <dl className="grid gap-2 sm:grid-cols-2">
            {PROFILE.filter((f) => x.site.matchProfile?.[f]).map((f) => <div key={f}><dt className="text-sm font-medium">{t(`profileFields.${f}`)}</dt><dd className="whitespace-pre-wrap">{x.site.matchProfile?.[f]}</dd></div>)}
          </dl>
        ) : <p className="text-sm text-slate-700">{t("noSiteProfile")}</p>}
      </section>

      <section aria-labelledby="referral" className={section}>
        <h2 id="referral" className="text-lg font-semibold">{t("referralTitle")}</h2>
        <p className="text-sm text-slate-700">{t("referralIntro")}</p>
        {x.referralSentOn ? (
          <>
            <p className="font-medium">{t("sentOn", { date: format(x.referralSentOn) })}</p>
            <h3 className="font-medium">{t("sentText")}</h3>
            <ReferralView referral={x.referral as unknown as AnonymisedReferral} testId="referral-sent" />
          </>
        ) : page.draft ? (
          <>
            <h3 className="font-medium">{t("preview")}</h3>
            <ReferralView referral={page.draft.referral} testId="referral-preview" />
            {page.draft.identifying.length > 0 && <p className="font-medium text-red-800" data-testid="referral-identifies">{t("identifies", { words: page.draft.identifying.join(", ") })}</p>}
            {writable && <ClientMessages namespaces={MATCHING_MESSAGES}><SendReferralForm caseId={c.id} candidateId={x.id} version={x.version} /></ClientMessages>}
          </>
        ) : <p className="text-sm text-slate-700">{tAll("reasons.MATCH_PROFILE_MISSING")}</p>}
      </section>

      <section aria-labelledby="ratings" className={section}>
        <h2 id="ratings" className="text-lg font-semibold">{t("ratings")}</h2>
        {writable ? (
          <ClientMessages namespaces={MATCHING_MESSAGES}><RatingsForm caseId={c.id} candidateId={x.id} ratings={x.ratings} mayBeNotApplicable={page.mayBeNotApplicable} /></ClientMessages>
        ) : (
          <ul className="space-y-1 text-sm">{x.ratings.map((r) => <li key={r.criterion}><strong>{tAll(`matching.criterion.${r.criterion}`)}:</strong> {tAll(`matching.rating.${r.rating}`)}{r.note && ` – ${r.note}`}</li>)}</ul>
        )}
      </section>

      <section aria-labelledby="visits" className={section}>
        <h2 id="visits" className="text-lg font-semibold">{t("visitsTitle")}</h2>
        {x.visits.length === 0 ? <p className="text-sm text-slate-700">{t("noVisits")}</p> : (
          <ul className="space-y-3" data-testid="visits">
            {x.visits.map((v) => (
              <li key={v.id} className="text-sm">
                <p className="font-medium">{format(v.visitedOn)}</p>
                <dl className="grid gap-1 sm:grid-cols-2">
                  {([["childHow", v.childHowWasIt], ["childNeeds", v.childNeedsNow], ["parentsHow", v.parentsHowWasIt], ["parentsNeeds", v.parentsNeedsNow]] as const).filter(([, text]) => text).map(([k, text]) => (
                    <div key={k}><dt className="font-medium">{t(k)}</dt><dd className="whitespace-pre-wrap">{text}</dd></div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        )}
        {writable && x.answer === "ACCEPTED" && <ClientMessages namespaces={MATCHING_MESSAGES}><VisitForm caseId={c.id} candidateId={x.id} today={c.today} /></ClientMessages>}
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadCandidatesPage } from "@/features/matching/candidate-queries";
import { MatchingCaseHeader } from "@/features/matching/components/case-header";
import { AddCandidateForm, RemoveCandidateForm } from "@/features/matching/components/candidate-forms";
import { ComparisonTable } from "@/features/matching/components/comparison-table";
import { MATCHING_TABS } from "@/features/matching/tabs";
import { TableRegion } from "@/components/table-region";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

type Props = { params: Promise<{ caseId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePermission("matching.view");
  const [t, p] = await Promise.all([getTranslations(), loadCandidatesPage(actor, (await params).caseId)]);
  return { title: p ? t("matchingCandidates.title", { child: p.c.child.name }) : t("app.notFoundTitle") };
}

const ADDING = ["SEARCH", "SHORTLIST", "VISITS"];

export default async function CandidatesPage({ params }: Props) {
  const actor = await requirePermission("matching.view");
  const [t, tAll, format, p] = await Promise.all([getTranslations("matchingCandidates"), getTranslations(), getDateFormat(), loadCandidatesPage(actor, (await params).caseId)]);
  if (!p) notFound();
  const { c } = p;
  return (
    <div className="max-w-5xl space-y-6">
      <Link href="/matching" className="text-brand-700 underline">← {tAll("matchingCase.listTitle")}</Link>
      <h1 className="text-2xl font-semibold break-words">{t("title", { child: c.child.name })}</h1>
      <MatchingCaseHeader c={c} current="candidates" tabs={MATCHING_TABS} />
      <p className="text-slate-700">{t("intro")}</p>
      {c.canWrite && p.open && ADDING.includes(c.stage) && (
        <section aria-labelledby="add" className="space-y-2 rounded border border-slate-200 bg-white p-4">
          <h2 id="add" className="text-lg font-semibold">{t("add")}</h2>
          <ClientMessages namespaces={MATCHING_MESSAGES}><AddCandidateForm caseId={c.id} sites={p.addable.map((s) => ({ value: s.id, label: t("siteOption", { name: s.name, kind: tAll(`siteKind.${s.kind}`), free: s.vacancies }) }))} /></ClientMessages>
        </section>
      )}
      <section aria-labelledby="candidates" className="space-y-2">
        <h2 id="candidates" className="text-lg font-semibold">{tAll("matchingCase.tabs.candidates")} ({p.candidates.length})</h2>
        {p.candidates.length === 0 ? <p className="text-slate-700">{t("none")}</p> : (
          <TableRegion label={tAll("matchingCase.tabs.candidates")}>
            <table className="w-full border-collapse text-sm" data-testid="candidates-table">
              <thead><tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-3">{t("site")}</th><th scope="col" className="py-2 pr-3">{t("freePlaces")}</th>
                <th scope="col" className="py-2 pr-3">{t("referral")}</th><th scope="col" className="py-2 pr-3">{t("answer")}</th>
                <th scope="col" className="py-2 pr-3">{t("visits")}</th><th scope="col" className="py-2"><span className="sr-only">{t("remove")}</span></th>
              </tr></thead>
              <tbody>
                {p.candidates.map((x) => (
                  <tr key={x.id} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      <Link href={`/matching/${c.id}/candidates/${x.id}`} className="font-medium text-brand-700 underline">{x.site.name}</Link>
                      <span className="block text-slate-700">{tAll(`siteKind.${x.site.kind}`)}{x.proposed && <> · <strong>{t("proposed")}</strong></>}</span>
                    </th>
                    <td className="py-2 pr-3">{x.vacancies}</td>
                    <td className="py-2 pr-3">{x.referralSentOn ? t("sentOn", { date: format(x.referralSentOn) }) : t("notSent")}</td>
                    <td className="py-2 pr-3">{t(`answers.${x.answer}`)}{x.answerNote && <span className="block text-slate-700">{x.answerNote}</span>}</td>
                    <td className="py-2 pr-3">{x.visits.length}</td>
                    <td className="py-2">{c.canWrite && p.open && !x.referralSentOn && <ClientMessages namespaces={MATCHING_MESSAGES}><RemoveCandidateForm caseId={c.id} candidateId={x.id} version={x.version} /></ClientMessages>}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        )}
      </section>
      {p.candidates.length > 0 && <ComparisonTable page={p} />}
    </div>
  );
}

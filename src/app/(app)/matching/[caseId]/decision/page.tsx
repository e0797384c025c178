import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadDecisionPage } from "@/features/matching/decision-queries";
import { MatchingCaseHeader } from "@/features/matching/components/case-header";
import { DecisionForm, MoveForm, NoticeForm } from "@/features/matching/components/decision-forms";
import { MATCHING_TABS } from "@/features/matching/tabs";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

type Props = { params: Promise<{ caseId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePermission("matching.view");
  const [t, p] = await Promise.all([getTranslations(), loadDecisionPage(actor, (await params).caseId)]);
  return { title: p ? t("matchingDecision.title", { child: p.c.child.name }) : t("app.notFoundTitle") };
}

export default async function DecisionPage({ params }: Props) {
  const actor = await requirePermission("matching.view");
  const [t, tAll, format, p] = await Promise.all([getTranslations("matchingDecision"), getTranslations(), getDateFormat(), loadDecisionPage(actor, (await params).caseId)]);
  if (!p) notFound();
  const { c, decision } = p;
  const section = "space-y-3 rounded border border-slate-200 bg-white p-4";
  return (
    <div className="max-w-4xl space-y-6">
      <Link href="/matching" className="text-brand-700 underline">← {tAll("matchingCase.listTitle")}</Link>
      <h1 className="text-2xl font-semibold break-words">{t("title", { child: c.child.name })}</h1>
      <MatchingCaseHeader c={c} current="decision" tabs={MATCHING_TABS} />
      <p className="text-slate-700">{t("intro")}</p>
      {!decision && (c.stage === "DECISION" && c.canDecide && p.accepted.length > 0 ? (
        <ClientMessages namespaces={MATCHING_MESSAGES}><DecisionForm caseId={c.id} version={c.version} today={c.today} proposedId={p.proposedCandidateId} wishes={p.wishes} mayBeNotApplicable={p.mayBeNotApplicable}
          candidates={p.accepted.map((x) => ({ id: x.id, label: t("siteOption", { name: x.site.name, free: x.vacancies }), ratings: x.ratings }))} /></ClientMessages>
      ) : <p className="rounded border border-slate-200 bg-slate-50 p-3">{t("notYet")}</p>)}
      {decision && (
        <>
          <section aria-labelledby="decision" className={section} data-testid="decision">
            <h2 id="decision" className="text-lg font-semibold">{t("decisionTitle")}</h2>
            <p className="font-medium">{t("decisionLine", { site: decision.site, date: format(decision.decidedOn), move: format(decision.plannedMove) })}</p>
            <h3 className="font-semibold">{t("criteria")}</h3>
            <dl className="space-y-2">
              {decision.criteria.map((k) => (
                <div key={k.criterion}><dt className="font-medium">{tAll(`matching.criterion.${k.criterion}`)}: {tAll(`matching.rating.${k.rating}`)}</dt><dd className="whitespace-pre-wrap">{k.reason}</dd></div>
              ))}
            </dl>
            {decision.wishes.length > 0 && <h3 className="font-semibold">{t("wishes")}</h3>}
            <dl className="space-y-2">
              {decision.wishes.map((w) => (
                <div key={w.wishId}>
                  <dt className="font-medium">{w.isChild ? t("childWish", { name: w.name }) : t("wishOf", { name: w.name })}: <span className="font-normal italic">{tAll("app.quoted", { text: w.words })}</span></dt>
                  <dd>{tAll(`matching.wishAnswer.${w.answer}`)}{w.reason && ` – ${w.reason}`}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="parties" className={section} data-testid="parties">
            <h2 id="parties" className="text-lg font-semibold">{t("parties")}</h2>
            <p className="text-sm text-slate-700">{t("partiesIntro")}</p>
            <ul className="space-y-3">
              {p.parties.map((party, i) => (
                <li key={`${party.kind}-${party.id}`} className="space-y-1 border-t border-slate-200 pt-2">
                  <p><span className="font-medium">{party.name}</span> ({party.kind === "CHILD" ? t("childParty") : t("parentParty")}) – {party.communicatedOn ? `${t("told", { date: format(party.communicatedOn) })}${party.how ? ` · ${party.how}` : ""}` : <strong>{t("notTold")}</strong>}</p>
                  {c.canDecide && !party.communicatedOn && <ClientMessages namespaces={MATCHING_MESSAGES}><NoticeForm caseId={c.id} partyKind={party.kind} partyId={party.id} today={c.today} testId={`notice-${i}`} /></ClientMessages>}
                </li>
              ))}
            </ul>
          </section>
          <section aria-labelledby="move" className={section}>
            <h2 id="move" className="text-lg font-semibold">{t("move")}</h2>
            {p.moveDate ? <p data-testid="moved">{t("movedOn", { date: format(p.moveDate) })}</p> : c.canDecide && c.stage === "TRANSITION" ? <ClientMessages namespaces={MATCHING_MESSAGES}><MoveForm caseId={c.id} version={c.version} today={c.today} /></ClientMessages> : null}
          </section>
        </>
      )}
    </div>
  );
}

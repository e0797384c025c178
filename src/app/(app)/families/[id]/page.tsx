import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { roleMay } from "@/server/authz/policy";
import { isAllowed } from "@/domain/method";
import { checkBreakdownRecordable } from "@/domain/matching";
import { loadFamilyPage } from "@/features/families/page-data";
import { PhaseActions } from "@/features/families/components/phase-actions";
import { ProgressChart, toSeries } from "@/features/families/components/progress-chart";
import { PeopleSection } from "@/features/people/components/people-section";
import { ParentPlanComments } from "@/features/follow-ups/components/parent-plan-comments";
import { PlanProposalsSection } from "@/features/plan/components/proposals-section";
import { JournalSection } from "@/features/journal/components/journal-section";
import { ParentAccessSection } from "@/features/parent-access/components/parent-access-section";
import { TableRegion } from "@/components/table-region";
import { SuccessNotice } from "@/components/success-notice";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (id: string, allFollowUps: boolean) => {
  const actor = await requirePermission("family.view");
  return { actor, data: await loadFamilyPage(actor, id, new Date(), { allFollowUps }) };
});

type SearchParams = Promise<{ followUps?: string | string[]; people?: string | string[]; proposal?: string | string[]; timeline?: string | string[]; journal?: string | string[]; followUp?: string | string[]; agreed?: string | string[]; parentAccess?: string | string[] }>;

export async function generateMetadata({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }): Promise<Metadata> {
  const [{ id }, query, t] = await Promise.all([params, searchParams, getTranslations()]);
  const { data } = await load(id, query.followUps === "all");
  return { title: data ? data.family.displayName : t("app.notFoundTitle") };
}

export default async function FamilyPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const query = await searchParams;
  const allFollowUps = query.followUps === "all";
  const { actor, data } = await load(id, allFollowUps);
  if (!data) notFound();
  const [t, format] = await Promise.all([getTranslations(), getDateFormat()]);
  const date = (d: string | null | undefined) => (d ? format(d) : "–");
  const { family, current } = data;
  const canFollowUp = roleMay(actor.role, "followUp.write") && isAllowed(data.actions, "RECORD_FOLLOW_UP");
  const canWritePlan = roleMay(actor.role, "plan.write") && family.stage !== "CLOSED";
  const canEdit = roleMay(actor.role, "family.edit") && family.stage !== "CLOSED";

  return (
    <article className="space-y-8">
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{family.displayName}</h1>
          <p className="text-sm text-slate-600">
            {t("familyPage.phaseLabel")}: <span className="font-medium" data-testid="current-phase">{t(`phase.${family.stage}`)}</span>
            {family.caseNumber && <> · {t("familyPage.caseNumber")} {family.caseNumber}</>}
            {" · "}{t("family.caseworker")}: {data.caseworkers.join(", ") || "–"} · {t("family.therapist")}: {data.therapists.join(", ") || "–"}
          </p>
        </div>
        <nav aria-label={t("familyPage.actionsNav")} className="no-print flex flex-wrap gap-2">
          {canFollowUp && <Link href={`/families/${family.id}/follow-up`} className="rounded bg-brand-700 px-3 py-2 text-sm font-medium text-white">{t("familyPage.recordFollowUp")}</Link>}
          {canWritePlan && <Link href={`/families/${family.id}/plan`} className="rounded border border-brand-700 px-3 py-2 text-sm font-medium text-brand-700">{t("familyPage.editPlan")}</Link>}
          {canEdit && <Link href={`/families/${family.id}/edit`} className="rounded border border-slate-300 px-3 py-2 text-sm">{t("edit.link")}</Link>}
          {roleMay(actor.role, "meeting.call") && family.stage !== "CLOSED" && <Link href={`/families/${family.id}/meetings/new`} className="rounded border border-slate-300 px-3 py-2 text-sm">{t("meetings.link")}</Link>}
          {data.agreedPlan && <Link href={`/families/${family.id}/print`} className="rounded border border-slate-300 px-3 py-2 text-sm">{t("familyPage.printPlan")}</Link>}
        </nav>
      </header>
      {query.followUp === "1" && <SuccessNotice testId="follow-up-saved">{t("familyPage.followUpSaved")}</SuccessNotice>}
      {query.agreed === "1" && <SuccessNotice testId="plan-agreed">{t("familyPage.planAgreedNotice")}</SuccessNotice>}
      {/* A long page: its sections one jump away, in the order they stand. */}
      <nav aria-label={t("familyPage.sectionsLabel")} className="no-print" data-testid="family-sections">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {([
            ["phase-heading", "currentPhase"], ["plan-heading", "plan"],
            ...(roleMay(actor.role, "parentAccess.manage") ? [["parent-access-heading", "parentAccess"]] : []),
            ["progress-heading", "progress"], ["followups-heading", "followUpHistory"],
            ...(roleMay(actor.role, "journal.view") ? [["journal-heading", "journal"]] : []),
            ["people-heading", "people"],
          ] as [string, string][]).map(([anchor, key]) => (
            <li key={anchor}><a href={`#${anchor}`} className="text-brand-700 underline">{t(`familyPage.sections.${key}`)}</a></li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="phase-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="phase-heading" className="text-lg font-semibold">{t("familyPage.currentPhase")}</h2>
        {family.stage === "CLOSED" ? (
          <p className="mt-2">{t("familyPage.closedOn", { date: date(family.closedOn) })} {family.closeReason}</p>
        ) : current ? (
          <div className="mt-2 space-y-3">
            <p data-testid="phase-summary">
              {t(`phase.${current.kind}`)} · {t("familyPage.startedOn", { date: date(current.startDate) })}
              {current.plannedWeeks && <> · {t("familyPage.plannedWeeks", { weeks: current.plannedWeeks })} · {t("familyPage.plannedEnd", { date: date(current.plannedEnd) })}</>}
              {" · "}{t("familyPage.weeksIn", { weeks: current.weeksIn })}
            </p>
            {data.startUpWarning && <p role="note" className="rounded bg-amber-50 p-2 text-sm text-amber-900">{t("familyPage.startUpWarning", { weeks: data.config.startUpWarningWeeks })}</p>}
            {current.schedule.length > 0 && (
              <TableRegion label={t("familyPage.schedule")}>
                <table className="text-sm" data-testid="follow-up-schedule">
                  <caption className="text-left font-medium">{t("familyPage.schedule")}</caption>
                  <thead><tr className="text-left"><th scope="col" className="pr-6">{t("familyPage.dueDate")}</th><th scope="col">{t("familyPage.status")}</th></tr></thead>
                  <tbody>
                    {current.schedule.map((s) => (
                      <tr key={s.dueDate}>
                        <td className="pr-6">{date(s.dueDate)}</td>
                        <td className={s.status === "missed" ? "font-medium text-red-700" : ""}>{t(`followUpStatus.${s.status}`)}{s.heldOn && ` (${date(s.heldOn)})`}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableRegion>
            )}
          </div>
        ) : null}
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">{t("familyPage.timeline")}</summary>
          <ol className="mt-2 space-y-1" data-testid="phase-timeline">
            {data.phases.map((p) => (
              <li key={p.id}>
                <span className="font-medium">{t(`phase.${p.kind}`)}</span>: {date(p.startDate)} – {p.endDate ? date(p.endDate) : t("familyPage.ongoing")}
                {p.plannedWeeks && ` (${t("familyPage.plannedWeeks", { weeks: p.plannedWeeks })})`}
                {p.earlyEndReason && ` · ${t("familyPage.earlyEnd")}: ${p.earlyEndReason}`}
                {p.assessment && ` · ${t("familyPage.assessed", { date: date(p.assessment.date) })}: ${t(`decision.${p.assessment.decision}`)}`}
              </li>
            ))}
          </ol>
        </details>
      </section>

      {roleMay(actor.role, "phase.write") && (
        <section aria-labelledby="decisions-heading" className="no-print">
          <h2 id="decisions-heading" className="mb-2 text-lg font-semibold">{t("familyPage.decisions")}</h2>
          <PhaseActions data={data} />
        </section>
      )}

      <section aria-labelledby="plan-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="plan-heading" className="text-lg font-semibold">{t("familyPage.plan")}</h2>
        {data.agreedPlan ? (
          <div className="mt-2 space-y-2" data-testid="agreed-plan">
            <p className="text-sm text-slate-600" data-testid="plan-agreed-line">{t(data.agreedPlan.agreedHow === "PORTAL" ? "familyPage.planAgreedInPortal" : "familyPage.planAgreed", { number: data.agreedPlan.number, date: date(data.agreedPlan.agreedOn) })}</p>
            {data.agreedPlan.parentsAccount && <blockquote className="border-l-4 border-brand-100 pl-3 italic">{data.agreedPlan.parentsAccount}</blockquote>}
            <ol className="list-decimal space-y-2 pl-5">
              {data.agreedPlan.goals.map((g) => (
                <li key={g.id}>
                  <span className="font-medium">{g.title}</span> <span className="text-xs text-slate-600">({t(`goalStatus.${g.status}`)})</span>
                  {g.parentsWords && <p className="text-sm italic">{t("app.quoted", { text: g.parentsWords })}</p>}
                  {g.successCriteria && <p className="text-sm">{t("plan.successCriteria")}: {g.successCriteria}</p>}
                  {g.supportedBy && <p className="text-sm text-slate-600">{t("plan.supportedBy")}: {g.supportedBy}</p>}
                </li>
              ))}
            </ol>
          </div>
        ) : (
          <p className="mt-2 text-slate-600">{t("familyPage.noAgreedPlan")}</p>
        )}
        {data.parentComments && <ParentPlanComments comments={data.parentComments} />}
        {data.draftPlan && <p className="mt-2 rounded bg-amber-50 p-2 text-sm" data-testid="draft-notice">{t("familyPage.draftAwaiting", { number: data.draftPlan.number })}</p>}
        {data.planHistory.length > 1 && (
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer">{t("familyPage.planHistory")}</summary>
            <ul className="mt-2 space-y-1">
              {data.planHistory.map((v) => (
                <li key={v.id}>{t("familyPage.planVersion", { number: v.number, date: date(v.agreedOn) })}: {v.goals.map((g) => g.title).join(" · ")}</li>
              ))}
            </ul>
          </details>
        )}
      </section>

      <PlanProposalsSection actor={actor} familyId={family.id} notice={query.proposal} from="family" />
      <ParentAccessSection actor={actor} familyId={family.id} notice={query.parentAccess} />

      <section aria-labelledby="progress-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="progress-heading" className="mb-2 text-lg font-semibold">{t("familyPage.progress")}</h2>
        <ProgressChart series={toSeries(data.followUps, data.parentRatings ?? [])} />
      </section>

      <section aria-labelledby="followups-heading" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="followups-heading" className="text-lg font-semibold">{t("familyPage.followUpHistory")}</h2>
        {data.followUps.length === 0 ? <p className="mt-2 text-slate-600">{t("familyPage.noFollowUps")}</p> : (
          <ul className="mt-2 divide-y divide-slate-200" data-testid="follow-up-history">
            {data.followUps.map((f) => (
              <li key={f.id} className="py-2 text-sm">
                <p className="font-medium">{date(f.date)} · {f.parentsPresent ? t("followUp.parentsPresent") : t("followUp.parentsAbsent")}{f.withWhom && ` · ${f.withWhom}`}</p>
                <ul className="pl-4">{f.ratings.map((r) => <li key={r.lineageId}>{r.goal}: <span className="font-medium">{r.rating}</span>/10{r.note && ` – ${r.note}`}</li>)}</ul>
                {f.agreedUntilNext && <p className="text-slate-700">{t("followUp.agreedUntilNext")}: {f.agreedUntilNext}</p>}
              </li>
            ))}
          </ul>
        )}
        {data.followUpCount > data.followUps.length && (
          <p className="mt-2 text-sm">
            <Link href={`/families/${family.id}?followUps=all#followups-heading`} className="text-brand-700 underline" data-testid="all-follow-ups">
              {t("familyPage.allFollowUps", { count: data.followUpCount })}
            </Link>
          </p>
        )}
      </section>

      <JournalSection actor={actor} familyId={family.id} page={query.timeline} notice={query.journal} />

      <section aria-labelledby="people-heading" className="grid gap-4 md:grid-cols-2">
        <h2 id="people-heading" className="sr-only">{t("familyPage.people")}</h2>
        <div className="rounded border border-slate-200 bg-white p-4">
          <h3 className="font-semibold">{t("family.parents")}</h3>
          <ul className="mt-2 space-y-3" data-testid="parents">
            {data.parents.map((p) => (
              <li key={p.id} className="text-sm">
                <p className="font-medium">{p.name}</p>
                <p className="text-slate-600">{[p.phone, p.email].filter(Boolean).join(" · ")}</p>
                {data.parentDetails && (
                  <>
                    {p.strengths && <p><span className="font-medium">{t("familyPage.strengths")}:</span> {p.strengths}</p>}
                    {p.wishes && <p><span className="font-medium">{t("familyPage.wishes")}:</span> {p.wishes}</p>}
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
        <div className="rounded border border-slate-200 bg-white p-4">
          <h3 className="font-semibold">{t("family.children")}</h3>
          <ul className="mt-2 space-y-3" data-testid="children">
            {data.children.map((c) => (
              <li key={c.id} className="text-sm">
                <p className="font-medium">{c.name} <span className="font-normal text-slate-600">({date(c.birthDate)})</span>
                  {roleMay(actor.role, "contactPlan.view") && <> · <Link href={`/families/${family.id}/children/${c.id}/contact`} className="font-normal text-brand-700 underline">{t("contact.link")}</Link></>}
                  {roleMay(actor.role, "matching.open") && !data.family.closedOn && <> · <Link href={c.openMatchingCaseId ? `/matching/${c.openMatchingCaseId}` : `/matching/new?childId=${c.id}`} className="font-normal text-brand-700 underline">{c.openMatchingCaseId ? t("matchingCase.matchingCaseLink") : t("matchingCase.open")}</Link></>}</p>
                {c.placements.map((pl) => (
                  <p key={pl.id} className="text-slate-700">
                    {pl.site} · {t(`siteKind.${pl.type}`)} · {t(`legalBasis.${pl.legalBasis}`)} · {date(pl.startDate)}{pl.endDate ? ` – ${date(pl.endDate)} (${[pl.endReasonKind && t(`people.endReasons.${pl.endReasonKind}`), pl.endReason].filter(Boolean).join(": ")})` : ""}
                    {pl.breakdown && <span className="block" data-testid="placement-breakdown">{t("matchingBreakdown.historyLine", { endedBy: t(`matching.endedBy.${pl.breakdown.endedBy}`), causes: pl.breakdown.causes.map((c) => t(`matching.cause.${c}`)).join(", ") })}</span>}
                    {!pl.breakdown && roleMay(actor.role, "matching.open") && roleMay(actor.role, "matching.breakdown") && !checkBreakdownRecordable(pl, data.today) && <> · <Link href={`/placements/${pl.id}/breakdown`} aria-label={t("matchingBreakdown.linkLabel", { site: pl.site })} className="text-brand-700 underline">{t("matchingBreakdown.link")}</Link></>}
                  </p>
                ))}
              </li>
            ))}
          </ul>
        </div>
      </section>

      <PeopleSection actor={actor} familyId={family.id} notice={query.people} />
    </article>
  );
}

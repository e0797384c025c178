import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { SuccessNotice } from "@/components/success-notice";
import type { Actor } from "@/server/authz/actor";
import { getDb } from "@/server/db";
import { loadPortalOverview } from "../overview-queries";
import { loadPortalPlan } from "../plan-queries";
import { progressFor } from "../progress-queries";
import { ownMatchingCases } from "../matching-queries";
import { MatchingCards } from "./matching-cards";
import { GoalProgressCard } from "./goal-progress";
import { ChildContact } from "./child-contact";

/** The parent's front page: what needs their answer, their goals and how they go, what comes next, who to call. */
export async function PortalOverview({ actor, rated }: { actor: Actor; rated: boolean }) {
  const [overview, plan] = await Promise.all([loadPortalOverview(actor), loadPortalPlan(actor)]);
  if (!overview || !plan) return null;
  const [t, format] = await Promise.all([getTranslations("portal"), getDateFormat()]);
  const goals = plan.agreed?.goals ?? [];
  const db = await getDb();
  const [progress, matching] = await Promise.all([
    progressFor(db, overview.family.id, overview.family.parentId, goals.map((g) => g.lineageId)),
    ownMatchingCases(db, overview.family.id, overview.family.parentId),
  ]);
  const awaiting = plan.offered && !plan.offeredAnswer;
  return (
    <div className="space-y-8 text-base">
      <h1 className="text-2xl font-semibold">{t("overview.heading", { name: overview.parentName })}</h1>
      {rated && <SuccessNotice>{t("rate.saved")}</SuccessNotice>}
      {awaiting && (
        <p className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="plan-awaiting">
          {t("overview.planAwaiting")} <Link href="/portal/plan" className="font-medium text-brand-700 underline">{t("overview.readPlan")}</Link>
        </p>
      )}

      <section aria-labelledby="goals" className="space-y-3">
        <h2 id="goals" className="text-xl font-semibold">{t("overview.goalsTitle")}</h2>
        {goals.length === 0 ? <p>{t("overview.noPlan")}</p> : (
          <>
            <p><Link href="/portal/rate" className="font-medium text-brand-700 underline">{t("overview.rateLink")}</Link></p>
            {goals.map((g) => <GoalProgressCard key={g.id} goal={g} progress={progress.get(g.lineageId)} parentName={overview.parentName} />)}
          </>
        )}
      </section>

      <section aria-labelledby="next" className="space-y-2">
        <h2 id="next" className="text-xl font-semibold">{t("overview.nextTitle")}</h2>
        {overview.followUps.length === 0 && overview.meetings.length === 0 ? <p>{t("overview.nothingNext")}</p> : (
          <ul className="space-y-2" data-testid="portal-next">
            {overview.followUps.map((d) => <li key={d}>{t("overview.followUpOn", { date: format(d, "weekday") })}</li>)}
            {overview.meetings.map((m) => (
              <li key={m.id}>
                <span className="font-medium">{format(m.startsAt, "weekdayTime")}</span>: {m.purpose}
                {m.location && <> · {m.location}</>}
                {m.cancelledAt && <strong className="ml-1">({t("overview.cancelled")})</strong>}
              </li>
            ))}
          </ul>
        )}
        <p><a href="/api/portal/calendar" className="text-brand-700 underline">{t("overview.calendar")}</a></p>
      </section>

      <section aria-labelledby="contact" className="space-y-3">
        <h2 id="contact" className="text-xl font-semibold">{t("overview.contactTitle")}</h2>
        {overview.children.map((c) => <ChildContact key={c.id} child={c} />)}
      </section>

      <MatchingCards cases={matching} />

      <section aria-labelledby="people" className="space-y-2">
        <h2 id="people" className="text-xl font-semibold">{t("overview.peopleTitle")}</h2>
        <ul className="space-y-2" data-testid="portal-contacts">
          {overview.contacts.map((c) => (
            <li key={`${c.role}-${c.email}`}>
              <span className="font-medium">{t(`overview.staff.${c.role}`)}</span>: {c.name} · <a href={`mailto:${c.email}`} className="text-brand-700 underline">{c.email}</a>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

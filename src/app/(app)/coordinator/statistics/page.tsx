import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { matchingReport, municipalityReport, resolvePeriod } from "@/features/statistics/queries";
import { MatchingStatisticsSection } from "@/features/statistics/components/matching-section";
import { BarChart } from "@/components/bar-chart";
import { CASE_STAGES } from "@/domain/method";
import { TableRegion } from "@/components/table-region";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("statistics.heading") };
}

export default async function StatisticsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("statistics.view");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const { period, error } = resolvePeriod(raw);
  const [t, s, matching] = await Promise.all([getTranslations(), municipalityReport(actor, period), matchingReport(actor)]);
  const pct = (v: number | null) => (v === null ? "–" : `${Math.round(v * 100)} %`);
  const num = (v: number | null, digits = 1) => (v === null ? "–" : v.toFixed(digits));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("statistics.heading")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
        <div><label htmlFor="from" className="block text-sm font-medium">{t("statistics.from")}</label><input id="from" name="from" type="date" defaultValue={period.from} className="mt-1 rounded border border-slate-300 px-3 py-1.5" /></div>
        <div><label htmlFor="to" className="block text-sm font-medium">{t("statistics.to")}</label><input id="to" name="to" type="date" defaultValue={period.to} className="mt-1 rounded border border-slate-300 px-3 py-1.5" /></div>
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-sm text-brand-700">{t("families.apply")}</button>
        <a href={`/api/statistics/export?from=${period.from}&to=${period.to}`} className="rounded bg-brand-700 px-3 py-1.5 text-sm text-white" data-testid="csv-export">{t("statistics.export")}</a>
      </form>
      {error && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm">{t(error.startsWith("validation.") ? error : "statistics.fromAfterTo")}</p>}
      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("statistics.perPhase")}</h2>
        <BarChart data={CASE_STAGES.map((p) => ({ label: t(`phase.${p}`), value: s.perPhase[p] }))} caption={t("statistics.perPhase")} />
      </section>
      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("statistics.keyFigures")}</h2>
        <TableRegion label={t("statistics.keyFigures")}>
          <table className="text-sm" data-testid="key-figures"><tbody>
            <tr><th scope="row" className="pr-6 text-left font-normal">{t("statistics.onTime")}</th><td>{pct(s.followUps.share)} ({s.followUps.onTime}/{s.followUps.due})</td></tr>
            {(["START_UP", "CHANGE", "MAINTENANCE"] as const).map((k) => (
              <tr key={k}><th scope="row" className="pr-6 text-left font-normal">{t("statistics.medianWeeks", { phase: t(`phase.${k}`) })}</th><td>{num(s.medianWeeks[k])}</td></tr>
            ))}
            <tr><th scope="row" className="pr-6 text-left font-normal">{t("statistics.goals")}</th><td>{t("statistics.goalCounts", s.goals)}</td></tr>
            <tr><th scope="row" className="pr-6 text-left font-normal">{t("statistics.ratingChange")}</th><td>{num(s.ratingChange.mean)} ({t("statistics.goalsRated", { count: s.ratingChange.goals })})</td></tr>
            <tr><th scope="row" className="pr-6 text-left font-normal">{t("statistics.sessions")}</th><td>{t("statistics.sessionCounts", s.sessions)}</td></tr>
          </tbody></table>
        </TableRegion>
      </section>
      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("statistics.sessions")}</h2>
        <BarChart data={[{ label: t("contact.counts.held"), value: s.sessions.held }, { label: t("statistics.cancelled"), value: s.sessions.cancelled }]} caption={t("statistics.sessions")} />
      </section>
      {matching && <MatchingStatisticsSection outcomes={matching.outcomes} />}
    </div>
  );
}

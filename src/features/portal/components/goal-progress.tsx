import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { TableRegion } from "@/components/table-region";
import type { GoalProgress } from "../progress-queries";
import type { PortalGoal } from "../plan-queries";
import { ProgressChart } from "./progress-chart";

/** One goal as the parent agreed it, and how it has gone: the drawing and the same numbers as a table. */
export async function GoalProgressCard({ goal, progress, parentName }: { goal: PortalGoal; progress: GoalProgress | undefined; parentName: string }) {
  const [t, format] = await Promise.all([getTranslations("portal"), getDateFormat()]);
  const rows = [...new Set([...(progress?.therapist ?? []), ...(progress?.parent ?? [])].map((p) => p.date))].sort().reverse();
  const at = (list: { date: string; rating: number }[] | undefined, d: string) => list?.filter((p) => p.date === d).at(-1);
  const latest = (list: { rating: number }[] | undefined) => list?.at(-1)?.rating;
  const labels = {
    therapist: t("progress.therapist"), parent: t("progress.you"),
    summary: t("progress.summary", { goal: goal.title, therapist: latest(progress?.therapist) ?? "–", parent: latest(progress?.parent) ?? "–" }),
  };
  return (
    <article className="space-y-3 rounded border border-slate-200 bg-white p-4" data-testid="portal-goal">
      <h3 className="text-lg font-semibold">{goal.title}</h3>
      <dl className="space-y-2">
        {goal.parentsWords && <div><dt className="font-medium">{t("goal.yourWords")}</dt><dd>»{goal.parentsWords}«</dd></div>}
        {goal.successCriteria && <div><dt className="font-medium">{t("goal.whenReached")}</dt><dd>{goal.successCriteria}</dd></div>}
        {goal.supportedBy && <div><dt className="font-medium">{t("goal.whoHelps")}</dt><dd>{goal.supportedBy}</dd></div>}
      </dl>
      {rows.length === 0 ? (
        <p className="text-slate-700">{t("progress.none")}</p>
      ) : (
        <>
          {progress && <ProgressChart progress={progress} labels={labels} />}
          <TableRegion label={t("progress.tableLabel", { goal: goal.title })}>
            <table className="min-w-full text-left" data-testid="progress-table">
              <caption className="sr-only">{t("progress.tableLabel", { goal: goal.title })}</caption>
              <thead>
                <tr className="border-b border-slate-200">
                  <th scope="col" className="py-1 pr-3">{t("progress.date")}</th>
                  <th scope="col" className="py-1 pr-3">{t("progress.therapist")}</th>
                  <th scope="col" className="py-1 pr-3">{t("progress.youNamed", { name: parentName })}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => {
                  const own = at(progress?.parent, d) as ({ rating: number; note?: string } | undefined);
                  return (
                    <tr key={d} className="border-b border-slate-100 align-top">
                      <td className="py-1 pr-3">{format(d)}</td>
                      <td className="py-1 pr-3">{at(progress?.therapist, d)?.rating ?? "–"}</td>
                      <td className="py-1 pr-3">{own ? <>{own.rating}{own.note ? <span className="block text-sm text-slate-700">»{own.note}«</span> : null}</> : "–"}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </article>
  );
}

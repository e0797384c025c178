import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { Actor } from "@/server/authz/actor";
import { firstYearDue } from "../first-year";

/** The next expectation talk or supervision visit of each placement in its first year, overdue ones marked. */
export async function FirstYearPanel({ actor }: { actor: Actor }) {
  const [t, format, rows] = await Promise.all([getTranslations("matchingFirstYear"), getDateFormat(), firstYearDue(actor)]);
  return (
    <section aria-labelledby="first-year-panel" className="space-y-2">
      <h2 id="first-year-panel" className="text-lg font-semibold">{t("panelTitle")} <span className="text-base font-normal text-slate-700">({rows.length})</span></h2>
      {rows.length === 0 ? <p className="text-sm text-slate-700">{t("panelEmpty")}</p> : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="first-year-due">
          {rows.map((r) => (
            <li key={`${r.caseId}-${r.kind}-${r.months}`} className="flex flex-wrap justify-between gap-2 p-3 text-sm">
              <Link href={`/matching/${r.caseId}/first-year`} className="text-brand-700 underline">
                {t("panelLine", { what: r.kind === "EXPECTATION_TALK" ? t("talk", { months: r.months }) : t("kinds.SUPERVISION_VISIT"), child: r.child, date: format(r.due) })}
              </Link>
              <span className={r.status === "OVERDUE" ? "font-semibold text-red-800" : "text-slate-700"}>{t(`statuses.${r.status}`, { date: "" })}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

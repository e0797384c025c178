import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MATCHING_STAGES } from "@/domain/matching";
import { getDateFormat } from "@/i18n/server-dates";

type Tab = "overview" | "candidates" | "decision" | "firstYear";
const TAB_PATHS: Record<Tab, string> = { overview: "", candidates: "/candidates", decision: "/decision", firstYear: "/first-year" };
// The nine steps of a case that runs its course; a withdrawn case shows where it stopped.
const COURSE = MATCHING_STAGES.filter((s) => s !== "WITHDRAWN");

/** The case's summary, its stages (the current one marked for screen readers too) and its pages as tabs. */
export async function MatchingCaseHeader({ c, current, tabs = ["overview"] }: {
  c: { id: string; stage: string; urgency: string; legalBasis: string; deadline: string | null; daysLeft: number | null; consultant: string | null; child: { name: string; age: number }; family: { id: string; name: string }; withdrawnReason: string | null };
  current: Tab;
  tabs?: Tab[];
}) {
  const [t, tm, format] = await Promise.all([getTranslations("matchingCase"), getTranslations("matching"), getDateFormat()]);
  const deadline = c.deadline
    ? `${format(c.deadline)}${c.daysLeft === null ? "" : ` (${c.daysLeft < 0 ? t("overdue", { days: -c.daysLeft }) : t("daysLeft", { days: c.daysLeft })})`}`
    : t("noDeadline");
  return (
    <div className="space-y-3">
      <p className="text-sm text-slate-700" data-testid="matching-summary">
        {t("summary", { age: c.child.age, family: c.family.name })} · {t(`urgencies.${c.urgency}` as "urgencies.PLANNED")} · {t(`legalBases.${c.legalBasis}` as "legalBases.VOLUNTARY")}
        {" · "}{t("deadline")}: {deadline} · {t("consultant")}: {c.consultant ?? t("noConsultant")}
      </p>
      <ol aria-label={t("stages")} className="flex flex-wrap gap-1 text-xs" data-testid="matching-stages">
        {COURSE.map((s) => (
          <li key={s} aria-current={s === c.stage ? "step" : undefined}
            className={`rounded px-2 py-1 ${s === c.stage ? "bg-brand-700 font-semibold text-white" : "bg-slate-100 text-slate-700"}`}>
            {tm(`stage.${s}` as "stage.PROFILE")}
          </li>
        ))}
      </ol>
      {c.stage === "WITHDRAWN" && <p className="text-sm font-medium text-red-800">{t("withdrawnBecause", { reason: c.withdrawnReason ?? "" })}</p>}
      {tabs.length > 1 && (
        <nav aria-label={t("caseNav")}>
          <ul className="flex flex-wrap gap-2 border-b border-slate-200">
            {tabs.map((tab) => (
              <li key={tab}>
                <Link href={`/matching/${c.id}${TAB_PATHS[tab]}`} aria-current={tab === current ? "page" : undefined}
                  className={`inline-block px-3 py-2 ${tab === current ? "border-b-2 border-brand-700 font-semibold" : "text-brand-700 underline"}`}>
                  {t(`tabs.${tab}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { CaseStage } from "@/domain/method";
import { TableRegion } from "@/components/table-region";

/** What the table shows of a family; the families feature's list query returns exactly this. */
export interface FamilyListRow {
  id: string;
  displayName: string;
  stage: CaseStage;
  /** The next due date whose window is still open (followUpStanding().next). */
  nextFollowUp: string | null;
  /** Follow-ups of the running phase that were missed, and the first one not made up since. */
  missedFollowUps: number;
  overdueSince: string | null;
  caseworkers: string[];
  therapists: string[];
}

/**
 * `parentsRated`, when given, adds whether each family's parents have rated their goals in the portal since
 * the last follow-up (the therapist's upcoming follow-ups).
 */
export async function FamilyTable({ rows, caption, parentsRated }: { rows: FamilyListRow[]; caption: string; parentsRated?: ReadonlySet<string> }) {
  const [t, format] = await Promise.all([getTranslations(), getDateFormat()]);
  if (rows.length === 0) return <p className="text-slate-600">{t("home.noFamilies")}</p>;
  return (
    <TableRegion label={caption}>
      <table className="w-full border-collapse text-sm" data-testid="family-table">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4">{t("family.name")}</th>
            <th scope="col" className="py-2 pr-4">{t("family.phase")}</th>
            <th scope="col" className="py-2 pr-4">{t("family.nextFollowUp")}</th>
            {parentsRated && <th scope="col" className="py-2 pr-4">{t("parentRatings.column")}</th>}
            <th scope="col" className="py-2 pr-4">{t("family.caseworker")}</th>
            <th scope="col" className="py-2">{t("family.therapist")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((f) => (
            <tr key={f.id} className="border-b border-slate-200">
              <td className="py-2 pr-4"><Link href={`/families/${f.id}`} className="font-medium text-brand-700 underline">{f.displayName}</Link></td>
              <td className="py-2 pr-4">{t(`phase.${f.stage}`)}</td>
              <td className="py-2 pr-4">
                {f.nextFollowUp ? format(f.nextFollowUp) : t("family.none")}
                {/* A space that is read, so date and badge are not announced as one word ("21. nov. 2026Overskredet"). */}
                {(f.overdueSince || f.missedFollowUps > 0) && " "}
                {f.overdueSince ? (
                  <span className="ml-2 inline-block rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800" data-testid="overdue-since">
                    {t("family.overdueSince", { date: format(f.overdueSince) })}
                  </span>
                ) : f.missedFollowUps > 0 && (
                  <span className="ml-2 inline-block text-xs text-slate-600" data-testid="missed-count">{t("family.missed", { count: f.missedFollowUps })}</span>
                )}
              </td>
              {parentsRated && (
                <td className="py-2 pr-4" data-testid="parents-rated">
                  {parentsRated.has(f.id) ? <span className="font-medium">{t("parentRatings.rated")}</span> : t("parentRatings.notRated")}
                </td>
              )}
              <td className="py-2 pr-4">{f.caseworkers.join(", ") || t("family.none")}</td>
              <td className="py-2">{f.therapists.join(", ") || t("family.none")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

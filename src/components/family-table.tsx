import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { CaseStage } from "@/domain/method";

/** What the table shows of a family; the families feature's list query returns exactly this. */
export interface FamilyListRow {
  id: string;
  displayName: string;
  stage: CaseStage;
  nextFollowUpDue: string | null;
  caseworkers: string[];
  therapists: string[];
}

export async function FamilyTable({ rows, caption, today }: { rows: FamilyListRow[]; caption: string; today: string }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  if (rows.length === 0) return <p className="text-slate-600">{t("home.noFamilies")}</p>;
  return (
    <table className="w-full border-collapse text-sm" data-testid="family-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left">
          <th scope="col" className="py-2 pr-4">{t("family.name")}</th>
          <th scope="col" className="py-2 pr-4">{t("family.phase")}</th>
          <th scope="col" className="py-2 pr-4">{t("family.nextFollowUp")}</th>
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
              {f.nextFollowUpDue ? (
                <>
                  {format.dateTime(new Date(`${f.nextFollowUpDue}T12:00:00Z`), { dateStyle: "medium" })}
                  {f.nextFollowUpDue < today && <span className="ml-2 rounded bg-red-100 px-1.5 py-0.5 text-xs font-medium text-red-800">{t("home.overdue")}</span>}
                </>
              ) : t("family.none")}
            </td>
            <td className="py-2 pr-4">{f.caseworkers.join(", ") || t("family.none")}</td>
            <td className="py-2">{f.therapists.join(", ") || t("family.none")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

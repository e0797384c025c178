import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { TableRegion } from "@/components/table-region";
import type { listMatchingCases } from "../case-queries";

type Row = Awaited<ReturnType<typeof listMatchingCases>>[number];

/** Matching cases as a table: the child (link to the case), family, stage, urgency, deadline and how near it is. */
export async function MatchingCasesTable({ rows, caption, showFamilyLink }: { rows: Row[]; caption: string; showFamilyLink: boolean }) {
  const [t, tm, format] = await Promise.all([getTranslations("matchingCase"), getTranslations("matching"), getDateFormat()]);
  if (rows.length === 0) return <p className="text-sm text-slate-700">{t("none")}</p>;
  return (
    <TableRegion label={caption}>
      <table className="w-full border-collapse text-sm" data-testid="matching-cases">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">{t("child")}</th><th scope="col" className="py-2 pr-3">{t("family")}</th>
            <th scope="col" className="py-2 pr-3">{t("stage")}</th><th scope="col" className="py-2 pr-3">{t("urgency")}</th>
            <th scope="col" className="py-2 pr-3">{t("deadline")}</th><th scope="col" className="py-2">{t("consultant")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-b border-slate-200">
              <th scope="row" className="py-2 pr-3 text-left font-normal"><Link href={`/matching/${r.id}`} className="text-brand-700 underline">{r.childName}</Link> ({r.childAge})</th>
              <td className="py-2 pr-3">{showFamilyLink ? <Link href={`/families/${r.familyId}`} className="underline">{r.familyName}</Link> : r.familyName}</td>
              <td className="py-2 pr-3">{tm(`stage.${r.stage}` as "stage.PROFILE")}</td>
              <td className="py-2 pr-3">{t(`urgencies.${r.urgency}` as "urgencies.PLANNED")}</td>
              <td className="py-2 pr-3">
                {r.deadline ? format(r.deadline) : t("noDeadline")}
                {r.daysLeft !== null && (
                  <span className={`ml-1 ${r.daysLeft < 0 ? "font-semibold text-red-800" : "text-slate-700"}`}>
                    ({r.daysLeft < 0 ? t("overdue", { days: -r.daysLeft }) : t("daysLeft", { days: r.daysLeft })})
                  </span>
                )}
              </td>
              <td className="py-2">{r.consultant ?? t("noConsultant")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

import { getTranslations } from "next-intl/server";
import { TableRegion } from "@/components/table-region";
import type { CandidatesPage } from "../candidate-queries";

// A rating is read as words, with a mark beside it so it does not rely on colour (WCAG 1.4.1).
const MARK: Record<string, string> = { MET: "✓", PARTLY: "◐", NOT_MET: "✗", NOT_APPLICABLE: "–" };

/** § 52 criteria as rows, candidates as columns, each cell the rating and its reason. No totals, no order by score. */
export async function ComparisonTable({ page }: { page: CandidatesPage }) {
  const [t, tm] = await Promise.all([getTranslations("matchingCandidates"), getTranslations("matching")]);
  const { candidates, comparison } = page;
  return (
    <section aria-labelledby="comparison" className="space-y-2">
      <h2 id="comparison" className="text-lg font-semibold">{t("comparison")}</h2>
      <p className="text-sm text-slate-700">{t("comparisonIntro")}</p>
      <TableRegion label={t("comparison")}>
        <table className="w-full border-collapse text-sm" data-testid="comparison-table">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2 pr-3">{t("criterion")}</th>
              {candidates.map((x) => <th key={x.id} scope="col" className="py-2 pr-3">{x.site.name}</th>)}
            </tr>
          </thead>
          <tbody>
            {comparison.map((row) => (
              <tr key={row.criterion} className="border-b border-slate-200 align-top">
                <th scope="row" className="py-2 pr-3 text-left font-medium">{tm(`criterion.${row.criterion}`)}</th>
                {row.cells.map(({ candidateId, cell }) => (
                  <td key={candidateId} className="py-2 pr-3">
                    {cell.rating ? <><span aria-hidden="true">{MARK[cell.rating]} </span>{tm(`rating.${cell.rating}`)}</> : <span className="text-slate-600">{t("notRated")}</span>}
                    {cell.note && <span className="block text-slate-700">{cell.note}</span>}
                  </td>
                ))}
              </tr>
            ))}
            <tr className="border-b border-slate-200"><th scope="row" className="py-2 pr-3 text-left font-medium">{t("freePlaces")}</th>{candidates.map((x) => <td key={x.id} className="py-2 pr-3">{x.vacancies}</td>)}</tr>
            <tr className="border-b border-slate-200"><th scope="row" className="py-2 pr-3 text-left font-medium">{t("answer")}</th>{candidates.map((x) => <td key={x.id} className="py-2 pr-3">{t(`answers.${x.answer}`)}</td>)}</tr>
            <tr><th scope="row" className="py-2 pr-3 text-left font-medium">{t("visits")}</th>{candidates.map((x) => <td key={x.id} className="py-2 pr-3">{x.visits.length}</td>)}</tr>
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}

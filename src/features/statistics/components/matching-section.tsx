import { getTranslations } from "next-intl/server";
import { BREAKDOWN_SPANS, WISH_GROUPS, type OutcomeCell, type OutcomeDimension, type PlacementOutcomes } from "@/domain/matching";
import { TableRegion } from "@/components/table-region";

const SITE_KINDS = ["GENERAL_FOSTER_FAMILY", "REINFORCED_FOSTER_FAMILY", "SPECIALISED_FOSTER_FAMILY", "NETWORK_FOSTER_FAMILY", "CHILDRENS_HOME", "OWN_ROOM", "BOARDING_SCHOOL"];

/**
 * The coordinator's matching figures: placements started and the share that broke down within one and
 * two years, by year of start, site kind and whether the wishes were followed. Every share is shown
 * with the counts behind it, since a municipality's groups are often small.
 */
export async function MatchingStatisticsSection({ outcomes }: { outcomes: PlacementOutcomes }) {
  const [t, tAll] = await Promise.all([getTranslations("matchingBreakdown.statistics"), getTranslations()]);
  const share = (cell: OutcomeCell, years: 1 | 2) => {
    const counted = cell.counted[years];
    if (counted === 0) return t("notYet");
    return t("share", { share: `${Math.round((cell.brokeDown[years] / counted) * 100)} %`, broke: cell.brokeDown[years], counted });
  };
  const label = (dimension: OutcomeDimension, key: string) =>
    dimension === "siteKind" ? tAll(`siteKind.${key}`) : dimension === "childWish" || dimension === "parentWish" ? t(`wish.${key}`) : key;
  const order = (dimension: OutcomeDimension): string[] => {
    const keys = Object.keys(outcomes[dimension]);
    if (dimension === "startYear") return keys.sort().reverse();
    const fixed = dimension === "siteKind" ? SITE_KINDS : [...WISH_GROUPS];
    return [...fixed.filter((k) => keys.includes(k)), ...keys.filter((k) => !fixed.includes(k))];
  };
  const table = (dimension: Exclude<OutcomeDimension, "total">, caption: string) => (
    <TableRegion key={dimension} label={caption}>
      <table className="mt-3 w-full text-sm" data-testid={`matching-${dimension}`}>
        <caption className="text-left font-medium">{caption}</caption>
        <thead>
          <tr className="text-left">
            <th scope="col" className="pr-4">{t("group")}</th>
            <th scope="col" className="pr-4">{t("started")}</th>
            {BREAKDOWN_SPANS.map((y) => <th key={y} scope="col" className="pr-4">{t(`within${y}`)}</th>)}
          </tr>
        </thead>
        <tbody>
          {order(dimension).map((key) => {
            const cell = outcomes[dimension][key]!;
            return (
              <tr key={key}>
                <th scope="row" className="pr-4 text-left font-normal">{label(dimension, key)}</th>
                <td className="pr-4">{cell.started}</td>
                {BREAKDOWN_SPANS.map((y) => <td key={y} className="pr-4">{share(cell, y)}</td>)}
              </tr>
            );
          })}
        </tbody>
        {outcomes.total.all && (
          <tfoot>
            <tr className="border-t border-slate-200">
              <th scope="row" className="pr-4 text-left">{t("total")}</th>
              <td className="pr-4 font-medium">{outcomes.total.all.started}</td>
              {BREAKDOWN_SPANS.map((y) => <td key={y} className="pr-4 font-medium">{share(outcomes.total.all!, y)}</td>)}
            </tr>
          </tfoot>
        )}
      </table>
    </TableRegion>
  );
  return (
    <section aria-labelledby="matching-statistics" className="rounded border border-slate-200 bg-white p-4" data-testid="matching-statistics">
      <h2 id="matching-statistics" className="mb-2 font-semibold">{t("heading")}</h2>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("oldEnough")}</p>
      <p className="mt-1 text-sm text-slate-700">{t("periodNote")}</p>
      {!outcomes.total.all ? <p className="mt-3 text-sm">{t("none")}</p> : (
        <>
          {table("startYear", t("byYear"))}
          {table("siteKind", t("bySiteKind"))}
          {table("childWish", t("byChildWish"))}
          {table("parentWish", t("byParentWish"))}
        </>
      )}
      <a href="/api/statistics/export?rows=placements" className="mt-3 inline-block rounded border border-brand-700 px-3 py-1.5 text-sm text-brand-700" data-testid="csv-export-placements">{t("exportPlacements")}</a>
    </section>
  );
}

import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { BreakdownPage } from "../breakdown-queries";

/** A recorded breakdown as it stands: read-only, since a second record of the same ending would be a second truth. */
export async function BreakdownRecord({ breakdown }: { breakdown: NonNullable<BreakdownPage["breakdown"]> }) {
  const [t, tm, format] = await Promise.all([getTranslations("matchingBreakdown"), getTranslations("matching"), getDateFormat()]);
  const row = (label: string, value: string) => (
    <div><dt className="font-medium">{label}</dt><dd className="whitespace-pre-wrap">{value || "–"}</dd></div>
  );
  return (
    <section aria-labelledby="record-heading" className="space-y-3 rounded border border-slate-200 bg-white p-4" data-testid="breakdown-record">
      <h2 id="record-heading" className="text-lg font-semibold">{t("recordHeading")}</h2>
      <p className="text-sm text-slate-700">{t("recordedOn", { date: format(breakdown.createdAt) })}</p>
      <dl className="space-y-2">
        {row(t("endedBy"), tm(`endedBy.${breakdown.endedBy}`))}
        {row(t("causes"), breakdown.causes.map((c) => tm(`cause.${c}`)).join(", "))}
        {row(t("causeText"), breakdown.causeText)}
        {row(t("warningSigns"), breakdown.warningSigns)}
        {row(t("learned"), breakdown.learned)}
      </dl>
    </section>
  );
}

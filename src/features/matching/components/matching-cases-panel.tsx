import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/authz/actor";
import { listMatchingCases } from "../case-queries";
import { MatchingCasesTable } from "./matching-cases-table";

/** The open matching cases on a home page (caseworker: their families'; consultant: those they take part in). */
export async function MatchingCasesPanel({ actor }: { actor: Actor }) {
  const [t, rows] = await Promise.all([getTranslations("matchingCase"), listMatchingCases(actor)]);
  return (
    <section aria-labelledby="matching-panel" className="space-y-2">
      <h2 id="matching-panel" className="text-lg font-semibold">{t("panelTitle")} <span className="text-base font-normal text-slate-700">({t("count", { count: rows.length })})</span></h2>
      {rows.length === 0 ? <p className="text-sm text-slate-700">{t("panelEmpty")}</p> : <MatchingCasesTable rows={rows.slice(0, 10)} caption={t("panelTitle")} showFamilyLink={false} />}
      <p><Link href="/matching" className="text-brand-700 underline">{t("allCases")}</Link></p>
    </section>
  );
}

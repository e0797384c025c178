import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { roleMay } from "@/server/authz/policy";
import { listMatchingCases } from "@/features/matching/case-queries";
import { MatchingCasesTable } from "@/features/matching/components/matching-cases-table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matchingCase");
  return { title: t("listTitle") };
}

export default async function MatchingCasesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("matching.view");
  const ended = (await searchParams).ended === "1";
  const [t, rows] = await Promise.all([getTranslations("matchingCase"), listMatchingCases(actor, { ended })]);
  const caption = ended ? t("endedCases") : t("openCases");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("listTitle")}</h1>
      <p className="text-slate-700">{t("listIntro")}</p>
      <div className="flex flex-wrap gap-4">
        {roleMay(actor.role, "matching.open") && <Link href="/matching/new" className="rounded bg-brand-700 px-4 py-2 font-medium text-white">{t("open")}</Link>}
        <Link href={ended ? "/matching" : "/matching?ended=1"} className="self-center text-brand-700 underline">{ended ? t("showOpen") : t("showEnded")}</Link>
      </div>
      <h2 className="text-lg font-semibold">{caption} <span className="text-base font-normal text-slate-700">({t("count", { count: rows.length })})</span></h2>
      <MatchingCasesTable rows={rows} caption={caption} showFamilyLink={actor.role === "CASEWORKER"} />
    </div>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { listReferrals } from "@/features/matching/referral-queries";
import { TableRegion } from "@/components/table-region";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matchingCandidates");
  return { title: t("siteList") };
}

export default async function SiteReferralsPage() {
  const actor = await requirePermission("referral.answer");
  const [t, format, rows] = await Promise.all([getTranslations("matchingCandidates"), getDateFormat(), listReferrals(actor)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("siteList")}</h1>
      <p className="text-slate-700">{t("siteListIntro")}</p>
      {rows.length === 0 ? <p>{t("siteNone")}</p> : (
        <TableRegion label={t("siteList")}>
          <table className="w-full border-collapse text-sm" data-testid="referrals">
            <thead><tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2 pr-3">{t("received")}</th><th scope="col" className="py-2 pr-3">{t("child")}</th>
              <th scope="col" className="py-2 pr-3">{t("fields.needs")}</th><th scope="col" className="py-2 pr-3">{t("site")}</th><th scope="col" className="py-2">{t("answer")}</th>
            </tr></thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-3"><Link href={`/site/referrals/${r.id}`} className="text-brand-700 underline">{r.sentOn ? format(r.sentOn) : "–"}</Link></td>
                  <td className="py-2 pr-3">{t("age", { age: r.ageYears })}</td>
                  <td className="py-2 pr-3">{r.needs.length > 120 ? `${r.needs.slice(0, 120)}…` : r.needs}</td>
                  <td className="py-2 pr-3">{r.site}</td>
                  <td className="py-2">{t(`answers.${r.answer}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </div>
  );
}

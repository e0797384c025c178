import type { Metadata } from "next";
import Link from "next/link";
import { MyAgenda } from "@/features/meetings/components/my-agenda";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { listConsultantSites } from "@/features/sites/queries";
import { consultantCancellations } from "@/features/contact/agenda";
import { getDateFormat } from "@/i18n/server-dates";
import { MatchingCasesPanel } from "@/features/matching/components/matching-cases-panel";
import { FirstYearPanel } from "@/features/matching/components/first-year-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("nav.sites") };
}

export default async function ConsultantHome() {
  const actor = await requireRole("CONSULTANT");
  const [t, format, sites, cancelled] = await Promise.all([getTranslations(), getDateFormat(), listConsultantSites(actor), consultantCancellations(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("home.welcome", { name: actor.name })}</h1>
      <section aria-labelledby="cancelled">
        <h2 id="cancelled" className="mb-2 text-lg font-semibold">{t("home.cancelledTitle", { count: cancelled.length })}</h2>
        {cancelled.length === 0 ? <p className="text-slate-600">{t("home.noCancelled")}</p> : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="recent-cancellations">
            {cancelled.map((s) => (
              <li key={s.id} className="flex flex-wrap justify-between gap-2 p-3 text-sm">
                <span>{format(s.date)}</span>
                <span>{s.childName}</span>
                <span className="text-slate-600">{t(`contact.statuses.${s.status}`)}</span>
                <Link href={`/consultant/sites/${s.siteId}`} className="text-brand-700 underline">{s.siteName}</Link>
              </li>
            ))}
          </ul>
        )}
      </section>
      <MyAgenda actor={actor} />
      <MatchingCasesPanel actor={actor} />
      <FirstYearPanel actor={actor} />
      <section aria-labelledby="sites">
        <h2 id="sites" className="mb-2 text-lg font-semibold">{t("home.sitesTitle")}</h2>
        {sites.length === 0 ? <p className="text-slate-600">{t("home.noSites")}</p> : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="consultant-sites">
            {sites.map((s) => (
              <li key={s.id} className="flex justify-between p-3">
                <Link href={`/consultant/sites/${s.id}`} className="font-medium text-brand-700 underline">{s.name}</Link>
                <span className="text-sm text-slate-600">{t("home.placedChildren")}: {s.placedChildren}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

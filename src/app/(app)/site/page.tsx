import type { Metadata } from "next";
import Link from "next/link";
import { MyAgenda } from "@/features/meetings/components/my-agenda";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requireRole } from "@/server/auth/session";
import { listSiteChildren } from "@/features/sites/queries";
import { siteContactAgenda } from "@/features/contact/agenda";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("nav.children") };
}

export default async function SiteHome() {
  const actor = await requireRole("SITE");
  const [t, format, children, agenda] = await Promise.all([getTranslations(), getDateFormat(), listSiteChildren(actor), siteContactAgenda(actor)]);
  const date = (d: string) => format(d, "weekdayShort");
  const sessionList = (rows: typeof agenda.week, testId: string) => (
    <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid={testId}>
      {rows.map((s) => (
        <li key={s.id} className="flex flex-wrap justify-between gap-2 p-3 text-sm">
          <span>{date(s.date)}</span>
          <Link href={`/site/children/${s.childId}`} className="text-brand-700 underline">{s.childName}</Link>
          <span className="text-slate-600">{t(`contact.statuses.${s.status}`)}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("home.welcome", { name: actor.name })}</h1>
      <section aria-labelledby="unrecorded">
        <h2 id="unrecorded" className="mb-2 text-lg font-semibold">{t("home.unrecordedTitle", { count: agenda.unrecorded.length })}</h2>
        {agenda.unrecorded.length === 0 ? <p className="text-slate-600">{t("home.noUnrecorded")}</p> : sessionList(agenda.unrecorded, "unrecorded-sessions")}
      </section>
      <section aria-labelledby="week">
        <h2 id="week" className="mb-2 text-lg font-semibold">{t("home.contactWeekTitle", { from: date(agenda.monday), to: date(agenda.sunday) })}</h2>
        {agenda.week.length === 0 ? <p className="text-slate-600">{t("home.noContactWeek")}</p> : sessionList(agenda.week, "week-sessions")}
      </section>
      <MyAgenda actor={actor} />
      <section aria-labelledby="children">
        <h2 id="children" className="mb-2 text-lg font-semibold">{t("home.childrenTitle")}</h2>
        {children.length === 0 ? <p className="text-slate-600">{t("home.noChildren")}</p> : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="site-children">
            {children.map((c) => (
              <li key={c.id} className="p-3">
                <p className="font-medium"><Link href={`/site/children/${c.id}`} className="text-brand-700 underline">{c.name}</Link></p>
                <p className="text-sm text-slate-600">{t("family.parents")}: {c.parents.join(", ")}</p>
                <p className="text-sm text-slate-600">{c.site} · {format(c.placedSince)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

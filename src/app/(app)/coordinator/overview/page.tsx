import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { overviewQuery, programmeOverview, type OverviewQuery } from "@/features/families/overview";
import { CASE_STAGES } from "@/domain/method";
import { TableRegion } from "@/components/table-region";

const COLUMNS = ["name", "phase", "weeks", "next", "overdue", "meeting", "caseworker"] as const;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("overview.heading") };
}

export default async function OverviewPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("programme.overview");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const parsed = overviewQuery.safeParse(raw);
  const query: OverviewQuery = parsed.success ? parsed.data : overviewQuery.parse({});
  const [t, format, data] = await Promise.all([getTranslations(), getDateFormat(), programmeOverview(actor, parsed.success ? parsed.data : overviewQuery.parse({}))]);
  const date = (d: string | null) => (d ? format(d) : "–");
  const sortHref = (col: string) => ({ query: { ...raw, page: undefined, sort: col, dir: query.sort === col && query.dir === "asc" ? "desc" : "asc" } });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("overview.heading")}</h1>
      {!parsed.success && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm">{t("families.invalidFilter")}</p>}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
        <div>
          <label htmlFor="phase" className="block text-sm font-medium">{t("family.phase")}</label>
          <select id="phase" name="phase" defaultValue={query.phase ?? ""} className="mt-1 rounded border border-slate-300 px-3 py-1.5">
            <option value="">{t("families.all")}</option>
            {CASE_STAGES.map((p) => <option key={p} value={p}>{t(`phase.${p}`)}</option>)}
          </select>
        </div>
        <label className="inline-flex items-center gap-2 text-sm"><input type="checkbox" name="onlyOverdue" value="1" defaultChecked={!!query.onlyOverdue} className="h-4 w-4" />{t("overview.onlyOverdue")}</label>
        <input type="hidden" name="sort" value={query.sort} />
        <input type="hidden" name="dir" value={query.dir} />
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700">{t("families.apply")}</button>
      </form>
      <p className="text-sm text-slate-600" data-testid="overview-count">{t("overview.count", { shown: data.rows.length, total: data.matching })}</p>
      <TableRegion label={t("overview.heading")}>
        <table className="w-full border-collapse text-sm" data-testid="overview-table">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              {COLUMNS.map((c) => (
                <th key={c} scope="col" className="py-2 pr-3" aria-sort={query.sort === c ? (query.dir === "asc" ? "ascending" : "descending") : undefined}>
                  <Link href={sortHref(c)} className="underline decoration-dotted">
                    {t(`overview.columns.${c}`)}
                    {/* The arrow shows the order; aria-sort on the header says it to a screen reader. */}
                    <span aria-hidden="true" className="ml-1">{query.sort === c ? (query.dir === "asc" ? "▲" : "▼") : "↕"}</span>
                  </Link>
                </th>
              ))}
              <th scope="col" className="py-2">{t("family.therapist")}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id} className="border-b border-slate-200">
                <td className="py-2 pr-3"><Link href={`/families/${r.id}`} className="text-brand-700 underline">{r.name}</Link></td>
                <td className="py-2 pr-3">{t(`phase.${r.phase}`)}</td>
                <td className="py-2 pr-3">{r.weeks ?? "–"}</td>
                <td className="py-2 pr-3">{date(r.next)}</td>
                <td className={`py-2 pr-3 ${r.overdueSince ? "font-semibold text-red-700" : ""}`} data-testid="overdue-cell">{r.overdue}</td>
                <td className="py-2 pr-3">{r.meeting ? <Link href={`/meetings/${r.meeting.id}`} className="underline">{format(r.meeting.startsAt, "dayTime")}</Link> : "–"}</td>
                <td className="py-2 pr-3">{r.caseworker || "–"}</td>
                <td className="py-2">{r.therapist || "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {data.pages > 1 && (
        <nav aria-label={t("families.pages")} className="flex items-center gap-3 text-sm">
          {data.page > 1 && <Link href={{ query: { ...raw, page: data.page - 1 } }} className="underline">{t("families.previous")}</Link>}
          <span>{t("overview.page", { page: data.page, pages: data.pages })}</span>
          {data.page < data.pages && <Link href={{ query: { ...raw, page: data.page + 1 } }} className="underline">{t("families.next")}</Link>}
        </nav>
      )}
    </div>
  );
}

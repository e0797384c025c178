import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { searchSites } from "@/features/admin/sites-queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("siteAdmin");
  return { title: t("title") };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The shared placement-site register: search by name or CVR, a page at a time. */
export default async function SitesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("admin.sites");
  const sp = await searchParams;
  const pageParam = Number.parseInt(first(sp.page), 10);
  const [t, result] = await Promise.all([getTranslations(), searchSites(actor, first(sp.q), Number.isFinite(pageParam) ? pageParam : 1)]);
  const pageHref = (p: number) => `/admin/sites?${new URLSearchParams({ ...(result.query ? { q: result.query } : {}), page: String(p) })}`;
  return (
    <div className="max-w-5xl space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-2xl font-semibold">{t("siteAdmin.title")}</h1>
        <Link href="/admin/sites/new" className="text-brand-700 underline">{t("siteAdmin.newLink")}</Link>
      </div>
      <p className="text-sm text-slate-600">{t("siteAdmin.intro")}</p>
      <form method="get" action="/admin/sites" role="search" className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="site-q" className="block text-sm font-medium">{t("siteAdmin.search")}</label>
          <input id="site-q" name="q" defaultValue={result.query} className="mt-1 w-64 max-w-full rounded border border-slate-300 px-3 py-2" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900">{t("siteAdmin.searchButton")}</button>
      </form>
      <p role="status" className="text-sm" data-testid="site-count">{t("siteAdmin.found", { count: result.total })}</p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="site-list">
          <thead>
            <tr className="border-b border-slate-300 text-left">
              <th scope="col" className="py-2 pr-4">{t("siteAdmin.name")}</th>
              <th scope="col" className="py-2 pr-4">{t("siteAdmin.kind")}</th>
              <th scope="col" className="py-2 pr-4">{t("siteAdmin.cvr")}</th>
              <th scope="col" className="py-2 pr-4">{t("siteAdmin.address")}</th>
              <th scope="col" className="py-2">{t("siteAdmin.approvedPlaces")}</th>
            </tr>
          </thead>
          <tbody>
            {result.sites.map((s) => (
              <tr key={s.id} className="border-b border-slate-200">
                <td className="py-2 pr-4"><Link href={`/admin/sites/${s.id}`} className="text-brand-700 underline">{s.name}</Link></td>
                <td className="py-2 pr-4">{t(`siteKind.${s.kind}`)}</td>
                <td className="py-2 pr-4">{s.cvr ?? "–"}</td>
                <td className="py-2 pr-4">{s.address ?? "–"}</td>
                <td className="py-2">{s.approvedPlaces ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {result.pages > 1 && (
        <nav aria-label={t("siteAdmin.pages")} className="flex flex-wrap items-center gap-4 text-sm">
          {result.page > 1 && <Link href={pageHref(result.page - 1)} className="text-brand-700 underline">{t("siteAdmin.previous")}</Link>}
          <span>{t("siteAdmin.pageOf", { page: result.page, pages: result.pages })}</span>
          {result.page < result.pages && <Link href={pageHref(result.page + 1)} className="text-brand-700 underline">{t("siteAdmin.next")}</Link>}
        </nav>
      )}
    </div>
  );
}

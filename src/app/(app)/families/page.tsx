import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { roleMay } from "@/server/authz/policy";
import { ATTENTION_FILTERS, DUE_FILTERS, listFamilies } from "@/features/families/queries";
import { FamilyTable } from "@/components/family-table";
import { addDays, CASE_STAGES, todayInCopenhagen } from "@/domain/method";

const filterSchema = z.object({
  q: z.string().trim().max(100).optional(),
  phase: z.enum(CASE_STAGES).optional(),
  due: z.enum(DUE_FILTERS).optional(),
  attention: z.enum(ATTENTION_FILTERS).optional(),
  page: z.coerce.number().int().min(1).max(10_000).optional(),
});
const PAGE_SIZE = 50;

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("families.heading") };
}

export default async function FamiliesPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("family.list");
  const t = await getTranslations();
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const parsed = filterSchema.safeParse(raw);
  const today = todayInCopenhagen(new Date());
  const filter = parsed.success ? parsed.data : {};
  const page = filter.page ?? 1;
  const { rows, total } = await listFamilies(actor, { q: filter.q, phase: filter.phase, due: filter.due, today, attention: filter.attention, attentionBy: addDays(today, 14), take: PAGE_SIZE, skip: (page - 1) * PAGE_SIZE });

  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("families.heading")}</h1>
        {roleMay(actor.role, "family.enrol") && (
          <Link href="/families/new" className="rounded bg-brand-700 px-3 py-2 text-sm font-medium text-white">{t("families.enrol")}</Link>
        )}
      </div>
      {!parsed.success && <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm">{t("families.invalidFilter")}</p>}
      <form method="get" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3" role="search">
        <div>
          <label htmlFor="q" className="block text-sm font-medium">{t("families.search")}</label>
          <input id="q" name="q" defaultValue={filter.q ?? ""} className="mt-1 rounded border border-slate-300 px-3 py-1.5" />
        </div>
        <div>
          <label htmlFor="phase" className="block text-sm font-medium">{t("family.phase")}</label>
          <select id="phase" name="phase" defaultValue={filter.phase ?? ""} className="mt-1 rounded border border-slate-300 px-3 py-1.5">
            <option value="">{t("families.all")}</option>
            {CASE_STAGES.map((p) => <option key={p} value={p}>{t(`phase.${p}`)}</option>)}
          </select>
        </div>
        <div>
          <label htmlFor="due" className="block text-sm font-medium">{t("families.due")}</label>
          <select id="due" name="due" defaultValue={filter.due ?? ""} className="mt-1 rounded border border-slate-300 px-3 py-1.5">
            <option value="">{t("families.all")}</option>
            <option value="overdue">{t("families.dueOverdue")}</option>
            <option value="week">{t("families.dueWeek")}</option>
            <option value="fortnight">{t("families.dueFortnight")}</option>
          </select>
        </div>
        {/* The home page's attention filter stays on when the list is searched or narrowed further. */}
        {filter.attention && <input type="hidden" name="attention" value={filter.attention} />}
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700">{t("families.apply")}</button>
      </form>
      {filter.attention && (
        <p className="flex flex-wrap items-center gap-3 text-sm" data-testid="attention-filter">
          <span className="font-medium">{t("families.filteredBy", { filter: t(`home.attention.${filter.attention}`) })}</span>
          <Link href={{ query: Object.fromEntries(Object.entries({ ...raw, attention: undefined, page: undefined }).filter(([, v]) => v)) }} className="text-brand-700 underline">{t("families.removeFilter")}</Link>
        </p>
      )}
      <p className="text-sm text-slate-600" data-testid="family-count">{t("families.count", { count: total })}</p>
      <FamilyTable rows={rows} caption={t("families.heading")} />
      {total > PAGE_SIZE && (
        <nav aria-label={t("families.pages")} className="flex gap-3 text-sm">
          {page > 1 && <Link href={{ query: { ...raw, page: page - 1 } }} className="underline">{t("families.previous")}</Link>}
          {page * PAGE_SIZE < total && <Link href={{ query: { ...raw, page: page + 1 } }} className="underline">{t("families.next")}</Link>}
        </nav>
      )}
    </div>
  );
}

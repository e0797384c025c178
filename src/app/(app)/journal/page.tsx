import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { journalSearchInput } from "@/features/journal/schemas";
import { searchJournal, SEARCH_LIMIT } from "@/features/journal/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("journal");
  return { title: t("searchTitle") };
}

/** Searches journal text in the user's own families (the family list's reach), nothing beyond. */
export default async function JournalSearchPage({ searchParams }: { searchParams: Promise<{ q?: string | string[] }> }) {
  const actor = await requirePermission("journal.view");
  const raw = (await searchParams).q;
  const q = Array.isArray(raw) ? raw[0] : raw;
  const [t, tAll, format] = await Promise.all([getTranslations("journal"), getTranslations(), getDateFormat()]);
  const asked = q !== undefined && q.trim() !== "";
  const parsed = asked ? journalSearchInput.safeParse({ q }) : null;
  const found = parsed?.success ? await searchJournal(actor, parsed.data.q) : null;
  const date = (d: string) => format(d);
  const invalid = parsed !== null && !parsed.success;
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("searchTitle")}</h1>
      <p className="text-sm text-slate-600">{t("searchIntro")}</p>
      {invalid && (
        <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="search-error">
          <a href="#journal-q" className="underline">{t("searchTooShort", { min: 2, max: 100 })}</a>
        </div>
      )}
      <form method="get" role="search" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
        <div className="min-w-0 flex-1">
          <label htmlFor="journal-q" className="block text-sm font-medium">{t("searchLabel")}</label>
          <input id="journal-q" name="q" defaultValue={q ?? ""} maxLength={100} aria-invalid={invalid || undefined}
            aria-describedby={invalid ? "journal-q-error" : undefined}
            className={`mt-1 w-full rounded border px-3 py-1.5 ${invalid ? "border-red-500" : "border-slate-300"}`} />
          {invalid && <p id="journal-q-error" className="mt-1 text-sm text-red-700">{t("searchTooShort", { min: 2, max: 100 })}</p>}
        </div>
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700">{t("searchButton")}</button>
      </form>
      {found && (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading" className="text-lg font-semibold" role="status">{t("results", { count: found.results.length })}</h2>
          {found.more && <p className="text-sm text-slate-600">{t("resultsCapped", { max: SEARCH_LIMIT })}</p>}
          <ul className="mt-2 divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="journal-results">
            {found.results.map((r) => (
              <li key={r.id} className="p-3 text-sm">
                <p>
                  <Link href={`/families/${r.familyId}/journal/${r.id}`} className="font-medium text-brand-700 underline">{r.title}</Link>
                  {" · "}<Link href={`/families/${r.familyId}#journal-heading`} className="underline">{r.familyName}</Link>
                </p>
                <p className="text-slate-600">{date(r.occurredOn)} · {t(`kinds.${r.kind}`)} · {r.authorName} ({tAll(`roles.${r.authorRole}`)})</p>
                <p className="mt-1 break-words">{r.snippet}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

import { cache } from "react";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { EDIT_WINDOW_HOURS, editableUntil } from "@/domain/journal";
import { loadJournalEntry } from "@/features/journal/queries";
import { JournalEntryForm } from "@/features/journal/components/journal-entry-form";
import { ClientMessages } from "@/components/client-messages";
import { JOURNAL_MESSAGES } from "@/features/journal/client-messages";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (id: string, entryId: string) => {
  const actor = await requirePermission("journal.view");
  return { actor, data: await loadJournalEntry(actor, id, entryId) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string; entryId: string }> }): Promise<Metadata> {
  const [{ id, entryId }, t] = await Promise.all([params, getTranslations()]);
  const { data } = await load(id, entryId);
  return { title: data ? t("titles.withFamily", { page: data.entry.title, family: data.familyName }) : t("app.notFoundTitle") };
}

/** One journal entry: its author edits it here within 24 hours; afterwards anyone who writes corrects it. */
export default async function JournalEntryPage({ params }: { params: Promise<{ id: string; entryId: string }> }) {
  const { id, entryId } = await params;
  const { data } = await load(id, entryId);
  if (!data) notFound();
  const [t, tAll, format] = await Promise.all([getTranslations("journal"), getTranslations(), getDateFormat()]);
  const { entry } = data;
  const stamp = (d: Date) => format(d, "dayTime");
  const date = (d: string) => format(d);
  const entryHref = (x: string) => `/families/${id}/journal/${x}`;
  return (
    <article className="max-w-3xl space-y-6">
      <p className="text-sm"><Link href={`/families/${id}#journal-heading`} className="text-brand-700 underline">{t("backToFamily", { family: data.familyName })}</Link></p>
      <header>
        <h1 className="text-2xl font-semibold">{entry.title}</h1>
        <p className="text-sm text-slate-600">{date(entry.occurredOn)} · {t(`kinds.${entry.kind}`)} · {t("writtenBy", { name: entry.authorName, role: tAll(`roles.${entry.authorRole}`), when: stamp(entry.createdAt) })}</p>
      </header>
      <section aria-labelledby="entry-text" className="rounded border border-slate-200 bg-white p-4" data-testid="journal-entry">
        <h2 id="entry-text" className="sr-only">{t("text")}</h2>
        <p className="whitespace-pre-line">{entry.text}</p>
        {entry.withWhom && <p className="mt-2 text-sm text-slate-700">{t("withWhom")}: {entry.withWhom}</p>}
        {entry.corrects && <p className="mt-2 text-sm">{t("correctsLabel")} <Link href={entryHref(entry.corrects.id)} className="text-brand-700 underline">{entry.corrects.title}</Link></p>}
        {entry.correctedBy && (
          <p className="mt-2 rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="corrected-by">
            {t("correctedBy", { name: entry.correctedBy.authorName, when: stamp(entry.correctedBy.createdAt) })}{" "}
            <Link href={entryHref(entry.correctedBy.id)} className="underline">{t("seeCorrection")}</Link>
          </p>
        )}
      </section>
      {entry.canEdit ? (
        <section aria-labelledby="edit-heading" className="no-print space-y-2">
          <h2 id="edit-heading" className="text-lg font-semibold">{t("editHeading")}</h2>
          <p className="text-sm text-slate-600">{t("editWindow", { hours: EDIT_WINDOW_HOURS, until: stamp(editableUntil(entry.createdAt)) })}</p>
          <ClientMessages namespaces={JOURNAL_MESSAGES}><JournalEntryForm familyId={id} today={data.today} edit={entry} /></ClientMessages>
        </section>
      ) : entry.canCorrect ? (
        <section aria-labelledby="correct-heading" className="no-print space-y-2">
          <h2 id="correct-heading" className="text-lg font-semibold">{t("correctHeading")}</h2>
          <p className="text-sm text-slate-600">{t("correctIntro")}</p>
          <ClientMessages namespaces={JOURNAL_MESSAGES}><JournalEntryForm familyId={id} today={data.today} corrects={entry} /></ClientMessages>
        </section>
      ) : null}
    </article>
  );
}

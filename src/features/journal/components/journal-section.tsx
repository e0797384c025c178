import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { Actor } from "@/server/authz/actor";
import { roleMay } from "@/server/authz/policy";
import { loadFamilyTimeline, type TimelineItem } from "../queries";
import { JournalEntryForm } from "./journal-entry-form";
import { SuccessNotice } from "@/components/success-notice";
import { ClientMessages } from "@/components/client-messages";
import { JOURNAL_MESSAGES } from "@/features/journal/client-messages";

const NOTICES = ["edited", "corrected"] as const;
const first = (v?: string | string[]) => (Array.isArray(v) ? v[0] : v);

/**
 * The family page's journal and timeline: a form for a new note, then the case's story newest
 * first (notes with what the method recorded), 30 more at a time.
 */
export async function JournalSection({ actor, familyId, page, notice }: { actor: Actor; familyId: string; page?: string | string[]; notice?: string | string[] }) {
  if (!roleMay(actor.role, "journal.view")) return null;
  const pageNumber = Number(first(page) ?? "1");
  const data = await loadFamilyTimeline(actor, familyId, Number.isInteger(pageNumber) && pageNumber > 0 ? pageNumber : 1);
  if (!data) return null;
  const [t, tAll, format] = await Promise.all([getTranslations("journal"), getTranslations(), getDateFormat()]);
  const date = (d: string) => format(d);
  const stamp = (d: Date) => format(d, "dayTime");
  const entryHref = (id: string) => `/families/${familyId}/journal/${id}`;

  const line = (item: TimelineItem) => {
    switch (item.kind) {
      case "PHASE_START": return t("events.phaseStart", { phase: tAll(`phase.${item.phaseKind}`) });
      case "PHASE_END": return t("events.phaseEnd", { phase: tAll(`phase.${item.phaseKind}`) });
      case "ASSESSMENT": return t("events.assessment", { decision: tAll(`decision.${item.decision}`) });
      case "PLAN_AGREED": return t("events.planAgreed", { number: item.number });
      case "FOLLOW_UP": return item.parentsPresent ? t("events.followUp") : t("events.followUpAbsent");
      case "MEETING": return item.purpose ? t("events.meeting", { purpose: item.purpose }) : t("events.meetingHeld");
      default: return "";
    }
  };

  return (
    <section aria-labelledby="journal-heading" className="rounded border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="journal-heading" className="text-lg font-semibold">{t("heading")}</h2>
        <Link href="/journal" className="no-print text-sm text-brand-700 underline">{t("searchLink")}</Link>
      </div>
      {NOTICES.map((n) => n === first(notice) && (
        <SuccessNotice key={n} className="mt-2">{t(`notices.${n}`)}</SuccessNotice>
      ))}
      {data.canWrite && (
        <details className="no-print mt-3">
          <summary className="cursor-pointer font-medium text-brand-700">{t("newEntry")}</summary>
          <div className="mt-2"><ClientMessages namespaces={JOURNAL_MESSAGES}><JournalEntryForm familyId={familyId} today={data.today} /></ClientMessages></div>
        </details>
      )}
      {data.items.length === 0 ? <p className="mt-3 text-sm text-slate-600">{t("empty")}</p> : (
        <ol className="mt-3 divide-y divide-slate-200" data-testid="family-timeline">
          {data.items.map((item) => (
            <li key={item.id} className="py-2 text-sm" data-kind={item.kind} id={item.kind === "JOURNAL" ? `journal-${item.entry.id}` : undefined}>
              <p>
                <time dateTime={item.date} className="font-medium">{date(item.date)}</time>
                {" · "}<span className="text-slate-600">{item.kind === "JOURNAL" ? t(`kinds.${item.entry.kind}`) : t(`eventKinds.${item.kind}`)}</span>
              </p>
              {item.kind === "JOURNAL" ? (
                <div className="mt-1 space-y-1" data-testid="journal-entry">
                  <p className="font-medium">{item.entry.title}</p>
                  <p className="whitespace-pre-line">{item.entry.text}</p>
                  {item.entry.withWhom && <p className="text-slate-700">{t("withWhom")}: {item.entry.withWhom}</p>}
                  <p className="text-xs text-slate-600">
                    {t("writtenBy", { name: item.entry.authorName, role: tAll(`roles.${item.entry.authorRole}`), when: stamp(item.entry.createdAt) })}
                  </p>
                  {item.entry.corrects && (
                    <p className="text-xs">{t("correctsLabel")} <Link href={entryHref(item.entry.corrects.id)} className="text-brand-700 underline">{item.entry.corrects.title}</Link></p>
                  )}
                  {item.entry.correctedBy && (
                    <p className="rounded bg-amber-50 p-1 text-xs text-amber-900" data-testid="corrected-by">
                      {t("correctedBy", { name: item.entry.correctedBy.authorName, when: stamp(item.entry.correctedBy.createdAt) })}{" "}
                      <Link href={entryHref(item.entry.correctedBy.id)} className="underline">{t("seeCorrection")}</Link>
                    </p>
                  )}
                  {(item.entry.canEdit || item.entry.canCorrect) && (
                    <p className="no-print text-xs">
                      <Link href={entryHref(item.entry.id)} className="text-brand-700 underline">{item.entry.canEdit ? t("editLink") : t("correctLink")}</Link>
                    </p>
                  )}
                </div>
              ) : item.kind === "MEETING" && item.purpose !== null ? (
                <p className="mt-1"><Link href={`/meetings/${item.meetingId}`} className="text-brand-700 underline">{line(item)}</Link></p>
              ) : (
                <p className="mt-1">{line(item)}</p>
              )}
            </li>
          ))}
        </ol>
      )}
      {data.hasMore && (
        <p className="no-print mt-2 text-sm">
          <Link href={`/families/${familyId}?timeline=${data.page + 1}#journal-heading`} className="text-brand-700 underline" data-testid="timeline-more">{t("more")}</Link>
        </p>
      )}
    </section>
  );
}

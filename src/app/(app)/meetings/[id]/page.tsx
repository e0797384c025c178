import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { loadMeeting } from "@/features/meetings/queries";
import { ActionItemForm, CompleteItemButton, MinutesForm } from "@/features/meetings/components/meeting-edit";

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("meeting.viewInvited");
  const { id } = await params;
  const m = await loadMeeting(actor, id);
  if (!m) notFound();
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const when = `${format.dateTime(m.startsAt, { dateStyle: "full", timeStyle: "short" })} – ${format.dateTime(m.endsAt, { timeStyle: "short" })}`;
  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{m.purpose}</h1>
        <p data-testid="meeting-when">{when}</p>
        <p>{m.canOpenFamily ? <Link href={`/families/${m.family.id}`} className="text-brand-700 underline">{m.family.displayName}</Link> : m.family.displayName}
          {m.location && ` · ${m.location}`}{m.videoLink && <> · <a href={m.videoLink} className="underline" rel="noreferrer noopener">{t("meetings.videoLink")}</a></>}</p>
        <a href={`/api/meetings/${m.id}/ics`} className="mt-2 inline-block rounded border border-slate-300 px-3 py-1.5 text-sm" data-testid="ics-link">{t("meetings.download")}</a>
      </header>
      {m.agenda.length > 0 && (
        <section><h2 className="font-semibold">{t("meetings.agenda")}</h2><ol className="list-decimal pl-5">{m.agenda.map((a, i) => <li key={i}>{a}</li>)}</ol></section>
      )}
      <section>
        <h2 className="font-semibold">{t("meetings.participants")}</h2>
        <ul className="text-sm" data-testid="participants">{m.participants.map((p) => <li key={p.id}>{p.name}{p.organisation && `, ${p.organisation}`} ({t(`meetings.kind.${p.kind}`)})</li>)}</ul>
      </section>
      {m.canEdit ? (
        <section className="rounded border border-slate-200 bg-white p-4"><MinutesForm meetingId={m.id} version={m.version} minutes={m.minutes} decisions={m.decisions} /></section>
      ) : (m.minutes || m.decisions) && (
        <section><h2 className="font-semibold">{t("meetings.minutes")}</h2><p className="whitespace-pre-wrap">{m.minutes}</p><h2 className="font-semibold">{t("meetings.decisions")}</h2><p className="whitespace-pre-wrap">{m.decisions}</p></section>
      )}
      <section className="space-y-3">
        <h2 className="font-semibold">{t("meetings.actionItems")}</h2>
        <ul className="space-y-2 text-sm" data-testid="action-items">
          {m.actionItems.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-3">
              <span className={a.doneAt ? "line-through" : ""}>{a.description} – {a.ownerName}{a.dueDate && `, ${a.dueDate}`}</span>
              {!a.doneAt && (a.ownerUserId === actor.id || m.canEdit) && <CompleteItemButton itemId={a.id} version={a.version} />}
            </li>
          ))}
        </ul>
        {m.canEdit && <ActionItemForm meetingId={m.id} owners={m.owners} />}
      </section>
    </article>
  );
}

import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { todayInCopenhagen } from "@/domain/method";
import { loadMeeting } from "@/features/meetings/queries";
import { copenhagenParts } from "@/features/meetings/time";
import { ActionItemForm, CompleteItemButton, MinutesForm } from "@/features/meetings/components/meeting-edit";
import { CancelMeetingForm, ParticipantsForm, ReleaseMinutesButton, RescheduleForm } from "@/features/meetings/components/meeting-change";
import { MeetingStatusBadge } from "@/features/meetings/components/meeting-status";
import { ClientMessages } from "@/components/client-messages";
import { MEETINGS_MESSAGES } from "@/features/meetings/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetingChanges.title");
  return { title: t("meeting") };
}

export default async function MeetingPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("meeting.viewInvited");
  const { id } = await params;
  const m = await loadMeeting(actor, id);
  if (!m) notFound();
  const [t, tm, format] = await Promise.all([getTranslations(), getTranslations("meetingChanges"), getDateFormat()]);
  const when = `${format(m.startsAt, "weekdayTime")} – ${format(m.endsAt, "time")}`;
  const now = new Date();
  const cancelled = m.status === "CANCELLED";
  // Changes are offered while the meeting can still change (the commands check the same rule).
  const changeable = m.canEdit && !cancelled && m.endsAt.getTime() > now.getTime();
  const start = copenhagenParts(m.startsAt);
  const end = copenhagenParts(m.endsAt);
  const stamp = (d: Date) => format(d, "dayTime");
  return (
    <article className="space-y-6">
      <header>
        <h1 className="text-2xl font-semibold">{m.purpose}<MeetingStatusBadge status={m.status} /></h1>
        <p data-testid="meeting-when" className={cancelled ? "line-through" : ""}>{when}</p>
        <p>{m.canOpenFamily ? <Link href={`/families/${m.family.id}`} className="text-brand-700 underline">{m.family.displayName}</Link> : m.family.displayName}
          {m.location && ` · ${m.location}`}{m.videoLink && <> · <a href={m.videoLink} className="underline" rel="noreferrer noopener">{t("meetings.videoLink")}</a></>}</p>
        {m.cancelledAt && (
          <p role="status" className="mt-2 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900" data-testid="meeting-cancelled">
            {tm("banner.cancelled", { date: stamp(m.cancelledAt), reason: m.cancelReason ?? "" })}
          </p>
        )}
        {!cancelled && m.changedAt && (
          <p role="status" className="mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="meeting-changed">
            {tm("banner.changed", { date: stamp(m.changedAt) })}
          </p>
        )}
        <a href={`/api/meetings/${m.id}/ics`} className="mt-2 inline-block rounded border border-slate-300 px-3 py-1.5 text-sm" data-testid="ics-link">{cancelled ? tm("banner.cancelIcs") : t("meetings.download")}</a>
      </header>
      {m.agenda.length > 0 && (
        <section><h2 className="font-semibold">{t("meetings.agenda")}</h2><ol className="list-decimal pl-5">{m.agenda.map((a, i) => <li key={i}>{a}</li>)}</ol></section>
      )}
      <section>
        <h2 className="font-semibold">{t("meetings.participants")}</h2>
        <ul className="text-sm" data-testid="participants">{m.participants.map((p) => <li key={p.id}>{p.name}{p.organisation && `, ${p.organisation}`} ({t(`meetings.kind.${p.kind}`)})</li>)}</ul>
      </section>
      {m.canEdit ? (
        <section className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <ClientMessages namespaces={MEETINGS_MESSAGES}><MinutesForm meetingId={m.id} version={m.version} minutes={m.minutes} decisions={m.decisions} /></ClientMessages>
          {m.minutesReleasedAt
            ? <p className="text-sm text-slate-700" data-testid="minutes-released">{tm("minutes.released", { date: stamp(m.minutesReleasedAt) })}</p>
            : !cancelled && (
              <div className="space-y-2">
                <p className="text-sm text-slate-700">{tm("minutes.notReleased")}</p>
                <ClientMessages namespaces={MEETINGS_MESSAGES}><ReleaseMinutesButton meetingId={m.id} version={m.version} /></ClientMessages>
              </div>
            )}
        </section>
      ) : m.minutesReleasedAt ? (m.minutes || m.decisions) && (
        <section data-testid="minutes"><h2 className="font-semibold">{t("meetings.minutes")}</h2><p className="whitespace-pre-wrap">{m.minutes}</p><h2 className="font-semibold">{t("meetings.decisions")}</h2><p className="whitespace-pre-wrap">{m.decisions}</p></section>
      ) : !cancelled && <p className="text-sm text-slate-600" data-testid="minutes-hidden">{tm("minutes.hidden")}</p>}
      <section className="space-y-3">
        <h2 className="font-semibold">{t("meetings.actionItems")}</h2>
        <ul className="space-y-2 text-sm" data-testid="action-items">
          {m.actionItems.map((a) => (
            <li key={a.id} className="flex flex-wrap items-center gap-3">
              <span className={a.doneAt ? "line-through" : ""}>{a.description} – {a.ownerName}{a.dueDate && `, ${format(a.dueDate)}`}</span>
              {!a.doneAt && (a.ownerUserId === actor.id || m.canEdit) && <ClientMessages namespaces={MEETINGS_MESSAGES}><CompleteItemButton itemId={a.id} version={a.version} /></ClientMessages>}
            </li>
          ))}
        </ul>
        {m.canEdit && <ClientMessages namespaces={MEETINGS_MESSAGES}><ActionItemForm meetingId={m.id} owners={m.owners} /></ClientMessages>}
      </section>
      {changeable && (
        <>
          <section className="rounded border border-slate-200 bg-white p-4">
            <ClientMessages namespaces={MEETINGS_MESSAGES}><RescheduleForm meetingId={m.id} version={m.version} date={start.date} startTime={start.time} endTime={end.time} location={m.location} videoLink={m.videoLink} today={todayInCopenhagen(now)} /></ClientMessages>
          </section>
          <section className="rounded border border-slate-200 bg-white p-4">
            <ClientMessages namespaces={MEETINGS_MESSAGES}><ParticipantsForm meetingId={m.id} version={m.version} users={m.invitees}
              invitedUserIds={m.participants.flatMap((p) => (p.kind === "USER" && p.userId ? [p.userId] : []))}
              guests={m.participants.filter((p) => p.kind !== "USER")} /></ClientMessages>
          </section>
          <section className="rounded border border-red-200 bg-white p-4">
            <ClientMessages namespaces={MEETINGS_MESSAGES}><CancelMeetingForm meetingId={m.id} version={m.version} /></ClientMessages>
          </section>
        </>
      )}
    </article>
  );
}

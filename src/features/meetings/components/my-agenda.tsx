import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { Actor } from "@/server/authz/actor";
import { openActionItems, upcomingMeetings } from "../queries";
import { CompleteItemButton } from "./meeting-edit";
import { MeetingStatusBadge } from "./meeting-status";
import { ClientMessages } from "@/components/client-messages";
import { MEETINGS_MESSAGES } from "@/features/meetings/client-messages";

/** On every working home page: the meetings the user is part of, and the action items they own. */
export async function MyAgenda({ actor }: { actor: Actor }) {
  const [t, tm, format, { meetings, total }, items] = await Promise.all([
    getTranslations("meetings"), getTranslations("meetingChanges"), getDateFormat(), upcomingMeetings(actor), openActionItems(actor),
  ]);
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section aria-labelledby="my-meetings" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="my-meetings" className="mb-2 text-lg font-semibold">{t("upcoming")} <span className="text-slate-500" data-testid="meeting-count">({total})</span></h2>
        {meetings.length === 0 ? <p className="text-sm text-slate-600">{t("noMeetings")}</p> : (
          <ul className="space-y-1 text-sm" data-testid="my-meetings">
            {meetings.map((m) => (
              <li key={m.id} className={m.status === "CANCELLED" ? "text-slate-500" : ""}>
                <Link href={`/meetings/${m.id}`} className={`text-brand-700 underline ${m.status === "CANCELLED" ? "line-through" : ""}`}>{m.purpose}</Link> – {m.family.displayName}, {format(m.startsAt, "dayTime")}
                <MeetingStatusBadge status={m.status} />
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 flex flex-wrap gap-3 text-sm">
          {total > meetings.length && <span data-testid="meeting-shown">{tm("agenda.shown", { shown: meetings.length, total })}</span>}
          <Link href="/meetings" className="text-brand-700 underline" data-testid="all-meetings">{tm("agenda.all")}</Link>
        </p>
      </section>
      <section aria-labelledby="my-items" className="rounded border border-slate-200 bg-white p-4">
        <h2 id="my-items" className="mb-2 text-lg font-semibold">{t("myItems")} <span className="text-slate-500" data-testid="item-count">({items.length})</span></h2>
        {items.length === 0 ? <p className="text-sm text-slate-600">{t("noItems")}</p> : (
          <ul className="space-y-2 text-sm" data-testid="my-items">
            {items.map((i) => (
              <li key={i.id} className="flex flex-wrap items-center gap-2">
                <span>{i.description}{i.dueDate && ` (${format(i.dueDate)})`} – <Link href={`/meetings/${i.meeting.id}`} className="underline">{i.meeting.purpose}</Link></span>
                <ClientMessages namespaces={MEETINGS_MESSAGES}><CompleteItemButton itemId={i.id} version={i.version} /></ClientMessages>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

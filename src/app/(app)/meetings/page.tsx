import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { roleMay } from "@/server/authz/policy";
import { listMeetings } from "@/features/meetings/queries";
import { MeetingStatusBadge } from "@/features/meetings/components/meeting-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetingChanges.title");
  return { title: t("list") };
}

const querySchema = z.object({
  when: z.enum(["upcoming", "past"]).catch("upcoming"),
  page: z.coerce.number().int().min(1).max(400).catch(1),
});

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("meeting.viewInvited");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { when, page } = querySchema.parse(raw);
  const [t, format, { rows, total, pageSize }] = await Promise.all([getTranslations("meetingChanges.list"), getDateFormat(), listMeetings(actor, { when, page })]);
  const tab = (w: "upcoming" | "past") => (
    <Link href={{ query: { when: w } }} aria-current={when === w ? "page" : undefined}
      className={`rounded px-3 py-1.5 text-sm ${when === w ? "bg-brand-700 text-white" : "border border-slate-300"}`} data-testid={`meetings-${w}`}>{t(w)}</Link>
  );
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("heading")}</h1>
        {roleMay(actor.role, "meeting.call") && <Link href="/meetings/new" className="rounded bg-brand-700 px-3 py-2 text-sm font-medium text-white" data-testid="call-meeting">{t("call")}</Link>}
      </div>
      <nav aria-label={t("heading")} className="flex flex-wrap gap-2">{tab("upcoming")}{tab("past")}</nav>
      <p className="text-sm text-slate-600" data-testid="meetings-total">{t("count", { count: total })}</p>
      {rows.length === 0 ? <p className="text-slate-600">{t("none")}</p> : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="meetings-list">
          {rows.map((m) => (
            <li key={m.id} className={`flex flex-wrap items-baseline justify-between gap-2 p-3 ${m.status === "CANCELLED" ? "text-slate-500" : ""}`}>
              <span>
                <Link href={`/meetings/${m.id}`} className={`font-medium text-brand-700 underline ${m.status === "CANCELLED" ? "line-through" : ""}`}>{m.purpose}</Link>
                <MeetingStatusBadge status={m.status} />
                <span className="block text-sm">{m.family.displayName}{m.location && ` · ${m.location}`}</span>
              </span>
              <time dateTime={m.startsAt.toISOString()} className="text-sm">{format(m.startsAt, "dayTime")}</time>
            </li>
          ))}
        </ul>
      )}
      {total > pageSize && (
        <nav aria-label={t("pages")} className="flex gap-3 text-sm">
          {page > 1 && <Link href={{ query: { when, page: page - 1 } }} className="underline">{t("previous")}</Link>}
          {page * pageSize < total && <Link href={{ query: { when, page: page + 1 } }} className="underline" data-testid="meetings-next">{t("next")}</Link>}
        </nav>
      )}
    </div>
  );
}

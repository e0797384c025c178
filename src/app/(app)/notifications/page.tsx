import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { listNotifications, MEETING_CHANGE_KINDS, type AppNotification } from "@/features/notifications/queries";
import { MarkAllReadButton, MarkReadButton } from "@/features/notifications/mark-read";
import { ClientMessages } from "@/components/client-messages";
import { NOTIFICATIONS_MESSAGES } from "@/features/notifications/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("notifications.heading") };
}

export default async function NotificationsPage() {
  const actor = await requirePermission("notifications.own");
  const [t, tm, format, list] = await Promise.all([getTranslations("notifications"), getTranslations("meetingChanges"), getDateFormat(), listNotifications(actor)]);
  const label = (n: AppNotification) => {
    const params = { family: n.familyName, date: format(n.date) };
    return MEETING_CHANGE_KINDS.includes(n.kind) ? tm(`reminders.${n.kind as "MEETING_CHANGED"}`, params) : t(`kinds.${n.kind as "MEETING_INVITATION"}`, params);
  };
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      {list.length > 0 && <ClientMessages namespaces={NOTIFICATIONS_MESSAGES}><MarkAllReadButton /></ClientMessages>}
      {list.length === 0 ? <p className="text-slate-600">{t("none")}</p> : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="notifications">
          {list.map((n) => (
            <li key={n.key} className={`flex flex-wrap items-center justify-between gap-3 p-3 ${n.read ? "text-slate-500" : ""}`} data-read={n.read}>
              <span><Link href={n.href} className="underline">{label(n)}</Link></span>
              {!n.read && <ClientMessages namespaces={NOTIFICATIONS_MESSAGES}><MarkReadButton notificationKey={n.key} /></ClientMessages>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { markAllNotificationsReadAction, markNotificationReadAction } from "./actions";

export function MarkReadButton({ notificationKey }: { notificationKey: string }) {
  const t = useTranslations("notifications");
  return (
    <CommandForm action={markNotificationReadAction} submitLabel={t("markRead")} className="inline">
      <input type="hidden" name="key" value={notificationKey} />
    </CommandForm>
  );
}

export function MarkAllReadButton() {
  const t = useTranslations("notifications");
  return <CommandForm action={markAllNotificationsReadAction} submitLabel={t("markAllRead")} successMessage={t("markAllReadDone")} testId="mark-all-read">{null}</CommandForm>;
}

"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { markNotificationReadAction } from "./actions";

export function MarkReadButton({ notificationKey }: { notificationKey: string }) {
  const t = useTranslations("notifications");
  return (
    <CommandForm action={markNotificationReadAction} submitLabel={t("markRead")} className="inline">
      <input type="hidden" name="key" value={notificationKey} />
    </CommandForm>
  );
}

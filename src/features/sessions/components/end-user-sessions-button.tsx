"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { endUserSessionsAction } from "../actions";

export function EndUserSessionsButton({ userId }: { userId: string }) {
  const t = useTranslations("sessions");
  return (
    <CommandForm action={endUserSessionsAction} submitLabel={t("endUser")} successMessage={t("endUserDone")} testId="end-user-sessions" className="space-y-1">
      <input type="hidden" name="userId" value={userId} />
    </CommandForm>
  );
}

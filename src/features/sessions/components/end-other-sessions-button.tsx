"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { endOtherSessionsAction } from "../actions";

export function EndOtherSessionsButton() {
  const t = useTranslations("sessions");
  return (
    <CommandForm action={endOtherSessionsAction} submitLabel={t("endOthers")} successMessage={t("endOthersDone")} testId="end-other-sessions" className="space-y-2">
      {null}
    </CommandForm>
  );
}

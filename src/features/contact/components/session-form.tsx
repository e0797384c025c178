"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { recordContactSessionAction } from "../actions";

export function SessionForm({ childId, session }: { childId: string; session: { id: string; version: number; date: string } }) {
  const t = useTranslations("contact");
  return (
    <CommandForm action={recordContactSessionAction} submitLabel={t("record")} testId={`session-form-${session.date}`} className="flex flex-wrap items-end gap-3">
      <input type="hidden" name="childId" value={childId} />
      <input type="hidden" name="sessionId" value={session.id} />
      <input type="hidden" name="version" value={session.version} />
      <Field name="status" label={t("outcome")} defaultValue="HELD"
        options={(["HELD", "CANCELLED_BY_PARENT", "CANCELLED_BY_SITE", "CANCELLED_BY_CHILD"] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
      <Field name="observation" label={t("observation")} className="min-w-64 flex-1" />
    </CommandForm>
  );
}

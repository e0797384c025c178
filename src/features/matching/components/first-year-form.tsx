"use client";

import { useTranslations } from "next-intl";
import { EXPECTATION_TALK_MONTHS } from "@/domain/matching";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { recordFirstYearEventAction } from "../first-year-actions";

export function FirstYearEventForm({ caseId, today, moveDate }: { caseId: string; today: string; moveDate: string }) {
  const t = useTranslations("matchingFirstYear");
  return (
    <CommandForm action={recordFirstYearEventAction} submitLabel={t("submit")} successMessage={t("saved")} testId="first-year-form" resetOnSuccess className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="caseId" value={caseId} />
      <Field name="kind" label={t("kind")} options={(["EXPECTATION_TALK", "SUPERVISION_VISIT"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      <Field name="months" label={t("months")} options={EXPECTATION_TALK_MONTHS.map((m) => ({ value: String(m), label: t("monthsOption", { months: m }) }))} />
      <Field name="heldOn" type="date" label={t("heldOn")} defaultValue={today} min={moveDate} max={today} required />
      <Field name="spokeWithChild" type="checkbox" label={t("spokeWithChild")} />
      <Field name="note" label={t("note")} multiline className="sm:col-span-2" />
    </CommandForm>
  );
}

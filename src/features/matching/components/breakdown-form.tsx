"use client";

import { useTranslations } from "next-intl";
import { BREAKDOWN_CAUSES, BREAKDOWN_ENDED_BY } from "@/domain/matching";
import { CommandForm } from "@/components/form/command-form";
import { Field, FieldError } from "@/components/form/field";
import { recordBreakdownAction } from "../breakdown-actions";

export function BreakdownForm({ familyId, placement, today }: { familyId: string; placement: { id: string; version: number; endDate: string | null; startDate: string }; today: string }) {
  const t = useTranslations("matchingBreakdown");
  const tm = useTranslations("matching");
  return (
    <CommandForm action={recordBreakdownAction} submitLabel={t("submit")} testId="breakdown-form">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="placementId" value={placement.id} />
      <input type="hidden" name="version" value={placement.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        {placement.endDate
          ? <input type="hidden" name="endDate" value={placement.endDate} />
          : <Field name="endDate" type="date" label={t("endDate")} defaultValue={today} min={placement.startDate} max={today} required />}
        <Field name="endedBy" label={t("endedBy")} options={BREAKDOWN_ENDED_BY.map((k) => ({ value: k, label: tm(`endedBy.${k}`) }))} />
      </div>
      <fieldset className="space-y-1">
        <legend className="font-medium">{t("causes")}</legend>
        <FieldError name="causes" />
        {BREAKDOWN_CAUSES.map((c) => <Field key={c} name={`causes.${c}`} type="checkbox" label={tm(`cause.${c}`)} />)}
      </fieldset>
      <Field name="causeText" label={t("causeText")} multiline />
      <Field name="warningSigns" label={t("warningSigns")} multiline />
      <Field name="learned" label={t("learned")} hint={t("learnedHint")} multiline required />
      <Field name="urgency" label={t("urgency")} defaultValue="ACUTE" options={(["ACUTE", "PLANNED"] as const).map((u) => ({ value: u, label: t(`urgencies.${u}`) }))} />
    </CommandForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { BREAKDOWN_CAUSES, BREAKDOWN_ENDED_BY, URGENCIES } from "@/domain/matching";
import { CommandForm } from "@/components/form/command-form";
import { Field, FieldError } from "@/components/form/field";
import { recordBreakdownAction } from "../breakdown-actions";

/**
 * Who ended the placement, why (coded, several allowed), the signs seen before and what was learned.
 * The end date is asked only of a placement still open; the urgency only when a new case will be opened.
 */
export function BreakdownForm({ placementId, version, open, startDate, today, opensCase }: {
  placementId: string; version: number; open: boolean; startDate: string; today: string; opensCase: boolean;
}) {
  const t = useTranslations("matchingBreakdown");
  const tm = useTranslations("matching");
  return (
    <CommandForm action={recordBreakdownAction} submitLabel={t("submit")} testId="breakdown-form">
      <input type="hidden" name="placementId" value={placementId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-2">
        {open && <Field name="endDate" type="date" label={t("endDate")} defaultValue={today} min={startDate} max={today} required hint={t("endDateHint")} />}
        <Field name="endedBy" label={t("endedBy")} required defaultValue=""
          options={[{ value: "", label: t("chooseEndedBy") }, ...BREAKDOWN_ENDED_BY.map((e) => ({ value: e, label: tm(`endedBy.${e}`) }))]} />
      </div>
      <fieldset className="space-y-2 rounded border border-slate-200 p-3" aria-describedby="causes-hint">
        <legend className="px-1 font-medium">{t("causes")} <span aria-hidden="true" className="text-red-700">*</span></legend>
        <p id="causes-hint" className="text-xs text-slate-600">{t("causesHint")}</p>
        <FieldError name="causes" />
        <div className="grid gap-1 sm:grid-cols-2">
          {BREAKDOWN_CAUSES.map((c) => <Field key={c} name={`causes.${c}`} type="checkbox" label={tm(`cause.${c}`)} />)}
        </div>
      </fieldset>
      <Field name="causeText" label={t("causeText")} hint={t("causeTextHint")} multiline />
      <Field name="warningSigns" label={t("warningSigns")} hint={t("warningSignsHint")} multiline />
      <Field name="learned" label={t("learned")} hint={t("learnedHint")} multiline required />
      {opensCase && (
        <Field name="urgency" label={t("urgency")} defaultValue="ACUTE" hint={t("urgencyHint")}
          options={URGENCIES.map((u) => ({ value: u, label: t(`urgencies.${u}`) }))} />
      )}
    </CommandForm>
  );
}

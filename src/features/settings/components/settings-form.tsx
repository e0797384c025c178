"use client";

import { useActionState, useEffect, useRef } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/server/action";
import { updateMunicipalitySettingsAction } from "../actions";
import type { SettingsPageData } from "../queries";

type NumberField = "overdueToleranceDays" | "startUpWarningWeeks" | "sessionIdleMinutes";
const FIELDS = ["overdueToleranceDays", "startUpWarningWeeks", "maintenanceFollowUpIntervals", "reminderEmails", "sessionIdleMinutes"] as const;
const idOf = (field: string) => `setting-${field}`;

/**
 * The municipality's settings. After a refusal an error summary at the top links each field it
 * names (and takes the focus); after a save a success message says so, and the fields show the
 * stored values (the form remounts on the new version).
 */
export function SettingsForm({ data }: { data: Pick<SettingsPageData, "values" | "limits" | "municipality"> }) {
  const t = useTranslations();
  const [state, action, pending] = useActionState<FormState, FormData>(updateMunicipalitySettingsAction, null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (state && !state.ok) summaryRef.current?.focus();
    if (state?.ok) statusRef.current?.focus();
  }, [state]);

  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const typed = state && !state.ok ? state.values : undefined;
  const errorText = (field: string) => (errors[field] ?? []).map((e) => e.text ?? e.key).join(" ");
  const unit = (field: NumberField, n: number) => t(`settings.units.${data.limits[field].unit}`, { count: n });
  const hint = (field: NumberField) => {
    const l = data.limits[field];
    return t("settings.rangeHint", { default: unit(field, l.default), min: l.min, max: unit(field, l.max) });
  };

  const numberField = (field: NumberField) => {
    const error = errorText(field);
    return (
      <div>
        <label htmlFor={idOf(field)} className="block text-sm font-medium">{t(`settings.fields.${field}`)}</label>
        <p id={`${idOf(field)}-hint`} className="text-xs text-slate-600">{hint(field)}</p>
        <input id={idOf(field)} name={field} type="number" inputMode="numeric" step={1}
          min={data.limits[field].min} max={data.limits[field].max}
          defaultValue={typed?.[field] ?? String(data.values[field])}
          aria-invalid={error ? true : undefined} aria-describedby={`${idOf(field)}-hint${error ? ` ${idOf(field)}-error` : ""}`}
          className={`mt-1 w-32 rounded border px-3 py-2 ${error ? "border-red-500" : "border-slate-300"}`} />
        {error && <p id={`${idOf(field)}-error`} className="mt-1 text-sm text-red-700" data-testid="field-error">{error}</p>}
      </div>
    );
  };

  const intervalsError = errorText("maintenanceFollowUpIntervals");
  const chosenIntervals = typed ? (typed.maintenanceFollowUpIntervals ?? "").split(",").filter(Boolean).map(Number) : data.values.maintenanceFollowUpIntervals;
  const linked = FIELDS.filter((f) => errors[f]?.length);
  const reminderTyped = typed ? typed.reminderEmails === "on" : data.values.reminderEmails;

  return (
    <form action={action} noValidate className="space-y-5" data-testid="settings-form">
      {state && !state.ok && (
        <div ref={summaryRef} tabIndex={-1} role="alert" data-testid="error-summary" className="rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-medium">{state.code === "CONFLICT" ? t("settings.conflict") : (state.texts?.code ?? state.code)}</p>
          {linked.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {linked.map((f) => (
                <li key={f}><a href={`#${idOf(f)}`} className="underline">{`${t(`settings.fields.${f}`)}: ${errorText(f)}`}</a></li>
              ))}
            </ul>
          )}
        </div>
      )}
      {state?.ok && (
        <p ref={statusRef} tabIndex={-1} role="status" data-testid="settings-saved" className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">
          {t("settings.saved")}
        </p>
      )}
      {/* Remounted on each saved version: the fields then show what is stored now. */}
      <div key={data.municipality.version} className="space-y-5">
      <input type="hidden" name="version" value={data.municipality.version} />

      <fieldset className="space-y-4 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("settings.followUpsLegend")}</legend>
        {numberField("overdueToleranceDays")}
        <fieldset id={idOf("maintenanceFollowUpIntervals")} tabIndex={-1}
          aria-describedby={`${idOf("maintenanceFollowUpIntervals")}-hint${intervalsError ? ` ${idOf("maintenanceFollowUpIntervals")}-error` : ""}`}
          className={`rounded border p-3 ${intervalsError ? "border-red-500" : "border-slate-300"}`}>
          <legend className="px-1 text-sm font-medium">{t("settings.fields.maintenanceFollowUpIntervals")}</legend>
          <p id={`${idOf("maintenanceFollowUpIntervals")}-hint`} className="mb-2 text-xs text-slate-600">
            {t("settings.intervalsHint", { default: data.limits.maintenanceFollowUpIntervals.default.map((days) => t("settings.everyNDays", { days })).join(", ") })}
          </p>
          <ul className="space-y-1">
            {data.limits.maintenanceFollowUpIntervals.options.map((days) => (
              <li key={days}>
                <label className="inline-flex items-center gap-2 text-sm">
                  <input type="checkbox" name="maintenanceFollowUpIntervals" value={days} className="h-4 w-4"
                    defaultChecked={chosenIntervals.includes(days)} />
                  {t("settings.everyNDays", { days })}
                </label>
              </li>
            ))}
          </ul>
          {intervalsError && <p id={`${idOf("maintenanceFollowUpIntervals")}-error`} className="mt-1 text-sm text-red-700" data-testid="field-error">{intervalsError}</p>}
        </fieldset>
      </fieldset>

      <fieldset className="space-y-4 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("settings.startUpLegend")}</legend>
        {numberField("startUpWarningWeeks")}
      </fieldset>

      <fieldset className="space-y-4 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("settings.emailLegend")}</legend>
        <div>
          <label htmlFor={idOf("reminderEmails")} className="inline-flex items-center gap-2 text-sm font-medium">
            <input type="checkbox" id={idOf("reminderEmails")} name="reminderEmails" defaultChecked={reminderTyped}
              aria-describedby={`${idOf("reminderEmails")}-hint`} className="h-4 w-4" />
            {t("settings.fields.reminderEmails")}
          </label>
          <p id={`${idOf("reminderEmails")}-hint`} className="mt-1 text-xs text-slate-600">{t("settings.reminderHint")}</p>
        </div>
      </fieldset>

      <fieldset className="space-y-4 rounded border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">{t("settings.sessionLegend")}</legend>
        {numberField("sessionIdleMinutes")}
      </fieldset>

      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand-700 px-4 py-2 font-medium text-white hover:bg-brand-900 disabled:opacity-60">
        {t("settings.save")}
      </button>
    </form>
  );
}

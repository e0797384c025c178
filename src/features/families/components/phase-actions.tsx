import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { readableParams } from "@/i18n/dates";
import type { CaseAction } from "@/domain/method";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import {
  closeCaseAction, endPhaseAction, extendPhaseAction, recordAssessmentAction, reopenCaseAction, startChangePhaseAction, startMaintenancePhaseAction,
} from "@/features/phases/actions";
import type { FamilyPageData } from "../page-data";

/**
 * The caseworker's phase decisions. Each form states the rule it is bound by before anything is
 * submitted; actions the method does not allow now show why instead of a form. The server checks again.
 */
export async function PhaseActions({ data }: { data: FamilyPageData }) {
  const [t, format] = await Promise.all([getTranslations(), getDateFormat()]);
  const { family, today, config, current } = data;
  const hidden = (
    <>
      <input type="hidden" name="familyId" value={family.id} />
      <input type="hidden" name="familyVersion" value={family.version} />
    </>
  );
  const forms: Partial<Record<CaseAction, React.ReactNode>> = {
    START_CHANGE: (
      <CommandForm action={startChangePhaseAction} submitLabel={t("phaseActions.startChange")} testId="start-change-form">
        {hidden}
        <p className="text-sm text-slate-700">{t("phaseActions.startChangeRule", { min: config.changeMinWeeks, max: config.changeMaxWeeks, interval: config.changeFollowUpIntervalDays })}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="startDate" type="date" label={t("phaseActions.startDate")} defaultValue={today} max={today} required />
          <Field name="plannedWeeks" type="number" label={t("phaseActions.plannedWeeks")} defaultValue={12} min={config.changeMinWeeks} max={config.changeMaxWeeks} required />
        </div>
      </CommandForm>
    ),
    START_MAINTENANCE: (
      <CommandForm action={startMaintenancePhaseAction} submitLabel={t("phaseActions.startMaintenance")} testId="start-maintenance-form">
        {hidden}
        <p className="text-sm text-slate-700">{t("phaseActions.startMaintenanceRule", { min: config.maintenanceMinWeeks, max: config.maintenanceMaxWeeks })}</p>
        <div className="grid gap-3 sm:grid-cols-3">
          <Field name="startDate" type="date" label={t("phaseActions.startDate")} defaultValue={today} max={today} required />
          <Field name="plannedWeeks" type="number" label={t("phaseActions.plannedWeeks")} defaultValue={12} min={config.maintenanceMinWeeks} max={config.maintenanceMaxWeeks} required />
          <Field name="followUpIntervalDays" label={t("phaseActions.interval")} defaultValue={String(config.maintenanceFollowUpIntervals.at(-1))}
            options={config.maintenanceFollowUpIntervals.map((d) => ({ value: String(d), label: t("phaseActions.everyNDays", { days: d }) }))} />
        </div>
      </CommandForm>
    ),
    EXTEND_PHASE: current && (
      <CommandForm action={extendPhaseAction} submitLabel={t("phaseActions.extend")} testId="extend-form" secondary>
        {hidden}
        <p className="text-sm text-slate-700">{t("phaseActions.extendRule", { weeks: current.plannedWeeks ?? 0, max: current.kind === "CHANGE" ? config.changeMaxWeeks : config.maintenanceMaxWeeks })}</p>
        <Field name="plannedWeeks" type="number" label={t("phaseActions.newPlannedWeeks")} defaultValue={Math.min((current.plannedWeeks ?? 0) + 2, current.kind === "CHANGE" ? config.changeMaxWeeks : config.maintenanceMaxWeeks)} required />
      </CommandForm>
    ),
    END_PHASE: current && (
      <CommandForm action={endPhaseAction} submitLabel={t("phaseActions.end")} testId="end-phase-form" secondary>
        {hidden}
        <p className="text-sm text-slate-700">{t("phaseActions.endRule", { min: current.kind === "CHANGE" ? config.changeMinWeeks : config.maintenanceMinWeeks })}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="endDate" type="date" label={t("phaseActions.endDate")} defaultValue={today} max={today} required />
          <Field name="earlyEndReason" label={t("phaseActions.earlyEndReason")} multiline />
        </div>
      </CommandForm>
    ),
    RECORD_ASSESSMENT: (
      <CommandForm action={recordAssessmentAction} submitLabel={t("phaseActions.recordAssessment")} testId="assessment-form">
        {hidden}
        <p className="text-sm text-slate-700">{t("phaseActions.assessmentRule")}</p>
        <Field name="date" type="date" label={t("phaseActions.assessmentDate")} defaultValue={today} max={today} required />
        <Field name="progressionSummary" label={t("phaseActions.progressionSummary")} multiline required />
        <Field name="parentsView" label={t("phaseActions.parentsView")} multiline />
        <Field name="decision" label={t("phaseActions.decision")} defaultValue="START_MAINTENANCE"
          options={(["START_MAINTENANCE", "START_CHANGE", "CLOSE"] as const).map((d) => ({ value: d, label: t(`decision.${d}`) }))} />
        <Field name="justification" label={t("phaseActions.justification")} hint={t("phaseActions.justificationHint")} multiline />
        <Field name="closeReason" label={t("phaseActions.closeReason")} hint={t("phaseActions.closeReasonHint")} />
      </CommandForm>
    ),
    CLOSE: (
      <CommandForm action={closeCaseAction} submitLabel={t("phaseActions.close")} testId="close-form" secondary>
        {hidden}
        <p className="text-sm text-slate-700">{t("phaseActions.closeRule")}</p>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field name="date" type="date" label={t("phaseActions.closeDate")} defaultValue={today} max={today} required />
          <Field name="reason" label={t("phaseActions.closeReason")} required />
        </div>
      </CommandForm>
    ),
    REOPEN: (
      <CommandForm action={reopenCaseAction} submitLabel={t("phaseActions.reopen")} testId="reopen-form">
        {hidden}
        <p className="text-sm text-slate-700">{t("phaseActions.reopenRule")}</p>
        <Field name="date" type="date" label={t("phaseActions.reopenDate")} defaultValue={today} max={today} required />
      </CommandForm>
    ),
  };

  const shown = data.actions.filter((a) => a.action !== "RECORD_FOLLOW_UP");
  return (
    <div className="space-y-4" data-testid="phase-actions">
      {shown.filter((a) => a.allowed).map((a) => (
        <details key={a.action} className="rounded border border-slate-200 bg-white p-4" open={a.action === "START_CHANGE" || a.action === "RECORD_ASSESSMENT"}>
          <summary className="cursor-pointer font-medium">{t(`caseActions.${a.action}`)}</summary>
          <div className="mt-3">{forms[a.action]}</div>
        </details>
      ))}
      {shown.some((a) => !a.allowed && a.reason !== "CASE_CLOSED" && a.reason !== "CASE_NOT_CLOSED") && (
        <div className="rounded border border-slate-200 bg-slate-50 p-4 text-sm">
          <h3 className="font-medium">{t("phaseActions.notNow")}</h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {shown.map((a) =>
              !a.allowed && a.reason !== "CASE_CLOSED" && a.reason !== "CASE_NOT_CLOSED" ? (
                <li key={a.action}><span className="font-medium">{t(`caseActions.${a.action}`)}:</span> {t(`reasons.${a.reason}`, readableParams(a.params, format))}</li>
              ) : null,
            )}
          </ul>
        </div>
      )}
    </div>
  );
}

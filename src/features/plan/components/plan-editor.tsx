"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field, FieldError } from "@/components/form/field";
import { savePlanDraftAction } from "../actions";

export interface EditableGoal {
  lineageId: string;
  title: string;
  parentsWords: string;
  successCriteria: string;
  supportedBy: string;
  status: "ACTIVE" | "REACHED" | "DROPPED";
  dropReason: string;
}

const EMPTY: EditableGoal = { lineageId: "", title: "", parentsWords: "", successCriteria: "", supportedBy: "", status: "ACTIVE", dropReason: "" };

/** Few, concrete goals in the parents' words. The limit on active goals is the server's to enforce. */
export function PlanEditor({ familyId, basedOnVersionId, basedOnRowVersion, parentsAccount, goals, maxGoals }: {
  familyId: string; basedOnVersionId: string | null; basedOnRowVersion: number; parentsAccount: string; goals: EditableGoal[]; maxGoals: number;
}) {
  const t = useTranslations("planEditor");
  const [rows, setRows] = useState(() => (goals.length ? goals : [EMPTY]).map((g, i) => ({ key: i, goal: g })));
  const [nextKey, setNextKey] = useState(rows.length);

  return (
    <CommandForm action={savePlanDraftAction} submitLabel={t("save")} testId="plan-editor">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="basedOnVersionId" value={basedOnVersionId ?? ""} />
      <input type="hidden" name="basedOnRowVersion" value={basedOnRowVersion} />
      <Field name="parentsAccount" label={t("parentsAccount")} hint={t("parentsAccountHint")} defaultValue={parentsAccount} multiline />
      <FieldError name="goals" />
      <ol className="space-y-4">
        {rows.map(({ key, goal }, i) => (
          <li key={key} className="rounded border border-slate-200 p-4" data-testid="goal-row">
            <fieldset className="space-y-3">
              <legend className="font-medium">{t("goal", { n: i + 1 })}</legend>
              <input type="hidden" name={`goals.${i}.lineageId`} value={goal.lineageId} />
              <Field name={`goals.${i}.title`} label={t("title")} defaultValue={goal.title} required />
              <Field name={`goals.${i}.parentsWords`} label={t("parentsWords")} defaultValue={goal.parentsWords} multiline />
              <Field name={`goals.${i}.successCriteria`} label={t("successCriteria")} hint={t("successCriteriaHint")} defaultValue={goal.successCriteria} multiline />
              <Field name={`goals.${i}.supportedBy`} label={t("supportedBy")} defaultValue={goal.supportedBy} />
              <div className="grid gap-3 sm:grid-cols-2">
                <Field name={`goals.${i}.status`} label={t("status")} defaultValue={goal.status}
                  options={(["ACTIVE", "REACHED", "DROPPED"] as const).map((s) => ({ value: s, label: t(`statuses.${s}`) }))} />
                <Field name={`goals.${i}.dropReason`} label={t("dropReason")} defaultValue={goal.dropReason} />
              </div>
              {rows.length > 1 && !goal.lineageId && (
                <button type="button" className="text-sm text-red-700 underline" onClick={() => setRows(rows.filter((r) => r.key !== key))}>
                  {t("remove")}
                </button>
              )}
            </fieldset>
          </li>
        ))}
      </ol>
      {rows.length < maxGoals + 3 && (
        <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm"
          onClick={() => { setRows([...rows, { key: nextKey, goal: EMPTY }]); setNextKey(nextKey + 1); }}>
          {t("addGoal")}
        </button>
      )}
    </CommandForm>
  );
}

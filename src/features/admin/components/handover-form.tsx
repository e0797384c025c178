"use client";

import { useTranslations } from "next-intl";
import { CommandForm, useFormState } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { handOverCaseloadAction } from "../users-actions";

interface Person { id: string; name: string; role: string; active: boolean }

/** A group of checkboxes with one legend and the server's errors for the group's name. */
function CheckboxGroup({ name, legend, hint, options }: { name: string; legend: string; hint?: string; options: { value: string; label: string }[] }) {
  const state = useFormState();
  const errors = state && !state.ok ? (state.fieldErrors?.[name] ?? []) : [];
  const errorId = `${name}-error`;
  return (
    <fieldset id={`${name}-group`} aria-describedby={errors.length ? errorId : undefined} className={`rounded border p-3 ${errors.length ? "border-red-500" : "border-slate-300"}`}>
      <legend className="px-1 text-sm font-medium">{legend}</legend>
      {hint && <p className="mb-2 text-xs text-slate-600">{hint}</p>}
      <ul className="space-y-1">
        {options.map((o) => (
          <li key={o.value}>
            <label className="inline-flex items-center gap-2 text-sm">
              <input type="checkbox" name={name} value={o.value} className="h-4 w-4" />
              {o.label}
            </label>
          </li>
        ))}
      </ul>
      {errors.length > 0 && <p id={errorId} className="mt-1 text-sm text-red-700" data-testid="field-error">{errors.map((e) => e.text ?? e.key).join(" ")}</p>}
    </fieldset>
  );
}

export function HandoverForm({ leaver, counts, families, colleagues }: {
  leaver: Person;
  counts: { CASEWORKER: number; THERAPIST: number };
  /** Only for a reader who may see the families (the coordinator); null for the administrator. */
  families: { id: string; name: string; role: string }[] | null;
  colleagues: Person[];
}) {
  const t = useTranslations();
  // Only when the leaver holds both roles is there a choice; "all" is the first and default one.
  const roleOptions = counts.CASEWORKER && counts.THERAPIST ? [
    { value: "", label: t("userAdmin.handover.roleAll", { count: counts.CASEWORKER + counts.THERAPIST }) },
    { value: "CASEWORKER", label: t("userAdmin.handover.roleCaseworker", { name: leaver.name, count: counts.CASEWORKER }) },
    { value: "THERAPIST", label: t("userAdmin.handover.roleTherapist", { name: leaver.name, count: counts.THERAPIST }) },
  ] : [];
  return (
    <CommandForm action={handOverCaseloadAction} submitLabel={t("userAdmin.handover.submit")} testId="handover">
      <input type="hidden" name="leaverId" value={leaver.id} />
      {families ? (
        <CheckboxGroup name="familyIds" legend={t("userAdmin.handover.familiesLegend")}
          options={families.map((f) => ({ value: f.id, label: t("userAdmin.handover.familyRole", { family: f.name, role: t(`roles.${f.role}`) }) }))} />
      ) : (
        roleOptions.length > 0 && (
          <fieldset className="rounded border border-slate-300 p-3">
            <legend className="px-1 text-sm font-medium">{t("userAdmin.handover.rolesLegend")}</legend>
            {roleOptions.map((o, i) => (
              <label key={o.value} className="flex items-center gap-2 text-sm">
                <input type="radio" name="roles" value={o.value} defaultChecked={i === 0} className="h-4 w-4" />
                {o.label}
              </label>
            ))}
          </fieldset>
        )
      )}
      <CheckboxGroup name="targetIds" legend={t("userAdmin.handover.targetsLegend")} hint={t("userAdmin.handover.targetsHint")}
        options={colleagues.map((c) => ({ value: c.id, label: `${c.name} (${t(`roles.${c.role}`)})` }))} />
      <Field name="deactivate" type="checkbox" label={t("userAdmin.handover.deactivate", { name: leaver.name })} />
    </CommandForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { saveContactPlanAction } from "../actions";

export interface ContactPlanDefaults {
  frequency: string; customDates: string[]; durationMinutes: number; place: string; supervised: boolean; supervisedBy: string | null;
  mode: string; validFrom: string; validTo: string | null; notes: string;
}

export function ContactPlanForm({ familyId, childId, basedOnNumber, defaults, today }: { familyId: string; childId: string; basedOnNumber: number; defaults: ContactPlanDefaults | null; today: string }) {
  const t = useTranslations("contact");
  const tr = useTranslations("contactRolling");
  return (
    <CommandForm action={saveContactPlanAction} submitLabel={basedOnNumber ? t("saveNewVersion") : t("save")} successMessage={t("saved")} testId="contact-plan-form">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="childId" value={childId} />
      <input type="hidden" name="basedOnNumber" value={basedOnNumber} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="frequency" label={t("frequency")} defaultValue={defaults?.frequency ?? "WEEKLY"}
          options={(["WEEKLY", "EVERY_OTHER_WEEK", "EVERY_OTHER_WEEKEND", "MONTHLY", "CUSTOM"] as const).map((f) => ({ value: f, label: t(`frequencies.${f}`) }))} />
        <Field name="durationMinutes" type="number" label={t("durationMinutes")} defaultValue={defaults?.durationMinutes ?? 120} min={15} max={720} required />
        <Field name="mode" label={t("mode")} defaultValue={defaults?.mode ?? "IN_PERSON"}
          options={(["IN_PERSON", "PHONE", "VIDEO"] as const).map((m) => ({ value: m, label: t(`modes.${m}`) }))} />
        <Field name="validFrom" type="date" label={t("validFrom")} defaultValue={defaults?.validFrom ?? today} required hint={tr("validFromHint")} />
        <Field name="validTo" type="date" label={t("validTo")} defaultValue={defaults?.validTo ?? ""} hint={t("validToHint")} />
        <Field name="customDates" label={t("customDates")} defaultValue={(defaults?.customDates ?? []).join(", ")} hint={t("customDatesHint")} />
        <Field name="place" label={t("place")} defaultValue={defaults?.place ?? ""} required className="sm:col-span-2" />
        <Field name="supervised" type="checkbox" label={t("supervised")} defaultValue={defaults?.supervised ?? false} />
        <Field name="supervisedBy" label={t("supervisedBy")} defaultValue={defaults?.supervisedBy ?? ""} />
        <Field name="notes" label={t("notes")} defaultValue={defaults?.notes ?? ""} multiline className="sm:col-span-3" />
      </div>
    </CommandForm>
  );
}

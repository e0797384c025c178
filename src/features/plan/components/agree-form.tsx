"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { agreePlanAction } from "../actions";

export function AgreeForm({ familyId, planVersionId, rowVersion, today }: { familyId: string; planVersionId: string; rowVersion: number; today: string }) {
  const t = useTranslations("planEditor");
  return (
    <CommandForm action={agreePlanAction} submitLabel={t("agree")} testId="agree-form">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="planVersionId" value={planVersionId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
      <p className="text-sm text-slate-700">{t("agreeRule")}</p>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="agreedOn" type="date" label={t("agreedOn")} defaultValue={today} max={today} required />
        <Field name="agreedHow" label={t("agreedHow")} defaultValue="IN_PERSON"
          options={(["IN_PERSON", "PHONE", "VIDEO", "OTHER"] as const).map((m) => ({ value: m, label: t(`modes.${m}`) }))} />
      </div>
    </CommandForm>
  );
}

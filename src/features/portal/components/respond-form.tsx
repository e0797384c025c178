"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field, FieldError } from "@/components/form/field";
import { respondToPlanAction } from "../actions";

/** Yes or no to the plan put before the parent; a no asks why, in their own words. */
export function RespondForm({ planVersionId, rowVersion }: { planVersionId: string; rowVersion: number }) {
  const t = useTranslations("portal.respond");
  return (
    <CommandForm action={respondToPlanAction} submitLabel={t("submit")} testId="respond-form">
      <input type="hidden" name="planVersionId" value={planVersionId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("question")}</legend>
        <label className="flex items-center gap-2"><input type="radio" name="answer" value="AGREE" required className="h-5 w-5" /> {t("agree")}</label>
        <label className="flex items-center gap-2"><input type="radio" name="answer" value="DISAGREE" className="h-5 w-5" /> {t("disagree")}</label>
        <FieldError name="answer" />
      </fieldset>
      <Field name="reason" label={t("reason")} hint={t("reasonHint")} multiline />
    </CommandForm>
  );
}

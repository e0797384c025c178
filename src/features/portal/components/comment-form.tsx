"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { commentOnPlanAction } from "../actions";

export function CommentForm() {
  const t = useTranslations("portal.comment");
  return (
    <CommandForm action={commentOnPlanAction} submitLabel={t("submit")} successMessage={t("saved")} resetOnSuccess testId="comment-form">
      <Field name="text" label={t("label")} multiline required />
    </CommandForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { requestFileAccessAction } from "../actions";

export function FileRequestForm() {
  const t = useTranslations("portal.file");
  return (
    <CommandForm action={requestFileAccessAction} submitLabel={t("submit")} testId="file-request-form">
      <Field name="text" label={t("label")} hint={t("hint")} multiline />
    </CommandForm>
  );
}

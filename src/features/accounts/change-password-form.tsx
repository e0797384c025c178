"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { changePasswordAction } from "./credential-actions";

export function ChangePasswordForm() {
  const t = useTranslations();
  return (
    <CommandForm action={changePasswordAction} submitLabel={t("credentials.change.submit")} successMessage={t("credentials.change.done")} testId="change-password" className="max-w-md space-y-4" resetOnSuccess>
      <Field name="currentPassword" type="password" label={t("credentials.change.current")} autoComplete="current-password" required />
      <Field name="password" type="password" label={t("account.password")} hint={t("account.hint")} autoComplete="new-password" required />
      <Field name="repeat" type="password" label={t("account.repeat")} autoComplete="new-password" required />
    </CommandForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { forgotPasswordAction } from "./credential-actions";

/** One field; the answer afterwards is the same for every address (see forgot-password.ts). */
export function ForgotPasswordForm({ hours }: { hours: number }) {
  const t = useTranslations("credentials.forgot");
  return (
    <CommandForm action={forgotPasswordAction} submitLabel={t("submit")} successMessage={t("sent", { hours })} testId="forgot-password-form" resetOnSuccess>
      <Field name="email" type="email" label={t("email")} hint={t("emailHint")} autoComplete="username" required />
    </CommandForm>
  );
}

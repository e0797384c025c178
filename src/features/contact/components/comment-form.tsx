"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { commentContactPlanAction } from "../actions";

export function CommentForm({ siteId, contactPlanId }: { siteId: string; contactPlanId: string }) {
  const t = useTranslations("contact");
  return (
    <CommandForm action={commentContactPlanAction} submitLabel={t("sendComment")} successMessage={t("commentSent")} resetOnSuccess testId="comment-form">
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="contactPlanId" value={contactPlanId} />
      <Field name="body" label={t("comment")} multiline required />
    </CommandForm>
  );
}

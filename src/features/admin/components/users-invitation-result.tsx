"use client";

import { useId } from "react";
import { useTranslations } from "next-intl";
import { useFormState } from "@/components/form/command-form";
import type { InvitationDelivery } from "../users-invitation";
import { SuccessNotice } from "@/components/success-notice";

/**
 * What became of the invitation just issued. The link exists only in this response: it is shown
 * once, for the administrator to pass on, and is gone when the page is left or reloaded.
 */
export function InvitationResult() {
  const t = useTranslations("userAdmin");
  const id = useId();
  const state = useFormState();
  if (!state?.ok) return null;
  const { name, delivery } = state.data as { name: string; delivery: InvitationDelivery };
  if (delivery.channel === "EMAIL") {
    return <SuccessNotice testId="invitation-emailed">{t("invitationEmailed", { name })}</SuccessNotice>;
  }
  return (
    <div role="status" className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" data-testid="invitation-link">
      {delivery.mailFailed && <p>{t("invitationMailFailed")}</p>}
      <p>{t("invitationLink", { name })}</p>
      <label htmlFor={id} className="block font-medium">{t("invitationLinkLabel")}</label>
      <input id={id} readOnly value={delivery.url} onFocus={(e) => e.currentTarget.select()}
        className="w-full rounded border border-slate-300 bg-white px-2 py-1 font-mono text-xs" data-testid="invitation-url" />
    </div>
  );
}

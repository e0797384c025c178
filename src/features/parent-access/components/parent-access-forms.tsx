"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { InvitationResult } from "@/features/admin/components/users-invitation-result";
import {
  answerFileRequestAction, inviteParentAction, offerPlanToParentsAction, reopenParentAccessAction, shareSiteWithParentsAction, suspendParentAccessAction,
} from "../actions";

const Hidden = ({ values }: { values: Record<string, string | number> }) => (
  <>{Object.entries(values).map(([name, value]) => <input key={name} type="hidden" name={name} value={value} />)}</>
);

export function InviteParentForm({ familyId, parentId, name, email, again }: { familyId: string; parentId: string; name: string; email: string; again: boolean }) {
  const t = useTranslations("parentAccess");
  return (
    <CommandForm action={inviteParentAction} submitLabel={again ? t("inviteAgain", { name }) : t("invite", { name })} testId="invite-parent" secondary>
      <InvitationResult />
      <Hidden values={{ familyId, parentId }} />
      <Field name="email" type="email" label={t("email", { name })} defaultValue={email} required autoComplete="off" />
    </CommandForm>
  );
}

export function SuspendAccessForm({ familyId, parentId, name }: { familyId: string; parentId: string; name: string }) {
  const t = useTranslations("parentAccess");
  return (
    <CommandForm action={suspendParentAccessAction} submitLabel={t("suspend", { name })} testId="suspend-parent" secondary>
      <Hidden values={{ familyId, parentId }} />
    </CommandForm>
  );
}

export function ReopenAccessForm({ familyId, parentId, name }: { familyId: string; parentId: string; name: string }) {
  const t = useTranslations("parentAccess");
  return (
    <CommandForm action={reopenParentAccessAction} submitLabel={t("reopen", { name })} testId="reopen-parent" secondary>
      <Hidden values={{ familyId, parentId }} />
    </CommandForm>
  );
}

export function OfferPlanForm({ familyId, planVersionId, rowVersion }: { familyId: string; planVersionId: string; rowVersion: number }) {
  const t = useTranslations("parentAccess.offer");
  return (
    <CommandForm action={offerPlanToParentsAction} submitLabel={t("submit")} testId="offer-plan" secondary>
      <p className="text-sm text-slate-700">{t("hint")}</p>
      <Hidden values={{ familyId, planVersionId, rowVersion }} />
    </CommandForm>
  );
}

export function ShareSiteForm({ familyId, placementId, rowVersion, shared, label, disabled }: { familyId: string; placementId: string; rowVersion: number; shared: boolean; label: string; disabled: boolean }) {
  const t = useTranslations("parentAccess.share");
  if (disabled) return <p>{label}: {shared ? t("yes") : t("no")}</p>;
  return (
    <CommandForm action={shareSiteWithParentsAction} submitLabel={shared ? t("stop") : t("start")} testId="share-site" secondary>
      <p>{label}: <strong>{shared ? t("yes") : t("no")}</strong></p>
      <Hidden values={{ familyId, placementId, rowVersion, ...(shared ? {} : { shared: "on" }) }} />
    </CommandForm>
  );
}

export function AnswerFileRequestForm({ familyId, requestId, rowVersion, today }: { familyId: string; requestId: string; rowVersion: number; today: string }) {
  const t = useTranslations("parentAccess.files");
  return (
    <CommandForm action={answerFileRequestAction} submitLabel={t("submit")} testId="answer-file-request" secondary>
      <Hidden values={{ familyId, requestId, rowVersion }} />
      <Field name="answeredOn" type="date" label={t("answeredOn")} defaultValue={today} max={today} required />
    </CommandForm>
  );
}

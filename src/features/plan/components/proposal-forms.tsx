"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { acceptPlanProposalAction, declinePlanProposalAction, proposePlanChangeAction } from "../proposal-actions";
import { discardPlanDraftAction } from "../actions";

type From = "family" | "plan";

export function ProposeForm({ familyId, planVersionId, planNumber, goals, from }: {
  familyId: string; planVersionId: string; planNumber: number; goals: { value: string; label: string }[]; from: From;
}) {
  const t = useTranslations("planProposals");
  return (
    <CommandForm action={proposePlanChangeAction} submitLabel={t("submitPropose")} testId="propose-form">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="planVersionId" value={planVersionId} />
      <input type="hidden" name="from" value={from} />
      <p className="text-sm text-slate-700">{t("proposingOn", { number: planNumber })}</p>
      <Field name="goalLineageId" label={t("goal")} options={[{ value: "", label: t("goalNone") }, ...goals]} />
      <Field name="body" label={t("body")} hint={t("bodyHint")} multiline required />
    </CommandForm>
  );
}

export function AcceptProposalForm({ familyId, proposalId, rowVersion, from }: { familyId: string; proposalId: string; rowVersion: number; from: From }) {
  const t = useTranslations("planProposals");
  return (
    <CommandForm action={acceptPlanProposalAction} submitLabel={t("accept")} testId="accept-proposal-form" className="space-y-2">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
      <input type="hidden" name="from" value={from} />
      <p className="text-xs text-slate-600">{t("acceptHint")}</p>
    </CommandForm>
  );
}

export function DeclineProposalForm({ familyId, proposalId, rowVersion, from }: { familyId: string; proposalId: string; rowVersion: number; from: From }) {
  const t = useTranslations("planProposals");
  return (
    <CommandForm action={declinePlanProposalAction} submitLabel={t("decline")} testId="decline-proposal-form" className="space-y-2" secondary>
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
      <input type="hidden" name="from" value={from} />
      <Field name="reason" label={t("declineReason")} multiline required />
    </CommandForm>
  );
}

export function DiscardDraftForm({ familyId, planVersionId, rowVersion, number }: { familyId: string; planVersionId: string; rowVersion: number; number: number }) {
  const t = useTranslations("planProposals");
  return (
    <CommandForm action={discardPlanDraftAction} submitLabel={t("discard")} testId="discard-draft-form" secondary>
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="planVersionId" value={planVersionId} />
      <input type="hidden" name="rowVersion" value={rowVersion} />
      <p className="text-sm text-slate-700">{t("discardRule", { number })}</p>
    </CommandForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { CRITERION_RATINGS as RATINGS, SECTION_52_CRITERIA as CRITERIA } from "@/domain/matching";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import {
  addCandidateAction, answerReferralAction, proposeCandidateAction, rateCandidateAction, recordMatchVisitAction, removeCandidateAction, sendReferralAction,
} from "../candidate-actions";

type Option = { value: string; label: string };

/** Hidden fields that tell the action which case and which page the form is on. */
function Where({ caseId, candidateId }: { caseId: string; candidateId?: string }) {
  return (
    <>
      <input type="hidden" name="caseId" value={caseId} />
      {candidateId && <input type="hidden" name="onCandidate" value={candidateId} />}
    </>
  );
}

export function AddCandidateForm({ caseId, sites }: { caseId: string; sites: Option[] }) {
  const t = useTranslations("matchingCandidates");
  return (
    <CommandForm action={addCandidateAction} submitLabel={t("addSubmit")} successMessage={t("added")} testId="add-candidate-form">
      <Where caseId={caseId} />
      <Field name="siteId" label={t("site")} options={[{ value: "", label: t("chooseSite") }, ...sites]} required />
    </CommandForm>
  );
}

export function RemoveCandidateForm({ caseId, candidateId, version }: { caseId: string; candidateId: string; version: number }) {
  const t = useTranslations("matchingCandidates");
  return (
    <CommandForm action={removeCandidateAction} submitLabel={t("remove")} successMessage={t("removed")} testId="remove-candidate-form">
      <Where caseId={caseId} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="version" value={version} />
    </CommandForm>
  );
}

export function RatingsForm({ caseId, candidateId, ratings, mayBeNotApplicable }: {
  caseId: string; candidateId: string; ratings: { criterion: string; rating: string; note: string }[]; mayBeNotApplicable: Record<string, boolean>;
}) {
  const t = useTranslations("matchingCandidates");
  const tm = useTranslations("matching");
  return (
    <CommandForm action={rateCandidateAction} submitLabel={t("saveRatings")} successMessage={t("ratingsSaved")} testId="ratings-form">
      <Where caseId={caseId} candidateId={candidateId} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <p className="text-sm text-slate-700">{t("notApplicableOnly")}</p>
      {CRITERIA.map((criterion, i) => {
        const given = ratings.find((r) => r.criterion === criterion);
        const options = RATINGS.filter((r) => r !== "NOT_APPLICABLE" || mayBeNotApplicable[criterion] || given?.rating === r);
        return (
          <fieldset key={criterion} className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-[14rem_1fr]" data-testid={`rating-${criterion}`}>
            <legend className="font-medium">{tm(`criterion.${criterion}`)}</legend>
            <input type="hidden" name={`ratings.${i}.criterion`} value={criterion} />
            <Field name={`ratings.${i}.rating`} label={t("rating")} defaultValue={given?.rating ?? ""}
              options={[{ value: "", label: t("notRated") }, ...options.map((r) => ({ value: r, label: tm(`rating.${r}`) }))]} />
            <Field name={`ratings.${i}.note`} label={t("note")} defaultValue={given?.note ?? ""} multiline />
          </fieldset>
        );
      })}
    </CommandForm>
  );
}

export function SendReferralForm({ caseId, candidateId, version }: { caseId: string; candidateId: string; version: number }) {
  const t = useTranslations("matchingCandidates");
  return (
    <CommandForm action={sendReferralAction} submitLabel={t("send")} successMessage={t("sent")} testId="send-referral-form">
      <Where caseId={caseId} candidateId={candidateId} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="version" value={version} />
    </CommandForm>
  );
}

export function VisitForm({ caseId, candidateId, today }: { caseId: string; candidateId: string; today: string }) {
  const t = useTranslations("matchingCandidates");
  return (
    <CommandForm action={recordMatchVisitAction} submitLabel={t("recordVisit")} successMessage={t("visitRecorded")} testId="visit-form" resetOnSuccess className="grid gap-3 sm:grid-cols-2">
      <Where caseId={caseId} candidateId={candidateId} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <Field name="visitedOn" type="date" label={t("visitedOn")} defaultValue={today} max={today} required className="sm:col-span-2" />
      <Field name="childHowWasIt" label={t("childHow")} multiline />
      <Field name="childNeedsNow" label={t("childNeeds")} multiline />
      <Field name="parentsHowWasIt" label={t("parentsHow")} multiline />
      <Field name="parentsNeedsNow" label={t("parentsNeeds")} multiline />
    </CommandForm>
  );
}

export function ProposeForm({ caseId, candidateId, caseVersion }: { caseId: string; candidateId: string; caseVersion: number }) {
  const t = useTranslations("matchingCandidates");
  return (
    <CommandForm action={proposeCandidateAction} submitLabel={t("propose")} successMessage={t("proposedNotice")} testId="propose-form">
      <Where caseId={caseId} candidateId={candidateId} />
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="version" value={caseVersion} />
    </CommandForm>
  );
}

export function AnswerReferralForm({ candidateId, version, answer, note }: { candidateId: string; version: number; answer: string; note: string }) {
  const t = useTranslations("matchingCandidates");
  return (
    <CommandForm action={answerReferralAction} submitLabel={t("submitAnswer")} successMessage={t("answered")} testId="answer-referral-form">
      <input type="hidden" name="candidateId" value={candidateId} />
      <input type="hidden" name="version" value={version} />
      <Field name="answer" label={t("yourAnswer")} defaultValue={answer === "PENDING" ? "" : answer}
        options={[{ value: "", label: t("chooseAnswer") }, ...(["ACCEPTED", "DECLINED", "QUESTION"] as const).map((a) => ({ value: a, label: t(`answers.${a}`) }))]} required />
      <Field name="note" label={t("answerNote")} defaultValue={note} multiline />
    </CommandForm>
  );
}

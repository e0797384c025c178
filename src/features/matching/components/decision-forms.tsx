"use client";

import { useTranslations } from "next-intl";
import { CRITERION_RATINGS, SECTION_52_CRITERIA, WISH_ANSWERS } from "@/domain/matching";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { decideMatchAction, recordDecisionNoticeAction, recordMoveAction } from "../decision-actions";

type Candidate = { id: string; label: string; ratings: { criterion: string; rating: string; note: string }[] };
type Wish = { id: string; name: string; isChild: boolean; words: string };

export function DecisionForm({ caseId, version, candidates, proposedId, wishes, mayBeNotApplicable, today }: {
  caseId: string; version: number; candidates: Candidate[]; proposedId: string | null; wishes: Wish[]; mayBeNotApplicable: Record<string, boolean>; today: string;
}) {
  const t = useTranslations("matchingDecision");
  const tm = useTranslations("matching");
  const tApp = useTranslations("app");
  // The ratings of the proposed site are the starting point: the caseworker edits them rather than retypes them.
  const start = candidates.find((c) => c.id === proposedId) ?? candidates[0];
  return (
    <CommandForm action={decideMatchAction} submitLabel={t("submit")} successMessage={t("decided")} testId="decision-form">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="candidateId" label={t("site")} options={candidates.map((c) => ({ value: c.id, label: c.label }))} defaultValue={start?.id ?? ""} required />
        <Field name="decidedOn" type="date" label={t("decidedOn")} defaultValue={today} max={today} required />
        <Field name="moveOn" type="date" label={t("moveOn")} defaultValue={today} min={today} required />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("criteria")}</legend>
        {SECTION_52_CRITERIA.map((k) => {
          const given = start?.ratings.find((r) => r.criterion === k);
          return (
            <div key={k} className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-[14rem_1fr]" data-testid={`decision-${k}`}>
              <p className="font-medium sm:col-span-2">{tm(`criterion.${k}`)}</p>
              <Field name={`criteria.${k}.rating`} label={t("rating")} defaultValue={given?.rating ?? ""}
                options={[{ value: "", label: t("notRated") }, ...CRITERION_RATINGS.filter((r) => r !== "NOT_APPLICABLE" || mayBeNotApplicable[k]).map((r) => ({ value: r, label: tm(`rating.${r}`) }))]} />
              <Field name={`criteria.${k}.reason`} label={t("reason")} defaultValue={given?.note ?? ""} multiline />
            </div>
          );
        })}
      </fieldset>
      {wishes.length > 0 && (
        <fieldset className="space-y-3">
          <legend className="text-lg font-semibold">{t("wishes")}</legend>
          {wishes.map((w) => (
            <div key={w.id} className="grid gap-2 rounded border border-slate-200 p-3 sm:grid-cols-[14rem_1fr]" data-testid={w.isChild ? "decision-wish-child" : "decision-wish-parent"}>
              <p className="sm:col-span-2"><span className="font-medium">{w.isChild ? t("childWish", { name: w.name }) : t("wishOf", { name: w.name })}:</span> <span className="italic">{tApp("quoted", { text: w.words })}</span></p>
              <Field name={`wishes.${w.id}.answer`} label={t("answer")} options={[{ value: "", label: t("chooseAnswer") }, ...WISH_ANSWERS.map((a) => ({ value: a, label: tm(`wishAnswer.${a}`) }))]} />
              <Field name={`wishes.${w.id}.reason`} label={t("reason")} hint={t("wishReasonHint")} multiline />
            </div>
          ))}
        </fieldset>
      )}
    </CommandForm>
  );
}

export function NoticeForm({ caseId, partyKind, partyId, today, testId }: { caseId: string; partyKind: string; partyId: string; today: string; testId: string }) {
  const t = useTranslations("matchingDecision");
  return (
    <CommandForm action={recordDecisionNoticeAction} submitLabel={t("recordNotice")} successMessage={t("noticeSaved")} testId={testId} className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="partyKind" value={partyKind} />
      <input type="hidden" name="partyId" value={partyId} />
      <Field name="communicatedOn" type="date" label={t("communicatedOn")} defaultValue={today} max={today} required />
      <Field name="how" label={t("how")} />
    </CommandForm>
  );
}

export function MoveForm({ caseId, version, today }: { caseId: string; version: number; today: string }) {
  const t = useTranslations("matchingDecision");
  return (
    <CommandForm action={recordMoveAction} submitLabel={t("recordMove")} successMessage={t("moveSaved")} testId="move-form">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <Field name="moveDate" type="date" label={t("moveDate")} defaultValue={today} max={today} required />
    </CommandForm>
  );
}

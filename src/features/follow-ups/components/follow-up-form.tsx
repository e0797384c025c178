"use client";

import { useTranslations } from "next-intl";
import { useDateFormat } from "@/i18n/use-date-format";
import { CommandForm } from "@/components/form/command-form";
import { Field, FieldError } from "@/components/form/field";
import { recordFollowUpAction } from "../actions";
import { ParentsRating } from "./parents-rating";

export interface FollowUpGoal {
  id: string; title: string; parentsWords: string; previous: { rating: number; date: string } | null;
  /** Each parent's latest rating of the goal in the portal since the last follow-up. */
  parents: { name: string; rating: number; ratedOn: string; note: string }[];
}

/** One row per active goal: a 0–10 rating and a note, with the previous rating beside it. */
export function FollowUpForm({ familyId, requestId, phase, today, goals }: { familyId: string; requestId: string; phase: { id: string; version: number; startDate: string }; today: string; goals: FollowUpGoal[] }) {
  const t = useTranslations("followUpForm");
  const tApp = useTranslations("app");
  const format = useDateFormat();
  return (
    <CommandForm action={recordFollowUpAction} submitLabel={t("save")} testId="follow-up-form">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="requestId" value={requestId} />
      <input type="hidden" name="phaseId" value={phase.id} />
      <input type="hidden" name="phaseVersion" value={phase.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="date" type="date" label={t("date")} defaultValue={today} min={phase.startDate} max={today} required />
        <Field name="withWhom" label={t("withWhom")} />
      </div>
      <Field name="parentsPresent" type="checkbox" label={t("parentsPresent")} defaultValue={true} />
      <FieldError name="ratings" />
      <ol className="space-y-4">
        {goals.map((g, i) => (
          <li key={g.id} className="rounded border border-slate-200 p-4" data-testid="rating-row">
            <fieldset className="space-y-2">
              <legend className="font-medium">{g.title}</legend>
              {g.parentsWords && <p className="text-sm italic text-slate-600">{tApp("quoted", { text: g.parentsWords })}</p>}
              <p id={`previous-${g.id}`} className="text-sm text-slate-700" data-testid="previous-rating">
                {g.previous ? t("previous", { rating: g.previous.rating, date: format(g.previous.date) }) : t("noPrevious")}
              </p>
              <ParentsRating id={`parents-${g.id}`} ratings={g.parents} />
              <input type="hidden" name={`ratings.${i}.goalId`} value={g.id} />
              <div className="grid gap-3 sm:grid-cols-[8rem_1fr]">
                <Field name={`ratings.${i}.rating`} type="number" min={0} max={10} label={t("rating", { goal: g.title })} defaultValue={g.previous?.rating ?? ""} describedBy={`previous-${g.id} parents-${g.id}`} required />
                <Field name={`ratings.${i}.note`} label={t("note")} multiline />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <Field name="agreedUntilNext" label={t("agreedUntilNext")} multiline />
    </CommandForm>
  );
}

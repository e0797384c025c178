"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { rateGoalsAction } from "../actions";

interface RateGoal { id: string; title: string; parentsWords: string; previous: string | null }

/** The parent's own 0–10 for each goal before a follow-up, with a line in their own words; a goal may be left blank. */
export function RateForm({ goals }: { goals: RateGoal[] }) {
  const t = useTranslations("portal.rate");
  const scale = [{ value: "", label: t("notNow") }, ...Array.from({ length: 11 }, (_, n) => ({ value: String(n), label: n === 0 ? t("zero") : n === 10 ? t("ten") : String(n) }))];
  return (
    <CommandForm action={rateGoalsAction} submitLabel={t("submit")} testId="rate-form">
      {goals.map((g, i) => (
        <fieldset key={g.id} className="space-y-3 rounded border border-slate-200 bg-white p-4">
          <legend className="px-1 text-lg font-semibold">{g.title}</legend>
          {g.parentsWords && <p className="text-slate-700">»{g.parentsWords}«</p>}
          {g.previous && <p id={`previous-${g.id}`} className="text-sm text-slate-700">{g.previous}</p>}
          <input type="hidden" name={`ratings.${i}.goalId`} value={g.id} />
          <Field name={`ratings.${i}.rating`} label={t("ratingLabel", { goal: g.title })} options={scale} describedBy={g.previous ? `previous-${g.id}` : undefined} />
          <Field name={`ratings.${i}.note`} label={t("noteLabel")} hint={t("noteHint")} multiline />
        </fieldset>
      ))}
    </CommandForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { JOURNAL_KINDS } from "@/domain/journal";
import { editJournalEntryAction, writeJournalEntryAction } from "../actions";

type Existing = { id: string; version: number; occurredOn: string; kind: string; title: string; text: string; withWhom: string };

/**
 * One form for the three ways to write: a new entry, the author's edit within 24 hours (`edit`),
 * and a correction of an entry that stands (`corrects`), which starts from the old text.
 */
export function JournalEntryForm({ familyId, today, edit, corrects }: { familyId: string; today: string; edit?: Existing; corrects?: Existing }) {
  const t = useTranslations("journal");
  const start = edit ?? corrects;
  const label = edit ? t("saveEdit") : corrects ? t("saveCorrection") : t("save");
  return (
    <CommandForm
      action={edit ? editJournalEntryAction : writeJournalEntryAction}
      submitLabel={label}
      successMessage={t("saved")}
      testId={edit ? "journal-edit-form" : corrects ? "journal-correct-form" : "journal-form"}
      resetOnSuccess={!edit}
      secondary
      className="space-y-3"
    >
      <input type="hidden" name="familyId" value={familyId} />
      {edit && <><input type="hidden" name="entryId" value={edit.id} /><input type="hidden" name="version" value={edit.version} /></>}
      {corrects && <input type="hidden" name="correctsId" value={corrects.id} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="occurredOn" type="date" label={t("occurredOn")} hint={t("occurredOnHint")} defaultValue={start?.occurredOn ?? today} max={today} required />
        <Field name="kind" label={t("kind")} defaultValue={start?.kind ?? "NOTE"} options={JOURNAL_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      </div>
      <Field name="title" label={t("title")} defaultValue={start?.title ?? ""} required />
      <Field name="withWhom" label={t("withWhom")} hint={t("withWhomHint")} defaultValue={start?.withWhom ?? ""} />
      <Field name="text" label={t("text")} defaultValue={start?.text ?? ""} multiline required />
    </CommandForm>
  );
}

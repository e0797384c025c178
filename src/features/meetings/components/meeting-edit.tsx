"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { addActionItemAction, completeActionItemAction, recordMinutesAction } from "../actions";

export function MinutesForm({ meetingId, version, minutes, decisions }: { meetingId: string; version: number; minutes: string; decisions: string }) {
  const t = useTranslations("meetings");
  return (
    <CommandForm action={recordMinutesAction} submitLabel={t("saveMinutes")} successMessage={t("saved")} testId="minutes-form">
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={version} />
      <Field name="minutes" label={t("minutes")} defaultValue={minutes} multiline />
      <Field name="decisions" label={t("decisions")} defaultValue={decisions} multiline />
    </CommandForm>
  );
}

export function ActionItemForm({ meetingId, owners }: { meetingId: string; owners: { id: string; name: string }[] }) {
  const t = useTranslations("meetings");
  return (
    <CommandForm action={addActionItemAction} submitLabel={t("addItem")} resetOnSuccess testId="action-item-form" className="grid gap-3 sm:grid-cols-4 sm:items-end">
      <input type="hidden" name="meetingId" value={meetingId} />
      <Field name="description" label={t("itemDescription")} required className="sm:col-span-2" />
      <Field name="ownerUserId" label={t("owner")} options={[{ value: "", label: t("ownerExternal") }, ...owners.map((o) => ({ value: o.id, label: o.name }))]} />
      <Field name="ownerName" label={t("ownerName")} />
      <Field name="dueDate" type="date" label={t("dueDate")} />
    </CommandForm>
  );
}

export function CompleteItemButton({ itemId, version }: { itemId: string; version: number }) {
  const t = useTranslations("meetings");
  return (
    <CommandForm action={completeActionItemAction} submitLabel={t("markDone")} className="inline">
      <input type="hidden" name="actionItemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
    </CommandForm>
  );
}

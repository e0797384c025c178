"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { updateChildAction, updateFamilyAction, updateParentAction } from "../actions";

type Parent = { id: string; name: string; phone: string | null; email: string | null; address?: string | null; hasCustody?: boolean; strengths?: string; wishes?: string; version: number };

export function FamilyEditForm({ family }: { family: { id: string; displayName: string; caseNumber: string | null; targetGroup: string | null; version: number } }) {
  const t = useTranslations();
  return (
    <CommandForm action={updateFamilyAction} submitLabel={t("edit.save")} successMessage={t("edit.saved")} testId="family-edit-form">
      <input type="hidden" name="familyId" value={family.id} />
      <input type="hidden" name="version" value={family.version} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field name="displayName" label={t("enrol.displayName")} defaultValue={family.displayName} required />
        <Field name="caseNumber" label={t("enrol.caseNumber")} defaultValue={family.caseNumber ?? ""} />
        <Field name="targetGroup" label={t("enrol.targetGroup")} defaultValue={family.targetGroup ?? ""}
          options={[{ value: "", label: t("enrol.notAssessed") }, ...(["MOST_VULNERABLE", "SEMI_VULNERABLE", "PSYCH_VULNERABLE_SINGLE", "RESOURCE_STRONG"] as const).map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))]} />
      </div>
    </CommandForm>
  );
}

export function ParentEditForm({ familyId, parent }: { familyId: string; parent: Parent }) {
  const t = useTranslations();
  return (
    <CommandForm action={updateParentAction} submitLabel={t("edit.save")} successMessage={t("edit.saved")} testId="parent-edit-form">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="parentId" value={parent.id} />
      <input type="hidden" name="version" value={parent.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="name" label={t("enrol.name")} defaultValue={parent.name} required />
        <Field name="phone" type="tel" label={t("enrol.phone")} defaultValue={parent.phone ?? ""} />
        <Field name="email" type="email" label={t("enrol.email")} defaultValue={parent.email ?? ""} />
        <Field name="address" label={t("enrol.address")} defaultValue={parent.address ?? ""} />
        <Field name="hasCustody" type="checkbox" label={t("enrol.hasCustody")} defaultValue={parent.hasCustody ?? false} />
        <Field name="strengths" label={t("familyPage.strengths")} defaultValue={parent.strengths ?? ""} multiline className="sm:col-span-2" />
        <Field name="wishes" label={t("familyPage.wishes")} defaultValue={parent.wishes ?? ""} multiline className="sm:col-span-2" />
      </div>
    </CommandForm>
  );
}

export function ChildEditForm({ familyId, child }: { familyId: string; child: { id: string; name: string; birthDate: string; version: number } }) {
  const t = useTranslations();
  return (
    <CommandForm action={updateChildAction} submitLabel={t("edit.save")} successMessage={t("edit.saved")} testId="child-edit-form">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="childId" value={child.id} />
      <input type="hidden" name="version" value={child.version} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="name" label={t("enrol.name")} defaultValue={child.name} required />
        <Field name="birthDate" type="date" label={t("enrol.birthDate")} defaultValue={child.birthDate} required />
      </div>
    </CommandForm>
  );
}

"use client";

import { SITE_KINDS } from "@/domain/sites";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field, FieldError } from "@/components/form/field";
import { SiteKindFields, type SiteOption } from "@/components/form/site-kind-fields";
import { enrolFamilyAction } from "../actions";

type Option = { value: string; label: string };

export function EnrolForm({ today, therapists, sites }: { today: string; therapists: Option[]; sites: SiteOption[] }) {
  const t = useTranslations();
  const [parents, setParents] = useState(1);
  const [children, setChildren] = useState(1);
  return (
    <CommandForm action={enrolFamilyAction} submitLabel={t("enrol.submit")} testId="enrol-form">
      <fieldset className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-2">
        <legend className="font-medium">{t("enrol.case")}</legend>
        <Field name="displayName" label={t("enrol.displayName")} hint={t("enrol.displayNameHint")} required />
        <Field name="caseNumber" label={t("enrol.caseNumber")} />
        <Field name="enrolledOn" type="date" label={t("enrol.enrolledOn")} defaultValue={today} max={today} required />
        <Field name="therapistId" label={t("family.therapist")} options={[{ value: "", label: t("enrol.noTherapist") }, ...therapists]} />
        <Field name="targetGroup" label={t("enrol.targetGroup")}
          options={[{ value: "", label: t("enrol.notAssessed") }, ...(["MOST_VULNERABLE", "SEMI_VULNERABLE", "PSYCH_VULNERABLE_SINGLE", "RESOURCE_STRONG"] as const).map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))]} />
      </fieldset>
      <FieldError name="parents" />
      {Array.from({ length: parents }, (_, i) => (
        <fieldset key={i} className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-2" data-testid="parent-fields">
          <legend className="font-medium">{t("enrol.parent", { n: i + 1 })}</legend>
          <Field name={`parents.${i}.name`} label={t("enrol.name")} required />
          <Field name={`parents.${i}.phone`} type="tel" label={t("enrol.phone")} />
          <Field name={`parents.${i}.email`} type="email" label={t("enrol.email")} />
          <Field name={`parents.${i}.address`} label={t("enrol.address")} />
          <Field name={`parents.${i}.hasCustody`} type="checkbox" label={t("enrol.hasCustody")} defaultValue={true} />
          <Field name={`parents.${i}.strengths`} label={t("familyPage.strengths")} hint={t("enrol.strengthsHint")} multiline className="sm:col-span-2" />
          <Field name={`parents.${i}.wishes`} label={t("familyPage.wishes")} multiline className="sm:col-span-2" />
        </fieldset>
      ))}
      {parents < 2 && <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm" onClick={() => setParents(2)}>{t("enrol.addParent")}</button>}
      <FieldError name="children" />
      {Array.from({ length: children }, (_, i) => (
        <fieldset key={i} className="grid gap-3 rounded border border-slate-200 p-4 sm:grid-cols-2" data-testid="child-fields">
          <legend className="font-medium">{t("enrol.child", { n: i + 1 })}</legend>
          <Field name={`children.${i}.name`} label={t("enrol.name")} required />
          <Field name={`children.${i}.birthDate`} type="date" label={t("enrol.birthDate")} max={today} required />
          <SiteKindFields sites={sites} kinds={SITE_KINDS} siteField={`children.${i}.placement.siteId`} kindField={`children.${i}.placement.type`} firstOption={{ value: "", label: t("people.siteNotKnown") }} hint={t("people.siteLaterHint")} />
          <Field name={`children.${i}.placement.legalBasis`} label={t("enrol.legalBasis")} options={(["VOLUNTARY", "WITHOUT_CONSENT"] as const).map((k) => ({ value: k, label: t(`legalBasis.${k}`) }))} />
          <Field name={`children.${i}.placement.startDate`} type="date" label={t("enrol.placedSince")} defaultValue={today} max={today} />
        </fieldset>
      ))}
      {children < 8 && <button type="button" className="rounded border border-slate-300 px-3 py-1.5 text-sm" onClick={() => setChildren(children + 1)}>{t("enrol.addChild")}</button>}
    </CommandForm>
  );
}

"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import {
  advanceMatchingStageAction, openMatchingCaseAction, returnMatchingToSearchAction, saveMatchingProfileAction, saveMatchingWishAction, withdrawMatchingCaseAction,
} from "../case-actions";

type Option = { value: string; label: string };

export function OpenCaseForm({ childOptions, consultants, childId, today }: { childOptions: Option[]; consultants: Option[]; childId?: string; today: string }) {
  const t = useTranslations("matchingCase");
  return (
    <CommandForm action={openMatchingCaseAction} submitLabel={t("submitOpen")} testId="open-matching-form" className="grid gap-3 sm:grid-cols-2">
      <Field name="childId" label={t("child")} options={[{ value: "", label: t("chooseChild") }, ...childOptions]} defaultValue={childId ?? ""} required className="sm:col-span-2" />
      <Field name="urgency" label={t("urgency")} options={(["PLANNED", "ACUTE"] as const).map((u) => ({ value: u, label: t(`urgencies.${u}`) }))} />
      <Field name="legalBasis" label={t("legalBasis")} options={(["VOLUNTARY", "WITHOUT_CONSENT"] as const).map((b) => ({ value: b, label: t(`legalBases.${b}`) }))} />
      <Field name="deadline" type="date" label={t("deadline")} min={today} />
      <Field name="consultantId" label={t("consultant")} options={[{ value: "", label: t("noConsultant") }, ...consultants]} />
    </CommandForm>
  );
}

export interface ProfileValues {
  needs: string; resources: string; school: string; inSchool: boolean; siblings: string; hasSiblings: boolean; placeSiblingsTogether: boolean | null;
  health: string; languageCulture: string; interests: string; network: string; distanceToParents: string;
}

const TEXTS = ["needs", "resources", "school", "siblings", "health", "languageCulture", "interests", "network", "distanceToParents"] as const;

export function ProfileForm({ caseId, basedOn, profile }: { caseId: string; basedOn: number; profile: ProfileValues | null }) {
  const t = useTranslations("matchingCase");
  const together = profile?.placeSiblingsTogether === true ? "yes" : profile?.placeSiblingsTogether === false ? "no" : "";
  return (
    <CommandForm action={saveMatchingProfileAction} submitLabel={t("saveProfile")} successMessage={t("profileSaved")} testId="matching-profile-form" className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="basedOn" value={basedOn} />
      {TEXTS.map((f) => <Field key={f} name={f} label={t(`fields.${f}`)} defaultValue={profile?.[f] ?? ""} multiline />)}
      <Field name="inSchool" type="checkbox" label={t("fields.inSchool")} defaultValue={profile?.inSchool ?? true} />
      <Field name="hasSiblings" type="checkbox" label={t("fields.hasSiblings")} defaultValue={profile?.hasSiblings ?? false} />
      <Field name="placeSiblingsTogether" label={t("fields.placeSiblingsTogether")} defaultValue={together}
        options={[{ value: "", label: t("fields.together.unknown") }, { value: "yes", label: t("fields.together.yes") }, { value: "no", label: t("fields.together.no") }]} />
    </CommandForm>
  );
}

export interface WishValues { words: string; fears: string; heardOn: string | null; heardHow: string; heardById: string | null; notHeardReason: string | null; version: number }

export function WishForm({ caseId, person, wish, today, testId, hearers, heardByDefault }: {
  caseId: string; person: string; wish: WishValues | null; today: string; testId: string; hearers: Option[]; heardByDefault: string;
}) {
  const t = useTranslations("matchingCase");
  const [notHeard, setNotHeard] = useState(!!wish?.notHeardReason);
  return (
    <CommandForm action={saveMatchingWishAction} submitLabel={t("saveWish")} successMessage={t("wishSaved")} testId={testId} className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="person" value={person} />
      <input type="hidden" name="version" value={wish?.version ?? ""} />
      <div className="sm:col-span-2" onChange={(e) => { const el = e.target as HTMLInputElement; if (el.name === "notHeard") setNotHeard(el.checked); }}>
        <Field name="notHeard" type="checkbox" label={t("notHeard")} defaultValue={notHeard} />
      </div>
      {notHeard ? (
        <Field name="notHeardReason" label={t("notHeardReason")} defaultValue={wish?.notHeardReason ?? ""} multiline className="sm:col-span-2" required />
      ) : (
        <>
          <Field name="words" label={t("words")} defaultValue={wish?.words ?? ""} multiline className="sm:col-span-2" required />
          <Field name="fears" label={t("fears")} defaultValue={wish?.fears ?? ""} multiline className="sm:col-span-2" />
          <Field name="heardOn" type="date" label={t("heardOn")} defaultValue={wish?.heardOn ?? today} max={today} required />
          <Field name="heardHow" label={t("heardHow")} defaultValue={wish?.heardHow ?? ""} />
          <Field name="heardById" label={t("heardBy")} options={hearers} defaultValue={heardByDefault} required />
        </>
      )}
    </CommandForm>
  );
}

export function AdvanceForm({ caseId, version, to, label }: { caseId: string; version: number; to: string; label: string }) {
  const t = useTranslations("matchingCase");
  return (
    <CommandForm action={advanceMatchingStageAction} submitLabel={label} successMessage={t("stageSaved")} testId={`advance-${to}`}>
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
    </CommandForm>
  );
}

export function ReasonForm({ caseId, version, kind }: { caseId: string; version: number; kind: "return" | "withdraw" }) {
  const t = useTranslations("matchingCase");
  const action = kind === "return" ? returnMatchingToSearchAction : withdrawMatchingCaseAction;
  return (
    <CommandForm action={action} submitLabel={kind === "return" ? t("returnToSearch") : t("withdraw")} successMessage={kind === "return" ? t("returned") : t("withdrawn")} testId={`${kind}-form`}>
      <input type="hidden" name="caseId" value={caseId} />
      <input type="hidden" name="version" value={version} />
      <Field name="reason" label={kind === "return" ? t("returnReason") : t("withdrawReason")} multiline required />
    </CommandForm>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field, FieldError } from "@/components/form/field";
import { SiteKindFields } from "@/components/form/site-kind-fields";
import { addChildAction, addParentAction, changeStaffAction, endPlacementAction, movePlacementAction, startPlacementAction } from "../actions";

type Option = { value: string; label: string };
type Site = Option & { kind: string };
import { SITE_KINDS as KINDS } from "@/domain/sites";
const BASES = ["VOLUNTARY", "WITHOUT_CONSENT"] as const;
const END_REASONS = ["RETURNED_HOME", "MOVED", "TURNED_18", "BREAKDOWN", "OTHER"] as const;

export function AddChildForm({ familyId, today }: { familyId: string; today: string }) {
  const t = useTranslations();
  return (
    <CommandForm action={addChildAction} submitLabel={t("people.addChild")} successMessage={t("people.childAdded")} testId="add-child-form" resetOnSuccess className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="familyId" value={familyId} />
      <Field name="name" label={t("enrol.name")} required />
      <Field name="birthDate" type="date" label={t("enrol.birthDate")} max={today} required />
    </CommandForm>
  );
}

export function AddParentForm({ familyId }: { familyId: string }) {
  const t = useTranslations();
  return (
    <CommandForm action={addParentAction} submitLabel={t("people.addParent")} successMessage={t("people.parentAdded")} testId="add-parent-form" resetOnSuccess className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="familyId" value={familyId} />
      <Field name="name" label={t("enrol.name")} required />
      <Field name="phone" type="tel" label={t("enrol.phone")} />
      <Field name="email" type="email" label={t("enrol.email")} />
      <Field name="address" label={t("enrol.address")} />
      <Field name="hasCustody" type="checkbox" label={t("enrol.hasCustody")} defaultValue={true} />
    </CommandForm>
  );
}

function KindAndBasis({ sites, siteField, defaults }: { sites: Site[]; siteField: string; defaults?: { type: string; legalBasis: string } }) {
  const t = useTranslations();
  return (
    <>
      <SiteKindFields sites={sites} kinds={KINDS} siteField={siteField} kindField="type" firstOption={{ value: "", label: t("people.chooseSite") }} required defaultKind={defaults?.type || sites[0]?.kind} />
      <Field name="legalBasis" label={t("enrol.legalBasis")} defaultValue={defaults?.legalBasis ?? "VOLUNTARY"} options={BASES.map((k) => ({ value: k, label: t(`legalBasis.${k}`) }))} />
    </>
  );
}

export function StartPlacementForm({ familyId, childId, sites, today }: { familyId: string; childId: string; sites: Site[]; today: string }) {
  const t = useTranslations();
  return (
    <CommandForm action={startPlacementAction} submitLabel={t("people.startPlacement")} successMessage={t("people.placementStarted")} testId="start-placement-form" className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="childId" value={childId} />
      <KindAndBasis sites={sites} siteField="siteId" />
      <Field name="startDate" type="date" label={t("enrol.placedSince")} defaultValue={today} max={today} required />
    </CommandForm>
  );
}

type Open = { id: string; version: number; siteId: string; type: string; legalBasis: string };

export function MovePlacementForm({ familyId, placement, sites, today }: { familyId: string; placement: Open; sites: Site[]; today: string }) {
  const t = useTranslations();
  return (
    <CommandForm action={movePlacementAction} submitLabel={t("people.move")} successMessage={t("people.moved")} testId="move-placement-form" className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="placementId" value={placement.id} />
      <input type="hidden" name="version" value={placement.version} />
      <KindAndBasis sites={sites.filter((s) => s.value !== placement.siteId)} siteField="toSiteId" defaults={{ type: "", legalBasis: placement.legalBasis }} />
      <Field name="moveDate" type="date" label={t("people.moveDate")} hint={t("people.moveDateHint")} defaultValue={today} max={today} required />
    </CommandForm>
  );
}

export function EndPlacementForm({ familyId, placement, today }: { familyId: string; placement: Open; today: string }) {
  const t = useTranslations();
  return (
    <CommandForm action={endPlacementAction} submitLabel={t("people.end")} successMessage={t("people.ended")} testId="end-placement-form" className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="placementId" value={placement.id} />
      <input type="hidden" name="version" value={placement.version} />
      <Field name="endDate" type="date" label={t("people.endDate")} defaultValue={today} max={today} required />
      <Field name="endReason" label={t("people.endReason")} options={END_REASONS.map((r) => ({ value: r, label: t(`people.endReasons.${r}`) }))} />
      <Field name="endReasonText" label={t("people.endReasonText")} hint={t("people.endReasonTextHint")} className="sm:col-span-2" />
    </CommandForm>
  );
}

export function StaffForm({ familyId, staff }: {
  familyId: string;
  staff: { token: string; caseworkerId: string; therapistIds: string[]; caseworkers: Option[]; therapists: Option[] };
}) {
  const t = useTranslations();
  return (
    <CommandForm action={changeStaffAction} submitLabel={t("people.saveStaff")} successMessage={t("people.staffSaved")} testId="staff-form">
      <input type="hidden" name="familyId" value={familyId} />
      <input type="hidden" name="staffToken" value={staff.token} />
      <Field name="caseworkerId" label={t("people.caseworker")} hint={t("people.caseworkerHint")} defaultValue={staff.caseworkerId}
        options={[...(staff.caseworkerId ? [] : [{ value: "", label: t("people.chooseCaseworker") }]), ...staff.caseworkers]} required />
      <fieldset>
        <legend className="text-sm font-medium">{t("people.therapists")}</legend>
        <FieldError name="therapistIds" />
        <ul className="mt-1 space-y-1">
          {staff.therapists.map((u) => (
            <li key={u.value}>
              <label className="inline-flex items-center gap-2 text-sm">
                <input type="checkbox" name="therapistIds" value={u.value} defaultChecked={staff.therapistIds.includes(u.value)} className="h-4 w-4" /> {u.label}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
    </CommandForm>
  );
}

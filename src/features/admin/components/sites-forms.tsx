"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { SITE_KINDS } from "@/domain/sites";
import { CommandForm, useFormState } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { createSiteAction, createSiteUserAction, reinviteSiteUserAction, setSiteUserActiveAction, updateSiteAction } from "../sites-actions";
import { InvitationResult } from "./users-invitation-result";

type SiteValues = {
  id: string; version: number; name: string; kind: string; cvr: string | null; address: string | null; phone: string | null; email: string | null;
  supervisingMunicipality: string | null; approvedPlaces: number | null; contactName: string | null; contactPhone: string | null; contactEmail: string | null;
};

/** A refused duplicate CVR says which register entry already has it, with a link to open it. */
function ExistingSiteLink() {
  const t = useTranslations("siteAdmin");
  const state = useFormState();
  if (!state || state.ok || state.reason !== "CVR_TAKEN" || typeof state.params?.siteId !== "string") return null;
  return (
    <p className="text-sm" data-testid="existing-site">
      <Link href={`/admin/sites/${state.params.siteId}`} className="text-brand-700 underline">{t("openExisting", { name: String(state.params.name ?? "") })}</Link>
    </p>
  );
}

function SiteFields({ site }: { site?: SiteValues }) {
  const t = useTranslations();
  const v = (x: string | number | null | undefined) => (x ?? "") as string | number;
  const kinds = [...(site ? [] : [{ value: "", label: t("siteAdmin.chooseKind") }]), ...SITE_KINDS.map((k) => ({ value: k, label: t(`siteKind.${k}`) }))];
  return (
    <>
      <fieldset className="grid gap-3 sm:grid-cols-2">
        <legend className="mb-1 font-medium">{t("siteAdmin.registerLegend")}</legend>
        <Field name="name" label={t("siteAdmin.name")} defaultValue={v(site?.name)} required />
        <Field name="kind" label={t("siteAdmin.kind")} options={kinds} defaultValue={v(site?.kind)} required />
        <div>
          <Field name="cvr" label={t("siteAdmin.cvr")} defaultValue={v(site?.cvr)} hint={t("siteAdmin.cvrHint")} />
          <ExistingSiteLink />
        </div>
        <Field name="approvedPlaces" label={t("siteAdmin.approvedPlaces")} type="number" min={1} defaultValue={v(site?.approvedPlaces)} required />
        <Field name="address" label={t("siteAdmin.address")} defaultValue={v(site?.address)} />
        <Field name="supervisingMunicipality" label={t("siteAdmin.supervisingMunicipality")} defaultValue={v(site?.supervisingMunicipality)} hint={t("siteAdmin.supervisingHint")} />
        <Field name="phone" label={t("siteAdmin.phone")} type="tel" defaultValue={v(site?.phone)} />
        <Field name="email" label={t("siteAdmin.email")} type="email" defaultValue={v(site?.email)} />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-1 font-medium">{t("siteAdmin.contactLegend")}</legend>
        <Field name="contactName" label={t("siteAdmin.contactName")} defaultValue={v(site?.contactName)} />
        <Field name="contactPhone" label={t("siteAdmin.contactPhone")} type="tel" defaultValue={v(site?.contactPhone)} />
        <Field name="contactEmail" label={t("siteAdmin.contactEmail")} type="email" defaultValue={v(site?.contactEmail)} />
      </fieldset>
    </>
  );
}

export function CreateSiteForm() {
  const t = useTranslations("siteAdmin");
  return (
    <CommandForm action={createSiteAction} submitLabel={t("register")} testId="create-site">
      <SiteFields />
    </CommandForm>
  );
}

export function EditSiteForm({ site }: { site: SiteValues }) {
  const t = useTranslations("siteAdmin");
  return (
    <CommandForm action={updateSiteAction} submitLabel={t("save")} successMessage={t("saved")} testId="edit-site">
      <input type="hidden" name="siteId" value={site.id} />
      <input type="hidden" name="version" value={site.version} />
      <SiteFields site={site} />
    </CommandForm>
  );
}

export function CreateSiteUserForm({ siteId }: { siteId: string }) {
  const t = useTranslations("siteAdmin");
  return (
    <CommandForm action={createSiteUserAction} submitLabel={t("createUser")} testId="create-site-user" resetOnSuccess>
      <InvitationResult />
      <input type="hidden" name="siteId" value={siteId} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field name="name" label={t("userName")} required />
        <Field name="email" label={t("userEmail")} type="email" required />
      </div>
    </CommandForm>
  );
}

export function SiteUserActiveForm({ siteId, user }: { siteId: string; user: { id: string; name: string; active: boolean; version: number } }) {
  const t = useTranslations("siteAdmin");
  return (
    <CommandForm action={setSiteUserActiveAction} className="space-y-2" testId="site-user-active"
      submitLabel={user.active ? t("deactivate", { name: user.name }) : t("reactivate", { name: user.name })}
      successMessage={user.active ? t("reactivated") : t("deactivated")}>
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="userId" value={user.id} />
      <input type="hidden" name="version" value={user.version} />
      <input type="hidden" name="active" value={user.active ? "false" : "true"} />
    </CommandForm>
  );
}

export function ReinviteSiteUserForm({ siteId, userId, name }: { siteId: string; userId: string; name: string }) {
  const t = useTranslations("siteAdmin");
  return (
    <CommandForm action={reinviteSiteUserAction} className="space-y-2" submitLabel={t("reinvite", { name })} testId="reinvite-site-user">
      <InvitationResult />
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="userId" value={userId} />
    </CommandForm>
  );
}

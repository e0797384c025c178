"use client";

import { useTranslations } from "next-intl";
import { CommandForm } from "@/components/form/command-form";
import { Field } from "@/components/form/field";
import { saveSiteMatchProfileAction } from "../site-profile-actions";

const FIELDS = ["targetGroups", "competences", "household", "pets", "parentCollaboration", "location"] as const;

export function SiteMatchProfileForm({ siteId, profile }: { siteId: string; profile: (Record<(typeof FIELDS)[number], string> & { version: number }) | null }) {
  const t = useTranslations("matchingCandidates");
  return (
    <CommandForm action={saveSiteMatchProfileAction} submitLabel={t("saveSiteProfile")} successMessage={t("siteProfileSaved")} testId="site-profile-form" className="grid gap-3 sm:grid-cols-2">
      <input type="hidden" name="siteId" value={siteId} />
      <input type="hidden" name="version" value={profile?.version ?? ""} />
      {FIELDS.map((f) => <Field key={f} name={f} label={t(`profileFields.${f}`)} defaultValue={profile?.[f] ?? ""} multiline />)}
    </CommandForm>
  );
}

"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field } from "./field";

export type SiteOption = { value: string; label: string; kind: string };

/**
 * A placement site and the kind of placement: choosing a site sets the kind to the site's own, so an
 * opholdssted is not recorded as a foster family by default; the caseworker can still change it.
 */
export function SiteKindFields({ sites, kinds, siteField, kindField, firstOption, hint, required, defaultKind }: {
  sites: SiteOption[];
  kinds: readonly string[];
  siteField: string;
  kindField: string;
  firstOption: { value: string; label: string };
  hint?: string;
  required?: boolean;
  defaultKind?: string;
}) {
  const t = useTranslations();
  const [kind, setKind] = useState<string>(defaultKind || kinds[0] || "");
  const follow = (e: React.FormEvent<HTMLDivElement>) => {
    const site = sites.find((s) => s.value === (e.target as HTMLSelectElement).value);
    if (site) setKind(site.kind);
  };
  return (
    <>
      <div onChange={follow}>
        <Field name={siteField} label={t("family.site")} hint={hint} options={[firstOption, ...sites.map(({ value, label }) => ({ value, label }))]} required={required} />
      </div>
      <Field key={kind} name={kindField} label={t("enrol.placementType")} defaultValue={kind} options={kinds.map((k) => ({ value: k, label: t(`siteKind.${k}`) }))} />
    </>
  );
}

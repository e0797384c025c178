import { getTranslations } from "next-intl/server";
import type { AnonymisedReferral } from "@/domain/matching";

const FIELDS = ["needs", "resources", "school", "siblings", "health", "languageCulture", "interests", "network", "childWishes", "parentWishes"] as const;

/** The anonymised referral as a site reads it: the age and the texts, nothing else. */
export async function ReferralView({ referral, testId }: { referral: AnonymisedReferral; testId?: string }) {
  const t = await getTranslations("matchingCandidates");
  return (
    <dl className="grid gap-2 sm:grid-cols-2" data-testid={testId}>
      <div><dt className="text-sm font-medium">{t("child")}</dt><dd>{t("age", { age: referral.ageYears })}</dd></div>
      {FIELDS.filter((f) => referral[f]?.trim()).map((f) => (
        <div key={f}><dt className="text-sm font-medium">{t(`fields.${f}`)}</dt><dd className="whitespace-pre-wrap">{referral[f]}</dd></div>
      ))}
    </dl>
  );
}

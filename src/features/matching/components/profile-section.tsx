import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { MatchingCasePage } from "../case-queries";
import { ProfileForm } from "./case-forms";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

const TEXTS = ["needs", "resources", "school", "siblings", "health", "languageCulture", "interests", "network", "distanceToParents"] as const;

/** The newest profile (as a form for those who may write, as text otherwise) and the earlier versions. */
export async function MatchingProfileSection({ c }: { c: MatchingCasePage }) {
  const [t, format] = await Promise.all([getTranslations("matchingCase"), getDateFormat()]);
  const [newest, ...earlier] = c.profiles;
  const line = (p: MatchingCasePage["profiles"][number]) => t("profileVersion", { number: p.version, date: format(p.createdAt, "dayTime"), name: p.createdBy ?? "–" });
  return (
    <section aria-labelledby="profile" className="space-y-3 rounded border border-slate-200 bg-white p-4" data-testid="matching-profile">
      <h2 id="profile" className="text-lg font-semibold">{t("profile")}</h2>
      <p className="text-sm text-slate-700">{t("profileIntro")}</p>
      <p className="text-sm font-medium" data-testid="profile-version">{newest ? line(newest) : t("noProfile")}</p>
      {c.canWrite ? (
        <ClientMessages namespaces={MATCHING_MESSAGES}><ProfileForm caseId={c.id} basedOn={newest?.version ?? 0} profile={newest ?? null} /></ClientMessages>
      ) : newest ? (
        <dl className="grid gap-2 sm:grid-cols-2">
          {TEXTS.map((f) => <div key={f}><dt className="text-sm font-medium">{t(`fields.${f}`)}</dt><dd className="whitespace-pre-wrap">{newest[f] || "–"}</dd></div>)}
        </dl>
      ) : null}
      {earlier.length > 0 && (
        <details>
          <summary className="cursor-pointer text-brand-700 underline">{t("earlierVersions", { count: earlier.length })}</summary>
          <ol className="mt-2 space-y-3">
            {earlier.map((p) => (
              <li key={p.id} className="rounded border border-slate-200 p-3">
                <p className="text-sm font-medium">{line(p)}</p>
                <dl className="grid gap-1 text-sm sm:grid-cols-2">
                  {TEXTS.filter((f) => p[f]).map((f) => <div key={f}><dt className="font-medium">{t(`fields.${f}`)}</dt><dd className="whitespace-pre-wrap">{p[f]}</dd></div>)}
                </dl>
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}

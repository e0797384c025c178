import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { MatchingCasePage } from "../case-queries";
import { Disclosure } from "@/components/disclosure";
import { WishForm } from "./case-forms";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

/** The child's and each parent's wishes in their own words, with who heard them when; a form per person. */
export async function MatchingWishesSection({ c }: { c: MatchingCasePage }) {
  const [t, tApp, format] = await Promise.all([getTranslations("matchingCase"), getTranslations("app"), getDateFormat()]);
  return (
    <section aria-labelledby="wishes" className="space-y-3 rounded border border-slate-200 bg-white p-4">
      <h2 id="wishes" className="text-lg font-semibold">{t("wishes")}</h2>
      <p className="text-sm text-slate-700">{t("wishesIntro")}</p>
      {c.wishes.map((p, i) => {
        const w = p.wish;
        const testId = p.isChild ? "wish-child" : `wish-parent-${i}`;
        return (
          <article key={p.person} className="space-y-2 border-t border-slate-200 pt-3" data-testid={testId}>
            <h3 className="font-semibold">{p.isChild ? t("childWishes", { name: p.name }) : t("parentWishes", { name: p.name })}</h3>
            {!w ? (
              <p className="text-sm font-medium text-amber-900" data-testid="wish-status">{t("notHeardYet")}</p>
            ) : w.notHeardReason ? (
              <p className="text-sm" data-testid="wish-status">{t("notHeardBecause", { reason: w.notHeardReason })}</p>
            ) : (
              <div className="text-sm" data-testid="wish-status">
                <p className="italic">{tApp("quoted", { text: w.words })}</p>
                {w.fears && <p>{t("fears")}: {w.fears}</p>}
                <p className="text-slate-700">{t("heardOnBy", { date: w.heardOn ? format(w.heardOn) : "–", name: w.heardBy ?? "–" })}{w.heardHow && ` · ${t("heardHowLabel")}: ${w.heardHow}`}</p>
              </div>
            )}
            {c.canWrite && (
              <Disclosure summary={t("saveWish")} initiallyOpen={!w}>
                <ClientMessages namespaces={MATCHING_MESSAGES}><WishForm caseId={c.id} person={p.person} wish={w ? { ...w, heardOn: w.heardOn } : null} today={c.today} testId={`${testId}-form`}
                  hearers={hearerOptions(c, w)} heardByDefault={w?.heardById ?? c.actorId} /></ClientMessages>
              </Disclosure>
            )}
          </article>
        );
      })}
    </section>
  );
}

/** The case's people who can have heard someone, plus whoever is already on record for this wish. */
function hearerOptions(c: MatchingCasePage, w: MatchingCasePage["wishes"][number]["wish"]) {
  const options = c.hearers.map((u) => ({ value: u.id, label: u.name }));
  if (w?.heardById && !options.some((o) => o.value === w.heardById)) options.push({ value: w.heardById, label: w.heardBy ?? "–" });
  return options;
}

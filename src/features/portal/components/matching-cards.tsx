import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { ownMatchingCases } from "../matching-queries";

type Cases = Awaited<ReturnType<typeof ownMatchingCases>>;

/** The search for a new home for a child, as the parent follows it: their wish and, once decided, the answer to it. */
export async function MatchingCards({ cases }: { cases: Cases }) {
  if (cases.length === 0) return null;
  const [t, tm, format] = await Promise.all([getTranslations("portal.matching"), getTranslations("matching"), getDateFormat()]);
  return (
    <section aria-labelledby="matching" className="space-y-3">
      <h2 id="matching" className="text-xl font-semibold">{t("title")}</h2>
      {cases.map((c) => (
        <article key={c.id} className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid="portal-matching">
          <h3 className="text-lg font-semibold">{t("heading", { child: c.childName })}</h3>
          <p>{t("stage", { stage: tm(`stage.${c.stage}`) })}</p>
          {c.wish ? (
            <div>
              <p className="font-medium">{c.wish.heardOn ? t("heardOn", { date: format(c.wish.heardOn, "dayLong") }) : t("notHeard")}</p>
              {c.wish.words && <p>»{c.wish.words}«</p>}
              {c.wish.fears && <p>{t("fears", { text: c.wish.fears })}</p>}
            </div>
          ) : <p>{t("noWish")}</p>}
          {c.decision && (
            <p data-testid="portal-matching-decision">
              {t("decided", { date: format(c.decision.decidedOn, "dayLong"), site: c.decision.site })}{" "}
              {c.decision.answer && t(`answers.${c.decision.answer as "FOLLOWED" | "PARTLY" | "NOT_FOLLOWED"}`)}
              {c.decision.answer && c.decision.answer !== "FOLLOWED" && c.decision.reason && <span className="block">{t("reason", { text: c.decision.reason })}</span>}
            </p>
          )}
        </article>
      ))}
    </section>
  );
}

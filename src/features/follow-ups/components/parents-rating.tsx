"use client";

import { useTranslations } from "next-intl";
import { useDateFormat } from "@/i18n/use-date-format";

/** Beside a goal's rating field: what each parent rated it in the portal since the last follow-up, in their own words. */
export function ParentsRating({ id, ratings }: { id: string; ratings: { name: string; rating: number; ratedOn: string; note: string }[] }) {
  const t = useTranslations("parentRatings");
  const tApp = useTranslations("app");
  const format = useDateFormat();
  if (ratings.length === 0) return <p id={id} className="text-sm text-slate-700" data-testid="parents-rating">{t("notRatedYet")}</p>;
  return (
    <ul id={id} className="space-y-1 border-l-4 border-brand-100 pl-3 text-sm text-slate-800" data-testid="parents-rating">
      {ratings.map((r, i) => (
        <li key={i}>
          {t("parentRated", { name: r.name, rating: r.rating, date: format(r.ratedOn) })}
          {r.note && <> <span className="italic">{tApp("quoted", { text: r.note })}</span></>}
        </li>
      ))}
    </ul>
  );
}

import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";

interface Child {
  id: string;
  name: string;
  site: { name: string; kind: string; address: string | null; phone: string | null } | null;
  past: { date: string; status: string }[];
  coming: { date: string; status: string }[];
}

/** One child: where they live (as much as the caseworker shares) and the contact sessions before and ahead. */
export async function ChildContact({ child }: { child: Child }) {
  const [t, tAll, format] = await Promise.all([getTranslations("portal"), getTranslations(), getDateFormat()]);
  const list = (rows: Child["past"], empty: string) =>
    rows.length === 0 ? <p className="text-slate-700">{empty}</p> : (
      <ul className="space-y-1">
        {rows.map((s) => <li key={s.date}>{format(s.date, "weekday")}: {tAll(`contact.statuses.${s.status}`)}</li>)}
      </ul>
    );
  return (
    <article className="space-y-2 rounded border border-slate-200 bg-white p-4" data-testid="portal-child">
      <h3 className="text-lg font-semibold">{child.name}</h3>
      {child.site && (
        <p>
          {t("contact.livesAt", { site: child.site.name })}
          {child.site.address && <span className="block">{child.site.address}</span>}
          {child.site.phone && <span className="block">{t("contact.phone", { phone: child.site.phone })}</span>}
        </p>
      )}
      <h4 className="font-medium">{t("contact.coming")}</h4>
      {list(child.coming, t("contact.noneComing"))}
      <h4 className="font-medium">{t("contact.past")}</h4>
      {list(child.past, t("contact.nonePast"))}
    </article>
  );
}

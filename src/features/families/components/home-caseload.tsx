import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Actor } from "@/server/authz/actor";
import { FamilyTable } from "@/components/family-table";
import { listFamilies } from "../queries";

// A home page shows the first rows; the whole list, searchable and paged, is one link away.
const HOME_ROWS = 15;

/** The families of a home page with their count, and a link to all of them when there are more. */
export async function HomeCaseload({ actor, title, id }: { actor: Actor; title: string; id: string }) {
  const [t, { rows, total }] = await Promise.all([getTranslations("families"), listFamilies(actor, { take: HOME_ROWS })]);
  return (
    <section aria-labelledby={id}>
      <h2 id={id} className="mb-1 text-lg font-semibold">{title}</h2>
      <p className="mb-2 text-sm text-slate-700" data-testid="home-family-count">
        {total > rows.length ? t("shownOf", { shown: rows.length, total }) : t("count", { count: total })}
      </p>
      <FamilyTable rows={rows} caption={title} />
      {total > rows.length && <p className="mt-2"><Link href="/families" className="text-brand-700 underline">{t("seeAll", { count: total })}</Link></p>}
    </section>
  );
}

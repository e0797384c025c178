import Link from "next/link";
import { MyAgenda } from "@/features/meetings/components/my-agenda";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { listSiteChildren } from "@/features/sites/queries";

export default async function SiteHome() {
  const actor = await requireRole("SITE");
  const [t, format, children] = await Promise.all([getTranslations(), getFormatter(), listSiteChildren(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("home.welcome", { name: actor.name })}</h1>
      <MyAgenda actor={actor} />
      <section aria-labelledby="children">
        <h2 id="children" className="mb-2 text-lg font-semibold">{t("home.childrenTitle")}</h2>
        {children.length === 0 ? <p className="text-slate-600">{t("home.noChildren")}</p> : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="site-children">
            {children.map((c) => (
              <li key={c.id} className="p-3">
                <p className="font-medium"><Link href={`/site/children/${c.id}`} className="text-brand-700 underline">{c.name}</Link></p>
                <p className="text-sm text-slate-600">{t("family.parents")}: {c.parents.join(", ")}</p>
                <p className="text-sm text-slate-600">{c.site} · {format.dateTime(new Date(`${c.placedSince}T12:00:00Z`), { dateStyle: "medium" })}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

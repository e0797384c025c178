import type { Metadata } from "next";
import Link from "next/link";
import { Attention } from "@/features/families/components/attention";
import { MyAgenda } from "@/features/meetings/components/my-agenda";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { countFamiliesByPhase, listFamilies } from "@/features/families/queries";
import { FamilyTable } from "@/components/family-table";
import { CASE_STAGES } from "@/domain/method";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("nav.home") };
}

export default async function CoordinatorHome() {
  const actor = await requireRole("COORDINATOR");
  const [t, counts, { rows }] = await Promise.all([getTranslations(), countFamiliesByPhase(actor), listFamilies(actor)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("home.welcome", { name: actor.name })}</h1>
      <p><Link href="/admin/users/handover" className="text-brand-700 underline">{t("userAdmin.handoverLink")}</Link></p>
      <Attention actor={actor} items={["overdue", "week", "assessment", "draft", "startUp"]} />
      <MyAgenda actor={actor} />
      <section aria-labelledby="per-phase">
        <h2 id="per-phase" className="mb-2 text-lg font-semibold">{t("home.perPhase")}</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3" data-testid="phase-counts">
          {CASE_STAGES.map((p) => (
            <div key={p} className="rounded border border-slate-200 bg-white p-3">
              <dt className="text-sm text-slate-600">{t(`phase.${p}`)}</dt>
              <dd className="text-2xl font-semibold"><Link href={`/families?phase=${p}`} className="hover:underline" data-testid={`phase-count-${p}`}>{counts[p]}</Link></dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="programme">
        <h2 id="programme" className="mb-2 text-lg font-semibold">{t("home.programmeTitle")}</h2>
        <FamilyTable rows={rows} caption={t("home.programmeTitle")} />
      </section>
    </div>
  );
}

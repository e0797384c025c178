import type { Metadata } from "next";
import Link from "next/link";
import { Attention } from "@/features/families/components/attention";
import { MyAgenda } from "@/features/meetings/components/my-agenda";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { countFamiliesByPhase } from "@/features/families/queries";
import { HomeCaseload } from "@/features/families/components/home-caseload";
import { CASE_STAGES } from "@/domain/method";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("nav.home") };
}

export default async function CoordinatorHome() {
  const actor = await requireRole("COORDINATOR");
  const [t, counts] = await Promise.all([getTranslations(), countFamiliesByPhase(actor)]);
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
      <HomeCaseload actor={actor} title={t("home.programmeTitle")} id="programme" />
    </div>
  );
}

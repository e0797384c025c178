import type { Metadata } from "next";
import { Attention } from "@/features/families/components/attention";
import { MyAgenda } from "@/features/meetings/components/my-agenda";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { listFamilies } from "@/features/families/queries";
import { recentFallingRatings } from "@/features/follow-ups/queries";
import { familiesRatedAhead } from "@/features/follow-ups/parent-ratings";
import Link from "next/link";
import { FamilyTable } from "@/components/family-table";
import { HomeCaseload } from "@/features/families/components/home-caseload";
import { todayInCopenhagen } from "@/domain/method";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("nav.followUps") };
}

export default async function TherapistHome() {
  const actor = await requireRole("THERAPIST");
  const today = todayInCopenhagen(new Date());
  const [t, due, falling] = await Promise.all([
    getTranslations("home"),
    listFamilies(actor, { due: "soon", today }),
    recentFallingRatings(actor),
  ]);
  const ratedAhead = await familiesRatedAhead(actor, due.rows.map((f) => f.id));
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("welcome", { name: actor.name })}</h1>
      <Attention actor={actor} items={["overdue", "fortnight"]} />
      <MyAgenda actor={actor} />
      <section aria-labelledby="due">
        <h2 id="due" className="mb-2 text-lg font-semibold">{t("followUpsTitle")}</h2>
        {due.rows.length === 0 ? <p className="text-slate-600">{t("noFollowUps")}</p> : <FamilyTable rows={due.rows} caption={t("followUpsTitle")} parentsRated={ratedAhead} />}
      </section>
      <section aria-labelledby="falling">
        <h2 id="falling" className="mb-2 text-lg font-semibold">{t("fallingTitle")}</h2>
        {falling.length === 0 ? <p className="text-slate-600">{t("noFalling")}</p> : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="falling-ratings">
            {falling.map((f) => (
              <li key={`${f.familyId}:${f.goalTitle}`} className="flex flex-wrap justify-between gap-2 p-3 text-sm">
                <Link href={`/families/${f.familyId}`} className="text-brand-700 underline">{f.familyName}</Link>
                <span>{f.goalTitle}</span>
                <span className="font-semibold text-red-700">{t("fallingChange", { previous: f.previous, latest: f.latest })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <HomeCaseload actor={actor} title={t("caseload")} id="caseload" />
    </div>
  );
}

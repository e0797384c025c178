import { Attention } from "@/features/families/components/attention";
import { MyAgenda } from "@/features/meetings/components/my-agenda";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { listFamilies } from "@/features/families/queries";
import { FamilyTable } from "@/components/family-table";
import { addDays, todayInCopenhagen } from "@/domain/method";

export default async function TherapistHome() {
  const actor = await requireRole("THERAPIST");
  const today = todayInCopenhagen(new Date());
  const [t, due, all] = await Promise.all([
    getTranslations("home"),
    listFamilies(actor, { dueBy: addDays(today, 14) }),
    listFamilies(actor),
  ]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("welcome", { name: actor.name })}</h1>
      <Attention actor={actor} items={["overdue", "fortnight"]} />
      <MyAgenda actor={actor} />
      <section aria-labelledby="due">
        <h2 id="due" className="mb-2 text-lg font-semibold">{t("followUpsTitle")}</h2>
        {due.rows.length === 0 ? <p className="text-slate-600">{t("noFollowUps")}</p> : <FamilyTable rows={due.rows} caption={t("followUpsTitle")} today={today} />}
      </section>
      <section aria-labelledby="caseload">
        <h2 id="caseload" className="mb-2 text-lg font-semibold">{t("caseload")}</h2>
        <FamilyTable rows={all.rows} caption={t("caseload")} today={today} />
      </section>
    </div>
  );
}

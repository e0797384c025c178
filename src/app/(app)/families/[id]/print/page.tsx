import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { loadFamilyPage } from "@/features/families/page-data";
import { PrintButton } from "@/components/print-button";

/** The parents' copy of their plan: their goals in their own words, who helps, and when we meet. */
export default async function PrintPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePermission("plan.view");
  const { id } = await params;
  const data = await loadFamilyPage(actor, id);
  if (!data?.agreedPlan) notFound();
  const [t, format] = await Promise.all([getTranslations("printPlan"), getFormatter()]);
  const date = (d: string | null) => (d ? format.dateTime(new Date(`${d}T12:00:00Z`), { dateStyle: "long" }) : "");
  const plan = data.agreedPlan;
  const upcoming = (data.current?.schedule ?? []).filter((s) => s.status !== "done").map((s) => s.dueDate);
  return (
    <article className="mx-auto max-w-2xl space-y-6 bg-white p-8 text-[15px] leading-relaxed print:p-0" data-testid="printable-plan">
      <div className="no-print flex justify-end"><PrintButton label={t("print")} /></div>
      <header>
        <h1 className="text-2xl font-semibold">{t("heading", { family: data.family.displayName })}</h1>
        <p>{t("agreed", { date: date(plan.agreedOn), number: plan.number })}</p>
      </header>
      {plan.parentsAccount && (
        <section>
          <h2 className="text-lg font-semibold">{t("yourWishes")}</h2>
          <p className="italic">“{plan.parentsAccount}”</p>
        </section>
      )}
      <section>
        <h2 className="text-lg font-semibold">{t("yourGoals")}</h2>
        <ol className="list-decimal space-y-4 pl-5">
          {plan.goals.filter((g) => g.status === "ACTIVE").map((g) => (
            <li key={g.id}>
              <p className="font-semibold">{g.title}</p>
              {g.parentsWords && <p>{t("inYourWords")}: “{g.parentsWords}”</p>}
              {g.successCriteria && <p>{t("whenReached")}: {g.successCriteria}</p>}
              {g.supportedBy && <p>{t("whoHelps")}: {g.supportedBy}</p>}
            </li>
          ))}
        </ol>
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t("whoSupports")}</h2>
        <p>{t("caseworker")}: {data.caseworkers.join(", ") || "–"}</p>
        <p>{t("therapist")}: {data.therapists.join(", ") || "–"}</p>
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t("nextMeetings")}</h2>
        {upcoming.length ? <ul className="list-disc pl-5">{upcoming.map((d) => <li key={d}>{date(d)}</li>)}</ul> : <p>{t("noDates")}</p>}
      </section>
    </article>
  );
}

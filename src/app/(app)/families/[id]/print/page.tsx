import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadFamilyPage } from "@/features/families/page-data";
import { PrintButton } from "@/components/print-button";
import { fromToday } from "@/domain/plan";
import { loadPlanContacts } from "@/features/plan/print-data";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (id: string) => {
  const actor = await requirePermission("plan.view");
  const data = await loadFamilyPage(actor, id);
  const contacts = data?.agreedPlan ? await loadPlanContacts(actor, id) : null;
  return { actor, data: data?.agreedPlan && contacts ? data : null, contacts };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations()]);
  const { data } = await load(id);
  return { title: data ? t("printPlan.heading", { family: data.family.displayName }) : t("app.notFoundTitle") };
}

/** The parents' copy of their plan: their goals in their own words, who helps, and when we meet. */
export default async function PrintPlanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data, contacts } = await load(id);
  if (!data?.agreedPlan || !contacts) notFound();
  const [t, tc, tApp, format] = await Promise.all([getTranslations("printPlan"), getTranslations("planProposals.print"), getTranslations("app"), getDateFormat()]);
  const date = (d: string | null) => (d ? format(d, "dayLong") : "");
  const plan = data.agreedPlan;
  // The parents' calendar: what lies ahead, never a date that has passed (held or missed).
  const upcoming = fromToday((data.current?.schedule ?? []).filter((s) => s.status !== "done").map((s) => s.dueDate), data.today, (d) => d);
  const people = (list: { id: string; name: string; email: string }[]) => list.length === 0 ? <p>{tc("noOne")}</p> : (
    <ul>{list.map((p) => <li key={p.id}>{p.name} · {tc("email")}: <a href={`mailto:${p.email}`} className="underline">{p.email}</a></li>)}</ul>
  );
  return (
    <article className="mx-auto max-w-2xl space-y-6 bg-white p-8 text-[15px] leading-relaxed print:p-0" data-testid="printable-plan">
      <div className="no-print flex justify-end"><PrintButton label={t("print")} /></div>
      <header>
        <p className="font-medium" data-testid="print-municipality">{contacts.municipality}</p>
        <h1 className="text-2xl font-semibold">{t("heading", { family: data.family.displayName })}</h1>
        <p className="text-sm">{t("legalBasis")}</p>
        <p>{t("agreed", { date: date(plan.agreedOn), number: plan.number })}</p>
        <p className="text-sm" data-testid="printed-on">{t("printedOn", { date: date(contacts.today) })}</p>
      </header>
      {plan.parentsAccount && (
        <section>
          <h2 className="text-lg font-semibold">{t("yourWishes")}</h2>
          <p className="italic">{tApp("quoted", { text: plan.parentsAccount })}</p>
        </section>
      )}
      <section>
        <h2 className="text-lg font-semibold">{t("yourGoals")}</h2>
        <ol className="list-decimal space-y-4 pl-5">
          {plan.goals.filter((g) => g.status === "ACTIVE").map((g) => (
            <li key={g.id}>
              <p className="font-semibold">{g.title}</p>
              {g.parentsWords && <p>{t("inYourWords")}: {tApp("quoted", { text: g.parentsWords })}</p>}
              {g.successCriteria && <p>{t("whenReached")}: {g.successCriteria}</p>}
              {g.supportedBy && <p>{t("whoHelps")}: {g.supportedBy}</p>}
            </li>
          ))}
        </ol>
      </section>
      <section data-testid="plan-contacts">
        <h2 className="text-lg font-semibold">{tc("contactHeading")}</h2>
        <h3 className="mt-2 font-medium">{t("caseworker")}</h3>
        {people(contacts.caseworkers)}
        <h3 className="mt-2 font-medium">{t("therapist")}</h3>
        {people(contacts.therapists)}
      </section>
      <section>
        <h2 className="text-lg font-semibold">{t("nextMeetings")}</h2>
        {upcoming.length ? <ul className="list-disc pl-5" data-testid="plan-dates">{upcoming.map((d) => <li key={d}>{date(d)}</li>)}</ul> : <p>{t("noDates")}</p>}
      </section>
      <section>
        <h2 className="text-lg font-semibold">{tc("meetingsHeading")}</h2>
        {contacts.meetings.length ? (
          <ul className="list-disc pl-5" data-testid="plan-meetings">
            {contacts.meetings.map((m) => (
              <li key={m.id}>{m.place ? tc("meetingAt", { when: format(m.startsAt, "dayLongTime"), place: m.place }) : format(m.startsAt, "dayLongTime")} – {m.purpose}</li>
            ))}
          </ul>
        ) : <p>{tc("noMeetings")}</p>}
      </section>
    </article>
  );
}

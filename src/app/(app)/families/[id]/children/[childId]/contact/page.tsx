import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { roleMay } from "@/server/authz/policy";
import { loadChildContactPlan } from "@/features/contact/queries";
import { ContactPlanForm } from "@/features/contact/components/contact-plan-form";
import { ContactCounts } from "@/features/contact/components/contact-counts";
import { ClientMessages } from "@/components/client-messages";
import { CONTACT_MESSAGES } from "@/features/contact/client-messages";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (id: string, childId: string) => {
  const actor = await requirePermission("contactPlan.view");
  return { actor, data: await loadChildContactPlan(actor, id, childId) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string; childId: string }> }): Promise<Metadata> {
  const [{ id, childId }, t] = await Promise.all([params, getTranslations()]);
  const { data } = await load(id, childId);
  return { title: data ? t("titles.withFamily", { page: t("contact.heading", { child: data.child.name }), family: data.family.displayName }) : t("app.notFoundTitle") };
}

export default async function ChildContactPage({ params }: { params: Promise<{ id: string; childId: string }> }) {
  const { id, childId } = await params;
  const { actor, data } = await load(id, childId);
  if (!data) notFound();
  const [t, tr, format] = await Promise.all([getTranslations("contact"), getTranslations("contactRolling"), getDateFormat()]);
  const date = (d: string | null) => (d ? format(d) : "–");
  const dateFull = (d: string) => format(d, "weekday");
  const current = data.plan?.versions[0] ?? null;
  const canWrite = roleMay(actor.role, "contactPlan.write") && data.family.stage !== "CLOSED";
  return (
    <div className="space-y-6">
      <p><Link href={`/families/${id}`} className="text-brand-700 underline">← {data.family.displayName}</Link></p>
      <h1 className="text-2xl font-semibold">{t("heading", { child: data.child.name })}</h1>
      <p className="text-sm text-slate-700">{t("legalBasis")}</p>
      {current ? (
        <section className="rounded border border-slate-200 bg-white p-4" data-testid="contact-plan-current">
          <h2 className="font-semibold">{t("currentVersion", { number: current.number })}</h2>
          <p>{t(`frequencies.${current.frequency}`)} · {t("minutes", { minutes: current.durationMinutes })} · {t(`modes.${current.mode}`)} · {current.place}</p>
          <p>{current.supervised ? t("supervisedByName", { name: current.supervisedBy ?? "–" }) : t("unsupervised")} · {t("validity", { from: date(current.validFrom), to: current.validTo ? date(current.validTo) : "open" })}</p>
          {current.notes && <p className="text-sm text-slate-700">{current.notes}</p>}
        </section>
      ) : <p className="text-slate-600">{t("none")}</p>}
      {current && (
        <section className="rounded border border-slate-200 bg-white p-4" aria-labelledby="next-sessions">
          <h2 id="next-sessions" className="mb-2 font-semibold">{tr("nextHeading")}</h2>
          {data.next.length === 0 ? <p className="text-slate-600">{tr("nextEmpty")}</p> : (
            <ol className="text-sm" data-testid="contact-next-sessions">{data.next.map((s) => <li key={s.id}>{dateFull(s.date)}</li>)}</ol>
          )}
          {data.plan?.sessionsUntil && <p className="mt-2 text-sm text-slate-600">{tr("plannedThrough", { date: date(data.plan.sessionsUntil) })}</p>}
        </section>
      )}
      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("last3Months")}</h2>
        <ContactCounts counts={data.counts} />
      </section>
      {canWrite && (
        <section className="rounded border border-slate-200 bg-white p-4">
          <h2 className="mb-2 font-semibold">{current ? t("changePlan") : t("newPlan")}</h2>
          <ClientMessages namespaces={CONTACT_MESSAGES}><ContactPlanForm familyId={id} childId={childId} basedOnNumber={current?.number ?? 0} today={data.today} defaults={current} /></ClientMessages>
        </section>
      )}
      {data.comments.length > 0 && (
        <section className="rounded border border-slate-200 bg-white p-4" data-testid="contact-comments">
          <h2 className="mb-2 font-semibold">{t("comments")}</h2>
          <ul className="space-y-2 text-sm">{data.comments.map((c) => <li key={c.id}><span className="font-medium">{c.author}</span> ({format(c.createdAt)}): {c.body}</li>)}</ul>
        </section>
      )}
      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("sessions")}</h2>
        <ul className="text-sm" data-testid="contact-sessions">
          {data.sessions.filter((s) => s.date >= data.today || s.status !== "PLANNED").slice(0, 30).map((s) => (
            <li key={s.id}>{date(s.date)}: {t(`statuses.${s.status}`)}{s.observation && ` – ${s.observation}`}</li>
          ))}
        </ul>
      </section>
      {data.plan && data.plan.versions.length > 1 && (
        <details className="text-sm">
          <summary className="cursor-pointer">{t("history")}</summary>
          <ul className="mt-2 space-y-1">{data.plan.versions.slice(1).map((v) => <li key={v.id}>{t("versionLine", { number: v.number, frequency: t(`frequencies.${v.frequency}`), from: date(v.validFrom), to: v.validTo ? date(v.validTo) : "open", place: v.place })}</li>)}</ul>
        </details>
      )}
    </div>
  );
}

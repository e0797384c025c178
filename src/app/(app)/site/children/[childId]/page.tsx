import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadSiteChild } from "@/features/contact/queries";
import { SessionForm } from "@/features/contact/components/session-form";
import { ClientMessages } from "@/components/client-messages";
import { CONTACT_MESSAGES } from "@/features/contact/client-messages";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (childId: string) => {
  const actor = await requirePermission("contactSession.record");
  return { actor, data: await loadSiteChild(actor, childId) };
});

export async function generateMetadata({ params }: { params: Promise<{ childId: string }> }): Promise<Metadata> {
  const [{ childId }, t] = await Promise.all([params, getTranslations()]);
  const { data } = await load(childId);
  return { title: data ? data.child.name : t("app.notFoundTitle") };
}

export default async function SiteChildPage({ params }: { params: Promise<{ childId: string }> }) {
  const { childId } = await params;
  const { data } = await load(childId);
  if (!data) notFound();
  const [t, format] = await Promise.all([getTranslations("contact"), getDateFormat()]);
  const date = (d: string | null) => (d ? format(d, "weekday") : "–");
  const v = data.version;
  return (
    <div className="space-y-6">
      <p><Link href="/site" className="text-brand-700 underline">← {t("backToChildren")}</Link></p>
      <h1 className="text-2xl font-semibold">{data.child.name}</h1>
      <p>{t("parents")}: {data.child.parents.join(", ")}</p>
      {v ? (
        <section className="rounded border border-slate-200 bg-white p-4" data-testid="site-contact-plan">
          <h2 className="font-semibold">{t("planHeading")}</h2>
          <p>{t(`frequencies.${v.frequency}`)} · {t("minutes", { minutes: v.durationMinutes })} · {t(`modes.${v.mode}`)} · {v.place}</p>
          <p>{v.supervised ? t("supervisedByName", { name: v.supervisedBy ?? "–" }) : t("unsupervised")}</p>
        </section>
      ) : <p className="text-slate-600">{t("none")}</p>}
      <section className="space-y-3" aria-labelledby="to-record">
        <h2 id="to-record" className="font-semibold">{t("toRecord")}</h2>
        {data.toRecord.length === 0 ? <p className="text-slate-600">{t("nothingToRecord")}</p> : data.toRecord.map((s) => (
          <div key={s.id} className="rounded border border-slate-200 bg-white p-3">
            <p className="mb-2 font-medium">{date(s.date)}</p>
            <ClientMessages namespaces={CONTACT_MESSAGES}><SessionForm childId={data.child.id} session={s} /></ClientMessages>
          </div>
        ))}
      </section>
      <section aria-labelledby="coming">
        <h2 id="coming" className="font-semibold">{t("coming")}</h2>
        <ul className="text-sm" data-testid="coming-sessions">{data.coming.map((s) => <li key={s.id}>{date(s.date)}</li>)}</ul>
      </section>
      <section aria-labelledby="recorded">
        <h2 id="recorded" className="font-semibold">{t("recorded")}</h2>
        <ul className="text-sm" data-testid="recorded-sessions">{data.recorded.map((s) => <li key={s.id}>{date(s.date)}: {t(`statuses.${s.status}`)}{s.observation && ` – ${s.observation}`}</li>)}</ul>
      </section>
    </div>
  );
}

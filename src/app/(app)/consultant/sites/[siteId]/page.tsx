import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { loadConsultantSite } from "@/features/contact/queries";
import { ContactCounts } from "@/features/contact/components/contact-counts";
import { CommentForm } from "@/features/contact/components/comment-form";
import { loadSiteMatchProfile } from "@/features/matching/site-profile";
import { SiteMatchProfileForm } from "@/features/matching/components/site-profile-form";
import { ClientMessages } from "@/components/client-messages";
import { CONTACT_MESSAGES } from "@/features/contact/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (siteId: string) => {
  const actor = await requirePermission("contactPlan.comment");
  const [data, matchProfile] = await Promise.all([loadConsultantSite(actor, siteId), loadSiteMatchProfile(actor, siteId)]);
  return { actor, data, matchProfile };
});

export async function generateMetadata({ params }: { params: Promise<{ siteId: string }> }): Promise<Metadata> {
  const [{ siteId }, t] = await Promise.all([params, getTranslations()]);
  const { data } = await load(siteId);
  return { title: data ? data.site.name : t("app.notFoundTitle") };
}

export default async function ConsultantSitePage({ params }: { params: Promise<{ siteId: string }> }) {
  const { siteId } = await params;
  const { data, matchProfile } = await load(siteId);
  if (!data) notFound();
  const [t, tm] = await Promise.all([getTranslations("contact"), getTranslations("matchingCandidates")]);
  return (
    <div className="space-y-6">
      <p><Link href="/consultant" className="text-brand-700 underline">← {t("backToSites")}</Link></p>
      <h1 className="text-2xl font-semibold">{data.site.name}</h1>
      {matchProfile && (
        <section aria-labelledby="match-profile" className="space-y-2 rounded border border-slate-200 bg-white p-4">
          <h2 id="match-profile" className="text-lg font-semibold">{tm("siteProfile")}</h2>
          <p className="text-sm text-slate-700">{tm("siteProfileIntro")} {tm("places", { approved: matchProfile.approvedPlaces ?? 0, free: matchProfile.free })}</p>
          <ClientMessages namespaces={MATCHING_MESSAGES}><SiteMatchProfileForm siteId={matchProfile.siteId} profile={matchProfile.profile} /></ClientMessages>
        </section>
      )}
      {data.children.length === 0 && <p className="text-slate-600">{t("noChildrenAtSite")}</p>}
      {data.children.map((c) => (
        <section key={c.id} className="space-y-3 rounded border border-slate-200 bg-white p-4" data-testid="consultant-child">
          <h2 className="font-semibold"><Link href={`/families/${c.family.id}/children/${c.id}/contact`} className="underline">{c.name}</Link> <span className="font-normal text-slate-600">({c.family.displayName})</span></h2>
          {c.version ? <p className="text-sm">{t(`frequencies.${c.version.frequency}`)} · {t("minutes", { minutes: c.version.durationMinutes })} · {c.version.place}</p> : <p className="text-sm text-slate-600">{t("none")}</p>}
          <h3 className="text-sm font-medium">{t("last3Months")}</h3>
          <ContactCounts counts={c.counts} />
          {c.contactPlanId && <ClientMessages namespaces={CONTACT_MESSAGES}><CommentForm siteId={data.site.id} contactPlanId={c.contactPlanId} /></ClientMessages>}
        </section>
      ))}
    </div>
  );
}

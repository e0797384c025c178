import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { loadFamilyPage } from "@/features/families/page-data";
import { PlanEditor } from "@/features/plan/components/plan-editor";
import { AgreeForm } from "@/features/plan/components/agree-form";
import { DiscardDraftForm } from "@/features/plan/components/proposal-forms";
import { PlanProposalsSection } from "@/features/plan/components/proposals-section";
import { SuccessNotice } from "@/components/success-notice";
import { ClientMessages } from "@/components/client-messages";
import { PLAN_MESSAGES } from "@/features/plan/client-messages";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (id: string) => {
  const actor = await requirePermission("plan.write");
  const data = await loadFamilyPage(actor, id);
  return { actor, data: data && data.family.stage !== "CLOSED" ? data : null };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations()]);
  const { data } = await load(id);
  return { title: data ? t("titles.withFamily", { page: t("planEditor.heading"), family: data.family.displayName }) : t("app.notFoundTitle") };
}

export default async function PlanPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string; discarded?: string; proposal?: string | string[] }> }) {
  const [{ id }, { saved, discarded, proposal }] = await Promise.all([params, searchParams]);
  const { actor, data } = await load(id);
  if (!data) notFound();
  const [t, tp] = await Promise.all([getTranslations("planEditor"), getTranslations("planProposals")]);
  const base = data.draftPlan ?? data.agreedPlan;
  return (
    <div className="space-y-6">
      <p><Link href={`/families/${id}`} className="text-brand-700 underline">← {data.family.displayName}</Link></p>
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="text-sm text-slate-700">{t("legalBasis")}</p>
      <p className="text-sm text-slate-700">{data.draftPlan ? t("editingDraft", { number: data.draftPlan.number }) : data.agreedPlan ? t("newVersion", { number: data.agreedPlan.number + 1 }) : t("firstVersion")}</p>
      {saved && <SuccessNotice>{t("saved")}</SuccessNotice>}
      {discarded && <SuccessNotice>{tp("discarded")}</SuccessNotice>}
      <PlanProposalsSection actor={actor} familyId={id} notice={proposal} from="plan" />
      <ClientMessages namespaces={PLAN_MESSAGES} key={`${base?.id ?? "new"}-${base?.version ?? 0}`}><PlanEditor
        key={`${base?.id ?? "new"}-${base?.version ?? 0}`}
        familyId={id}
        basedOnVersionId={(data.draftPlan ?? data.agreedPlan ?? null)?.id ?? null}
        basedOnRowVersion={(data.draftPlan ?? data.agreedPlan ?? null)?.version ?? 0}
        parentsAccount={base?.parentsAccount ?? ""}
        goals={(base?.goals ?? []).map((g) => ({ ...g, dropReason: g.dropReason ?? "" }))}
        maxGoals={data.config.maxActiveGoals}
      /></ClientMessages>
      {data.draftPlan && (
        <section aria-labelledby="agree-heading" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="agree-heading" className="mb-2 text-lg font-semibold">{t("agreeHeading")}</h2>
          <ClientMessages namespaces={PLAN_MESSAGES}><AgreeForm familyId={id} planVersionId={data.draftPlan.id} rowVersion={data.draftPlan.version} today={data.today} /></ClientMessages>
        </section>
      )}
      {data.draftPlan && (
        <section aria-labelledby="discard-heading" className="rounded border border-slate-200 bg-white p-4">
          <h2 id="discard-heading" className="mb-2 text-lg font-semibold">{tp("discardHeading")}</h2>
          <ClientMessages namespaces={PLAN_MESSAGES}><DiscardDraftForm familyId={id} planVersionId={data.draftPlan.id} rowVersion={data.draftPlan.version} number={data.draftPlan.number} /></ClientMessages>
        </section>
      )}
    </div>
  );
}

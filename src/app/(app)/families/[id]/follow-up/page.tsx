import type { Metadata } from "next";
import { cache } from "react";
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { loadFollowUpForm } from "@/features/follow-ups/queries";
import { FollowUpForm } from "@/features/follow-ups/components/follow-up-form";
import { ClientMessages } from "@/components/client-messages";
import { FOLLOW_UPS_MESSAGES } from "@/features/follow-ups/client-messages";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (id: string) => {
  const actor = await requirePermission("followUp.write");
  return { actor, data: await loadFollowUpForm(actor, id) };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations()]);
  const { data } = await load(id);
  return { title: data ? t("followUpForm.heading", { family: data.displayName }) : t("app.notFoundTitle") };
}

export default async function FollowUpPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data } = await load(id);
  if (!data) notFound();
  const t = await getTranslations("followUpForm");
  return (
    <div className="space-y-6">
      <p><Link href={`/families/${id}`} className="text-brand-700 underline">← {data.displayName}</Link></p>
      <h1 className="text-2xl font-semibold">{t("heading", { family: data.displayName })}</h1>
      {data.phase ? (
        <ClientMessages namespaces={FOLLOW_UPS_MESSAGES}><FollowUpForm familyId={id} requestId={randomUUID()} phase={{ id: data.phase.id, version: data.phase.version, startDate: data.phase.startDate }} today={data.today} goals={data.goals} /></ClientMessages>
      ) : (
        <p role="note" className="rounded bg-amber-50 p-3">{t("noActivePhase")}</p>
      )}
    </div>
  );
}

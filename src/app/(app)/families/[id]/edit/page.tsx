import type { Metadata } from "next";
import { cache } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { loadFamilyPage } from "@/features/families/page-data";
import { ChildEditForm, FamilyEditForm, ParentEditForm } from "@/features/families/components/edit-forms";
import { ClientMessages } from "@/components/client-messages";
import { FAMILIES_MESSAGES } from "@/features/families/client-messages";

// One scoped, audited read per request, shared by the title and the page.
const load = cache(async (id: string) => {
  const actor = await requirePermission("family.edit");
  const data = await loadFamilyPage(actor, id);
  return { actor, data: data && data.family.stage !== "CLOSED" ? data : null };
});

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, t] = await Promise.all([params, getTranslations()]);
  const { data } = await load(id);
  return { title: data ? t("titles.withFamily", { page: t("edit.heading"), family: data.family.displayName }) : t("app.notFoundTitle") };
}

export default async function EditFamilyPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { actor, data } = await load(id);
  if (!data) notFound();
  const t = await getTranslations();
  return (
    <div className="space-y-6">
      <p><Link href={`/families/${id}`} className="text-brand-700 underline">← {data.family.displayName}</Link></p>
      <h1 className="text-2xl font-semibold">{t("edit.heading")}</h1>
      <section className="rounded border border-slate-200 bg-white p-4"><h2 className="mb-2 font-semibold">{t("enrol.case")}</h2><ClientMessages namespaces={FAMILIES_MESSAGES}><FamilyEditForm family={data.family} /></ClientMessages></section>
      {data.parents.map((p) => (
        <section key={p.id} className="rounded border border-slate-200 bg-white p-4"><h2 className="mb-2 font-semibold">{p.name}</h2><ClientMessages namespaces={FAMILIES_MESSAGES}><ParentEditForm familyId={id} parent={p} /></ClientMessages></section>
      ))}
      {data.children.map((c) => (
        <section key={c.id} className="rounded border border-slate-200 bg-white p-4"><h2 className="mb-2 font-semibold">{c.name}</h2><ClientMessages namespaces={FAMILIES_MESSAGES}><ChildEditForm familyId={id} child={c} /></ClientMessages></section>
      ))}
    </div>
  );
}

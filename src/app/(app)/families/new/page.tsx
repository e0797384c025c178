import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { enrolOptions } from "@/features/families/options";
import { EnrolForm } from "@/features/families/components/enrol-form";
import { todayInCopenhagen } from "@/domain/method";
import { ClientMessages } from "@/components/client-messages";
import { FAMILIES_MESSAGES } from "@/features/families/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("enrol.heading") };
}

export default async function EnrolPage() {
  const actor = await requirePermission("family.enrol");
  const [t, options] = await Promise.all([getTranslations("enrol"), enrolOptions(actor)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <ClientMessages namespaces={FAMILIES_MESSAGES}><EnrolForm today={todayInCopenhagen(new Date())} therapists={options.therapists} sites={options.sites} /></ClientMessages>
    </div>
  );
}

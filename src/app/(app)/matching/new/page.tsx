import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { todayInCopenhagen } from "@/domain/method";
import { requirePermission } from "@/server/auth/session";
import { openCaseOptions } from "@/features/matching/case-queries";
import { OpenCaseForm } from "@/features/matching/components/case-forms";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("matchingCase");
  return { title: t("openTitle") };
}

export default async function NewMatchingCasePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("matching.open");
  const childId = (await searchParams).childId;
  const [t, options] = await Promise.all([getTranslations("matchingCase"), openCaseOptions(actor)]);
  const chosen = typeof childId === "string" && options.children.some((c) => c.value === childId) ? childId : undefined;
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/matching" className="text-brand-700 underline">← {t("listTitle")}</Link>
      <h1 className="text-2xl font-semibold">{t("openTitle")}</h1>
      <p className="text-slate-700">{t("openIntro")}</p>
      {options.children.length === 0
        ? <p className="rounded border border-slate-200 bg-slate-50 p-3">{t("noChildren")}</p>
        : <ClientMessages namespaces={MATCHING_MESSAGES}><OpenCaseForm childOptions={options.children} consultants={options.consultants} childId={chosen} today={todayInCopenhagen(new Date())} /></ClientMessages>}
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/server/auth/session";
import { PortalOverview } from "@/features/portal/components/overview";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("overview.title") };
}

export default async function PortalHome({ searchParams }: { searchParams: Promise<{ rated?: string }> }) {
  const [actor, { rated }] = await Promise.all([requirePermission("portal.view"), searchParams]);
  const view = await PortalOverview({ actor, rated: rated === "1" });
  if (!view) notFound();
  return view;
}

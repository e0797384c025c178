import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { getCurrentActor } from "@/server/auth/session";
import { ROLE_HOME } from "@/features/navigation/nav";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("app.name") };
}

export default async function Root() {
  const actor = await getCurrentActor();
  redirect(actor ? ROLE_HOME[actor.role] : "/login");
}

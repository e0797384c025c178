import type { Metadata } from "next";
import { Attention } from "@/features/families/components/attention";
import { MyAgenda } from "@/features/meetings/components/my-agenda";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/server/auth/session";
import { HomeCaseload } from "@/features/families/components/home-caseload";
import { MatchingCasesPanel } from "@/features/matching/components/matching-cases-panel";
import { FirstYearPanel } from "@/features/matching/components/first-year-panel";
import { FileRequestsPanel } from "@/features/parent-access/components/file-requests-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("nav.home") };
}

export default async function CaseworkerHome() {
  const actor = await requireRole("CASEWORKER");
  const t = await getTranslations("home");
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("welcome", { name: actor.name })}</h1>
      <Attention actor={actor} items={["overdue", "week", "assessment", "draft", "startUp"]} />
      <FileRequestsPanel actor={actor} />
      <MyAgenda actor={actor} />
      <MatchingCasesPanel actor={actor} />
      <FirstYearPanel actor={actor} />
      <HomeCaseload actor={actor} title={t("caseload")} id="caseload" />
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { loadSettingsPage } from "@/features/settings/queries";
import { SettingsForm } from "@/features/settings/components/settings-form";
import { ClientMessages } from "@/components/client-messages";
import { SETTINGS_MESSAGES } from "@/features/settings/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("settings.title") };
}

/** The administrator's own municipality's settings, with the method's fixed rules beside them. */
export default async function SettingsPage() {
  const actor = await requirePermission("admin.settings");
  const [t, data] = await Promise.all([getTranslations(), loadSettingsPage(actor)]);
  if (!data) notFound();
  const { fixed } = data;
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("settings.title")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("settings.intro", { municipality: data.municipality.name })}</p>
      </div>
      <ClientMessages namespaces={SETTINGS_MESSAGES}><SettingsForm data={{ values: data.values, limits: data.limits, municipality: data.municipality }} /></ClientMessages>
      <section aria-labelledby="fixed-rules" className="space-y-2 rounded border border-slate-200 bg-slate-50 p-4" data-testid="fixed-rules">
        <h2 id="fixed-rules" className="text-lg font-semibold">{t("settings.fixedTitle")}</h2>
        <p className="text-sm text-slate-600">{t("settings.fixedIntro")}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("settings.fixedChange", fixed.changeWeeks)}</li>
          <li>{t("settings.fixedMaintenance", fixed.maintenanceWeeks)}</li>
          <li>{t("settings.fixedChangeInterval", { days: fixed.changeFollowUpIntervalDays })}</li>
          <li>{t("settings.fixedGoals", fixed.activeGoals)}</li>
        </ul>
      </section>
    </div>
  );
}

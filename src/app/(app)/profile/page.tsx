import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/server/auth/session";
import { listOwnSessions } from "@/features/sessions/queries";
import { SessionList } from "@/features/sessions/components/session-list";
import { EndOtherSessionsButton } from "@/features/sessions/components/end-other-sessions-button";
import { ChangePasswordForm } from "@/features/accounts/change-password-form";
import { ClientMessages } from "@/components/client-messages";
import { ACCOUNTS_MESSAGES } from "@/features/accounts/client-messages";
import { SESSIONS_MESSAGES } from "@/features/sessions/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("profile.heading") };
}

/** The signed-in user's own account: who the system thinks you are, and where you are logged in. Also the benchmark's floor page. */
export default async function ProfilePage() {
  const actor = await requireActor();
  const [t, sessions] = await Promise.all([getTranslations(), listOwnSessions(actor)]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("profile.heading")}</h1>
      <dl className="grid max-w-md grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded border border-slate-200 bg-white p-4">
        <dt className="text-slate-600">{t("profile.name")}</dt><dd data-testid="profile-name">{actor.name}</dd>
        <dt className="text-slate-600">{t("profile.email")}</dt><dd>{actor.email}</dd>
        <dt className="text-slate-600">{t("profile.role")}</dt><dd>{t(`roles.${actor.role}`)}</dd>
      </dl>
      <section aria-labelledby="change-password-heading" className="space-y-3">
        <h2 id="change-password-heading" className="text-lg font-semibold">{t("credentials.change.title")}</h2>
        <p className="max-w-md text-sm text-slate-700">{t("credentials.change.intro")}</p>
        <ClientMessages namespaces={ACCOUNTS_MESSAGES}><ChangePasswordForm /></ClientMessages>
      </section>
      <section aria-labelledby="sessions" className="space-y-3">
        <h2 id="sessions" className="text-lg font-semibold">{t("sessions.title")}</h2>
        <SessionList sessions={sessions} />
        <ClientMessages namespaces={SESSIONS_MESSAGES}><EndOtherSessionsButton /></ClientMessages>
      </section>
    </div>
  );
}

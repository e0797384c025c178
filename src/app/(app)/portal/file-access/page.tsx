import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/server/auth/session";
import { getDateFormat } from "@/i18n/server-dates";
import { SuccessNotice } from "@/components/success-notice";
import { loadOwnFileRequests } from "@/features/portal/file-queries";
import { FileRequestForm } from "@/features/portal/components/file-request-form";
import { ClientMessages } from "@/components/client-messages";
import { PORTAL_MESSAGES } from "@/features/portal/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("file.title") };
}

export default async function PortalFileAccess({ searchParams }: { searchParams: Promise<{ requested?: string }> }) {
  const [actor, { requested }] = await Promise.all([requirePermission("portal.view"), searchParams]);
  const requests = await loadOwnFileRequests(actor);
  if (!requests) notFound();
  const [t, format] = await Promise.all([getTranslations("portal"), getDateFormat()]);
  const open = requests.some((r) => !r.answeredOn);
  return (
    <div className="space-y-6 text-base">
      <h1 className="text-2xl font-semibold">{t("file.heading")}</h1>
      <p>{t("file.intro")}</p>
      {requested && <SuccessNotice>{t("file.saved")}</SuccessNotice>}
      {requests.length > 0 && (
        <ul className="space-y-2" data-testid="file-requests">
          {requests.map((r) => (
            <li key={r.id} className="rounded border border-slate-200 bg-white p-3">
              {t("file.requestedOn", { date: format(r.requestedOn, "dayLong") })}{" "}
              {r.answeredOn ? t("file.answeredOn", { date: format(r.answeredOn, "dayLong") }) : t("file.dueOn", { date: format(r.dueOn, "dayLong") })}
            </li>
          ))}
        </ul>
      )}
      {!open && <ClientMessages namespaces={PORTAL_MESSAGES}><FileRequestForm /></ClientMessages>}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { listOwnSessions } from "../queries";
import { TableRegion } from "@/components/table-region";

export async function SessionList({ sessions }: { sessions: Awaited<ReturnType<typeof listOwnSessions>> }) {
  const [t, format] = await Promise.all([getTranslations("sessions"), getDateFormat()]);
  const when = (d: Date) => format(d, "dayTime");
  return (
    <TableRegion label={t("title")}>
      <table className="w-full border-collapse text-sm" data-testid="session-table">
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-4">{t("started")}</th>
            <th scope="col" className="py-2 pr-4">{t("lastSeen")}</th>
            <th scope="col" className="py-2 pr-4">{t("address")}</th>
            <th scope="col" className="py-2">{t("browser")}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((s, i) => (
            <tr key={`${s.createdAt.toISOString()}-${i}`} className="border-b border-slate-200" data-current={s.current || undefined}>
              <td className="py-2 pr-4">
                {when(s.createdAt)}
                {s.current && <strong className="ml-2 rounded bg-green-100 px-1.5 py-0.5 text-xs text-green-900">{t("thisSession")}</strong>}
              </td>
              <td className="py-2 pr-4">{when(s.lastSeenAt)}</td>
              <td className="py-2 pr-4">{s.ip ?? t("unknown")}</td>
              <td className="py-2 break-all text-slate-600">{s.userAgent ?? t("unknown")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

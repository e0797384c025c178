import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { listAuditEvents } from "@/features/audit/queries";
import { TableRegion } from "@/components/table-region";

const ACTIONS = ["VIEW", "CREATE", "UPDATE", "DELETE", "EXPORT", "LOGIN", "LOGIN_FAILED", "LOGOUT", "ACCESS_DENIED"] as const;
// `before` is an audit row id, a PostgreSQL bigint: a larger number is not a page of this log.
const MAX_ID = 9223372036854775807n;
const query = z.object({
  action: z.enum(ACTIONS).optional(),
  familyId: z.string().max(64).optional(),
  // One refinement, not regex + refine: zod runs a refinement even after a failed regex.
  before: z.string().refine((v) => /^\d{1,19}$/.test(v) && BigInt(v) <= MAX_ID).optional(),
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return { title: t("audit.heading") };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("audit.view");
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined]));
  const parsed = query.safeParse(raw);
  // A filter the form cannot produce is a page that does not exist, not an error.
  if (!parsed.success) notFound();
  const filter = parsed.data;
  const [t, codes, format, events] = await Promise.all([getTranslations("audit"), getTranslations("auditCodes"), getDateFormat(), listAuditEvents(actor, { ...filter, before: filter.before ? BigInt(filter.before) : undefined })]);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="action" className="block text-sm font-medium">{t("action")}</label>
          <select id="action" name="action" defaultValue={filter.action ?? ""} className="mt-1 rounded border border-slate-300 px-3 py-1.5">
            <option value="">{t("all")}</option>
            {ACTIONS.map((a) => <option key={a} value={a}>{codes(`actions.${a}`)}</option>)}
          </select>
        </div>
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-sm text-brand-700">{t("show")}</button>
      </form>
      <TableRegion label={t("heading")}>
        <table className="w-full border-collapse text-sm" data-testid="audit-table">
          <thead><tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-1 pr-3">{t("when")}</th><th scope="col" className="py-1 pr-3">{t("who")}</th><th scope="col" className="py-1 pr-3">{t("action")}</th>
            <th scope="col" className="py-1 pr-3">{t("record")}</th><th scope="col" className="py-1 pr-3">{t("outcome")}</th><th scope="col" className="py-1">{t("address")}</th>
          </tr></thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id} className="border-b border-slate-200">
                <td className="py-1 pr-3">{format(e.at, "stamp")}</td>
                <td className="py-1 pr-3">{e.actorEmail ?? "–"}</td>
                <td className="py-1 pr-3">{codes(`actions.${e.action}`)}</td>
                <td className="py-1 pr-3">{codes.has(`records.${e.recordType}`) ? codes(`records.${e.recordType}`) : codes("command", { name: e.recordType })}{e.recordId && <span className="text-slate-600"> {e.recordId.slice(0, 12)}</span>}</td>
                <td className="py-1 pr-3">{codes(`outcomes.${e.outcome}`)}</td>
                <td className="py-1">{e.ip ?? "–"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {events.length === 100 && <Link href={{ query: { ...raw, before: events.at(-1)!.id } }} className="underline">{t("older")}</Link>}
    </div>
  );
}

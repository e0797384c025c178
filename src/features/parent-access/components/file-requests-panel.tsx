import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { openFileRequests } from "../queries";

/** The caseworker's home: the parents' unanswered requests for access to their file, the nearest deadline first. */
export async function FileRequestsPanel({ actor }: { actor: Actor }) {
  const rows = await openFileRequests(await getDb(), actor);
  if (rows.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations("parentAccess.files"), getDateFormat()]);
  return (
    <section aria-labelledby="file-requests-heading" data-testid="file-requests-panel">
      <h2 id="file-requests-heading" className="mb-2 text-lg font-semibold">{t("homeTitle")}</h2>
      <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap justify-between gap-2 p-3">
            <Link href={`/families/${r.familyId}#parent-access-heading`} className="text-brand-700 underline">{t("homeRow", { name: r.parentName, family: r.familyName, requested: format(r.requestedOn) })}</Link>
            <strong className={r.overdue ? "text-red-800" : undefined}>{t(r.overdue ? "overdue" : "due", { date: format(r.dueOn) })}</strong>
          </li>
        ))}
      </ul>
    </section>
  );
}

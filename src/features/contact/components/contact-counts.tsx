import { getTranslations } from "next-intl/server";

export async function ContactCounts({ counts }: { counts: Record<string, number> }) {
  const t = await getTranslations("contact.counts");
  const keys = ["held", "cancelledByParent", "cancelledBySite", "cancelledByChild", "notRecorded"] as const;
  return (
    <dl className="grid grid-cols-2 gap-2 sm:grid-cols-5" data-testid="session-counts">
      {keys.map((k) => (
        <div key={k} className="rounded bg-slate-50 p-2">
          <dt className="text-xs text-slate-600">{t(k)}</dt>
          <dd className="text-xl font-semibold" data-testid={`count-${k}`}>{counts[k] ?? 0}</dd>
        </div>
      ))}
    </dl>
  );
}

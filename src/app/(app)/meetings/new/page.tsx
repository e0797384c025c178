import type { Metadata } from "next";
import Link from "next/link";
import { z } from "zod";
import { getTranslations } from "next-intl/server";
import { requirePermission } from "@/server/auth/session";
import { familiesToMeetAbout } from "@/features/meetings/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meetingChanges.title");
  return { title: t("pick") };
}

const querySchema = z.object({ q: z.string().trim().max(100).optional().catch(undefined) });

/** Calling a meeting from the meetings list: pick a family within reach, then the family's call form. */
export default async function PickFamilyForMeetingPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission("meeting.call");
  const raw = await searchParams;
  const { q } = querySchema.parse({ q: Array.isArray(raw.q) ? raw.q[0] : raw.q || undefined });
  const [t, found] = await Promise.all([getTranslations("meetingChanges.pick"), familiesToMeetAbout(actor, q)]);
  const families = found?.families ?? [];
  const total = found?.total ?? 0;
  return (
    <div className="space-y-4">
      <p><Link href="/meetings" className="text-brand-700 underline">{t("back")}</Link></p>
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="text-sm text-slate-700">{t("intro")}</p>
      <form method="get" role="search" className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-3">
        <div className="w-full sm:w-auto">
          <label htmlFor="q" className="block text-sm font-medium">{t("search")}</label>
          <input id="q" name="q" defaultValue={q ?? ""} className="mt-1 w-full rounded border border-slate-300 px-3 py-1.5" />
        </div>
        <button type="submit" className="rounded border border-brand-700 px-3 py-1.5 text-sm font-medium text-brand-700">{t("apply")}</button>
      </form>
      {families.length === 0 ? <p className="text-slate-600">{t("none")}</p> : (
        <ul className="divide-y divide-slate-200 rounded border border-slate-200 bg-white" data-testid="meeting-families">
          {families.map((f) => (
            <li key={f.id} className="p-3">
              <Link href={`/families/${f.id}/meetings/new`} className="text-brand-700 underline">{t("choose", { family: f.displayName })}</Link>
            </li>
          ))}
        </ul>
      )}
      {total > families.length && <p className="text-sm text-slate-600">{t("shown", { shown: families.length, total })}</p>}
    </div>
  );
}

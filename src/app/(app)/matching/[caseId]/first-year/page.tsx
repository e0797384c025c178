import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { requirePermission } from "@/server/auth/session";
import { loadFirstYearPage } from "@/features/matching/first-year";
import { MatchingCaseHeader } from "@/features/matching/components/case-header";
import { FirstYearEventForm } from "@/features/matching/components/first-year-form";
import { MATCHING_TABS } from "@/features/matching/tabs";
import { TableRegion } from "@/components/table-region";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

type Props = { params: Promise<{ caseId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const actor = await requirePermission("matching.view");
  const [t, p] = await Promise.all([getTranslations(), loadFirstYearPage(actor, (await params).caseId)]);
  return { title: p ? t("matchingFirstYear.title", { child: p.c.child.name }) : t("app.notFoundTitle") };
}

export default async function FirstYearPage({ params }: Props) {
  const actor = await requirePermission("matching.view");
  const [t, tAll, format, p] = await Promise.all([getTranslations("matchingFirstYear"), getTranslations(), getDateFormat(), loadFirstYearPage(actor, (await params).caseId)]);
  if (!p) notFound();
  const { c } = p;
  return (
    <div className="max-w-4xl space-y-6">
      <Link href="/matching" className="text-brand-700 underline">← {tAll("matchingCase.listTitle")}</Link>
      <h1 className="text-2xl font-semibold break-words">{t("title", { child: c.child.name })}</h1>
      <MatchingCaseHeader c={c} current="firstYear" tabs={MATCHING_TABS} />
      <p className="text-slate-700">{t("intro")}</p>
      {!p.moveDate ? <p className="rounded border border-slate-200 bg-slate-50 p-3">{t("notMoved")}</p> : (
        <>
          <p className="font-medium">{t("movedOn", { date: format(p.moveDate) })}</p>
          <TableRegion label={t("title", { child: c.child.name })}>
            <table className="w-full border-collapse text-sm" data-testid="first-year-agenda">
              <thead><tr className="border-b border-slate-300 text-left">
                <th scope="col" className="py-2 pr-3">{t("item")}</th><th scope="col" className="py-2 pr-3">{t("due")}</th><th scope="col" className="py-2">{t("status")}</th>
              </tr></thead>
              <tbody>
                {p.items.map((i) => (
                  <tr key={`${i.kind}-${i.months}`} className="border-b border-slate-200">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">{i.kind === "EXPECTATION_TALK" ? t("talk", { months: i.months }) : t("visit", { from: format(i.from), due: format(i.due) })}</th>
                    <td className="py-2 pr-3">{format(i.due)}</td>
                    <td className={`py-2 ${i.status === "OVERDUE" ? "font-semibold text-red-800" : ""}`}>{t(`statuses.${i.status}`, { date: i.heldOn ? format(i.heldOn) : "" })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          {c.canWrite && ["TRANSITION", "FIRST_YEAR"].includes(c.stage) && (
            <section aria-labelledby="record" className="space-y-2 rounded border border-slate-200 bg-white p-4">
              <h2 id="record" className="text-lg font-semibold">{t("record")}</h2>
              <ClientMessages namespaces={MATCHING_MESSAGES}><FirstYearEventForm caseId={c.id} today={c.today} moveDate={p.moveDate} /></ClientMessages>
            </section>
          )}
        </>
      )}
    </div>
  );
}

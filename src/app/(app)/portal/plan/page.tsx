import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { requirePermission } from "@/server/auth/session";
import { getDateFormat } from "@/i18n/server-dates";
import { SuccessNotice } from "@/components/success-notice";
import { loadPortalPlan } from "@/features/portal/plan-queries";
import { loadOwnComments } from "@/features/portal/comment-queries";
import { PlanVersionView } from "@/features/portal/components/plan-version";
import { RespondForm } from "@/features/portal/components/respond-form";
import { CommentForm } from "@/features/portal/components/comment-form";
import { ClientMessages } from "@/components/client-messages";
import { PORTAL_MESSAGES } from "@/features/portal/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("portal");
  return { title: t("plan.title") };
}

export default async function PortalPlan({ searchParams }: { searchParams: Promise<{ answered?: string; changed?: string }> }) {
  const [actor, { answered, changed }] = await Promise.all([requirePermission("portal.view"), searchParams]);
  const plan = await loadPortalPlan(actor, { markViewed: true });
  if (!plan) notFound();
  const [t, format, comments] = await Promise.all([getTranslations("portal"), getDateFormat(), loadOwnComments(actor)]);
  const closed = plan.family.stage === "CLOSED";
  return (
    <div className="space-y-8 text-base">
      <h1 className="text-2xl font-semibold">{t("plan.heading")}</h1>
      <p className="text-slate-700">{t("plan.intro")}</p>
      {answered === "agreed" && <SuccessNotice>{t("plan.agreedNotice")}</SuccessNotice>}
      {answered === "disagreed" && <SuccessNotice>{t("plan.disagreedNotice")}</SuccessNotice>}
      {changed && <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3" data-testid="plan-changed">{t("plan.changedNotice")}</p>}

      {plan.offered && (
        <section aria-labelledby="offered" className="space-y-3" data-testid="offered-plan">
          <h2 id="offered" className="text-xl font-semibold">{t("plan.offeredTitle", { number: plan.offered.number })}</h2>
          <PlanVersionView version={plan.offered} />
          {plan.offeredAnswer ? (
            <p className="rounded border border-slate-200 bg-slate-50 p-3" data-testid="own-answer">
              {plan.offeredAnswer.agreed ? t("plan.youAgreed", { at: format(plan.offeredAnswer.at, "dayLongTime") }) : t("plan.youDisagreed", { at: format(plan.offeredAnswer.at, "dayLongTime"), reason: plan.offeredAnswer.reason })}
            </p>
          ) : closed ? null : (
            <ClientMessages namespaces={PORTAL_MESSAGES}><RespondForm planVersionId={plan.offered.id} rowVersion={plan.offered.rowVersion} /></ClientMessages>
          )}
        </section>
      )}

      <section aria-labelledby="agreed" className="space-y-3" data-testid="agreed-plan">
        <h2 id="agreed" className="text-xl font-semibold">{t("plan.agreedTitle")}</h2>
        {plan.agreed ? (
          <>
            <p data-testid="agreed-on">
              {t("plan.agreedOn", { number: plan.agreed.number, date: plan.agreed.agreedOn ? format(plan.agreed.agreedOn, "dayLong") : "–" })}
              {plan.agreed.agreedInPortal && <> {t("plan.agreedInPortal")}</>}
            </p>
            <PlanVersionView version={plan.agreed} />
          </>
        ) : <p>{t("plan.noAgreed")}</p>}
      </section>

      <section aria-labelledby="comments" className="space-y-3">
        <h2 id="comments" className="text-xl font-semibold">{t("comment.title")}</h2>
        <p className="text-slate-700">{t("comment.intro")}</p>
        {!closed && <ClientMessages namespaces={PORTAL_MESSAGES}><CommentForm /></ClientMessages>}
        {comments.length > 0 && (
          <ul className="space-y-2" data-testid="own-comments">
            {comments.map((c) => <li key={c.id} className="rounded border border-slate-200 bg-white p-3"><span className="block text-sm text-slate-700">{format(c.createdAt, "dayLongTime")}</span>{c.text}</li>)}
          </ul>
        )}
      </section>
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { readableParams } from "@/i18n/dates";
import { getDateFormat } from "@/i18n/server-dates";
import type { MatchingCasePage } from "../case-queries";
import { Disclosure } from "@/components/disclosure";
import { AdvanceForm, ReasonForm } from "./case-forms";
import { ClientMessages } from "@/components/client-messages";
import { MATCHING_MESSAGES } from "@/features/matching/client-messages";

const RETURNABLE = ["SHORTLIST", "VISITS", "PROPOSAL", "DECISION"];

/** The caseworker's next steps: each with the domain's answer to what is still missing, never a second copy of it. */
export async function MatchingStageSection({ c }: { c: MatchingCasePage }) {
  if (!c.canDecide) return null;
  const [t, tm, tAll, format] = await Promise.all([getTranslations("matchingCase"), getTranslations("matching"), getTranslations(), getDateFormat()]);
  return (
    <section aria-labelledby="next-steps" className="space-y-3 rounded border border-slate-200 bg-white p-4" data-testid="matching-next-steps">
      <h2 id="next-steps" className="text-lg font-semibold">{t("nextSteps")}</h2>
      {c.steps.length === 0 && <p className="text-sm text-slate-700">{t("noNextStep")}</p>}
      {c.steps.map(({ to, refusal }) => (
        <div key={to} className="space-y-1">
          {refusal && <p className="text-sm text-slate-700" data-testid={`missing-${to}`}>{t("missing", { reason: tAll(`reasons.${refusal.reason}`, readableParams(refusal.params, format)) })}</p>}
          <ClientMessages namespaces={MATCHING_MESSAGES}><AdvanceForm caseId={c.id} version={c.version} to={to} label={t("advance", { stage: tm(`stage.${to}` as "stage.PROFILE") })} /></ClientMessages>
        </div>
      ))}
      {RETURNABLE.includes(c.stage) && (
        <Disclosure summary={t("returnToSearch")}><ClientMessages namespaces={MATCHING_MESSAGES}><ReasonForm caseId={c.id} version={c.version} kind="return" /></ClientMessages></Disclosure>
      )}
      {!c.decided && (
        <Disclosure summary={t("withdraw")}><ClientMessages namespaces={MATCHING_MESSAGES}><ReasonForm caseId={c.id} version={c.version} kind="withdraw" /></ClientMessages></Disclosure>
      )}
    </section>
  );
}

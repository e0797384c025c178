import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import type { Actor } from "@/server/authz/actor";
import { loadPlanProposals, type PlanProposalView } from "../proposal-queries";
import { AcceptProposalForm, DeclineProposalForm, ProposeForm } from "./proposal-forms";
import { SuccessNotice } from "@/components/success-notice";
import { ClientMessages } from "@/components/client-messages";
import { PLAN_MESSAGES } from "@/features/plan/client-messages";

const NOTICES = ["proposed", "accepted", "declined"] as const;

/**
 * The therapist's voice on the plan: the therapist proposes, the caseworker accepts into the next
 * draft or declines with a reason, and everyone who reads the plan sees the outcome. On the plan
 * editor (`from="plan"`) it shows what is still open and what went into the draft being edited.
 */
export async function PlanProposalsSection({ actor, familyId, notice, from }: { actor: Actor; familyId: string; notice?: string | string[]; from: "family" | "plan" }) {
  const data = await loadPlanProposals(actor, familyId);
  if (!data) return null;
  const [t, format] = await Promise.all([getTranslations("planProposals"), getDateFormat()]);
  const when = (d: Date | null) => (d ? format(d) : "–");
  const open = data.proposals.filter((p) => p.status === "OPEN");
  const intoDraft = from === "plan" && data.openDraft ? data.proposals.filter((p) => p.status === "ACCEPTED" && p.draftVersionId === data.openDraft!.id) : [];
  const shown = from === "plan" ? open : data.proposals;
  if (from === "plan" && open.length === 0 && intoDraft.length === 0 && !NOTICES.some((n) => n === notice)) return null;

  const item = (p: PlanProposalView) => (
    <li key={p.id} className="py-3 text-sm" data-testid="plan-proposal" data-status={p.status}>
      <p className="font-medium">
        {t("proposedBy", { name: p.proposedBy, date: when(p.proposedAt) })} · <span data-testid="proposal-status">{t(`statuses.${p.status}`)}</span>
      </p>
      <p className="text-slate-600">{p.goalTitle ? t("aboutGoal", { goal: p.goalTitle }) : t("wholePlan")}</p>
      {p.stale && <p className="text-amber-900" data-testid="proposal-stale">{t("writtenAgainst", { number: p.writtenAgainst })}</p>}
      <p className="mt-1 whitespace-pre-line">{p.body}</p>
      {p.status === "ACCEPTED" && (
        <p className="mt-1 text-green-900">
          {t("acceptedInto", { number: p.draftNumber ?? 0, name: p.decidedBy ?? "–", date: when(p.decidedAt) })}
          {p.draftDiscarded && <> {t("draftDiscarded")}</>}
        </p>
      )}
      {p.status === "DECLINED" && (
        <p className="mt-1 text-slate-800">
          {t("declinedBy", { name: p.decidedBy ?? "–", date: when(p.decidedAt) })} {t("declineReasonShown", { reason: p.declineReason ?? "" })}
        </p>
      )}
      {p.status === "OPEN" && data.can.decide && (
        <div className="no-print mt-2 grid gap-3 sm:grid-cols-2">
          <AcceptProposalForm familyId={familyId} proposalId={p.id} rowVersion={p.rowVersion} from={from} />
          <details>
            <summary className="cursor-pointer text-sm text-brand-700">{t("declineOpen")}</summary>
            <div className="mt-2"><DeclineProposalForm familyId={familyId} proposalId={p.id} rowVersion={p.rowVersion} from={from} /></div>
          </details>
        </div>
      )}
    </li>
  );

  return (
    <ClientMessages namespaces={PLAN_MESSAGES}>
    <section aria-labelledby="proposals-heading" className="rounded border border-slate-200 bg-white p-4" data-testid="plan-proposals">
      <h2 id="proposals-heading" className="text-lg font-semibold">{from === "plan" ? t("editorOpenHeading") : t("heading")}</h2>
      <p className="text-sm text-slate-600">{t("openCount", { count: open.length })}</p>
      {NOTICES.map((n) => n === notice && (
        <SuccessNotice key={n} className="mt-2">{t(`notices.${n}`)}</SuccessNotice>
      ))}
      {shown.length === 0 ? (from === "family" && <p className="mt-2 text-sm text-slate-600">{t("none")}</p>) : (
        <ul className="mt-2 divide-y divide-slate-200">{shown.map(item)}</ul>
      )}
      {intoDraft.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">{t("editorAcceptedHeading")}</h3>
          <ul className="mt-1 divide-y divide-slate-200" data-testid="proposals-in-draft">{intoDraft.map(item)}</ul>
        </>
      )}
      {from === "family" && data.can.therapist && !data.current && <p className="mt-3 text-sm text-slate-600">{t("noPlanYet")}</p>}
      {from === "family" && data.can.propose && data.current && (
        <div className="no-print mt-4 border-t border-slate-200 pt-3">
          <h3 className="font-semibold">{t("proposeHeading")}</h3>
          <p className="text-sm text-slate-600">{t("therapistIntro")}</p>
          <div className="mt-2">
            <ProposeForm familyId={familyId} planVersionId={data.current.id} planNumber={data.current.number} goals={data.current.goals} from={from} />
          </div>
        </div>
      )}
    </section>
    </ClientMessages>
  );
}

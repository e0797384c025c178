import { getTranslations } from "next-intl/server";
import { getDateFormat } from "@/i18n/server-dates";
import { SuccessNotice } from "@/components/success-notice";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { roleMay } from "@/server/authz/policy";
import { familyScope } from "@/server/authz/scope";
import { todayInCopenhagen } from "@/domain/method";
import { isFileRequestOverdue } from "@/domain/parents";
import { fileRequestsFor, parentAccessRows, planResponsesFor } from "../queries";
import { InviteParentForm, OfferPlanForm, ReopenAccessForm, ShareSiteForm, SuspendAccessForm, AnswerFileRequestForm } from "./parent-access-forms";
import { ClientMessages } from "@/components/client-messages";
import { PARENT_ACCESS_MESSAGES } from "@/features/parent-access/client-messages";

/**
 * The caseworker's side of the parents' own access, on the family page: who has access and when they last
 * read the plan, the invitation, suspension and reopening; the draft put before them and their answers;
 * whether they may see where the child lives; and their requests for access to the file with the deadline.
 */
const NOTICES = ["suspended", "reopened", "shared", "unshared", "offered", "answered"] as const;

export async function ParentAccessSection({ actor, familyId, notice }: { actor: Actor; familyId: string; notice?: string | string[] }) {
  if (!roleMay(actor.role, "parentAccess.manage")) return null;
  const db = await getDb();
  const family = await db.family.findFirst({
    where: { id: familyId, ...familyScope(actor, "parentAccess.manage") },
    select: {
      id: true, stage: true,
      plan: { select: { versions: { where: { status: "DRAFT" }, select: { id: true, number: true, version: true, offeredToParentsAt: true } } } },
      children: { select: { name: true, placements: { where: { endDate: null }, select: { id: true, version: true, siteSharedWithParents: true, site: { select: { name: true } } } } } },
    },
  });
  if (!family) return null;
  const [rows, responses, requests, t, format] = await Promise.all([
    parentAccessRows(db, family.id), planResponsesFor(db, family.id), fileRequestsFor(db, family.id), getTranslations("parentAccess"), getDateFormat(),
  ]);
  const open = family.stage !== "CLOSED";
  const draft = family.plan?.versions[0];
  const today = todayInCopenhagen(new Date());
  const placements = family.children.flatMap((c) => c.placements.map((p) => ({ ...p, childName: c.name })));
  return (
    <ClientMessages namespaces={PARENT_ACCESS_MESSAGES}>
    <section aria-labelledby="parent-access-heading" className="no-print space-y-4 rounded border border-slate-200 bg-white p-4" data-testid="parent-access">
      <h2 id="parent-access-heading" className="text-lg font-semibold">{t("heading")}</h2>
      {typeof notice === "string" && (NOTICES as readonly string[]).includes(notice) && <SuccessNotice testId="parent-access-saved">{t(`notices.${notice as (typeof NOTICES)[number]}`)}</SuccessNotice>}
      <ul className="space-y-4">
        {rows.map((p) => (
          <li key={p.parentId} className="space-y-2 border-b border-slate-100 pb-3" data-testid="parent-access-row">
            <p>
              <span className="font-medium">{p.name}</span>: <span data-testid="parent-access-state">{t(`states.${p.state}`)}</span>
              {p.loginEmail && <span className="text-sm text-slate-700"> · {p.loginEmail}</span>}
            </p>
            <p className="text-sm text-slate-700" data-testid="plan-viewed">{p.planViewedAt ? t("planViewedAt", { at: format(p.planViewedAt, "dayLongTime") }) : t("planNeverViewed")}</p>
            {open && (p.state === "NONE" || p.state === "INVITED") && <InviteParentForm familyId={family.id} parentId={p.parentId} name={p.name} email={p.loginEmail ?? p.email ?? ""} again={p.state === "INVITED"} />}
            {(p.state === "ACTIVE" || p.state === "INVITED") && <SuspendAccessForm familyId={family.id} parentId={p.parentId} name={p.name} />}
            {open && p.state === "SUSPENDED" && <ReopenAccessForm familyId={family.id} parentId={p.parentId} name={p.name} />}
          </li>
        ))}
      </ul>

      {draft && open && (
        <div className="space-y-2" data-testid="plan-offer">
          <h3 className="font-semibold">{t("offer.heading", { number: draft.number })}</h3>
          {draft.offeredToParentsAt ? <p>{t("offer.offeredAt", { at: format(draft.offeredToParentsAt, "dayLongTime") })}</p> : <OfferPlanForm familyId={family.id} planVersionId={draft.id} rowVersion={draft.version} />}
        </div>
      )}

      {responses.length > 0 && (
        <div className="space-y-1">
          <h3 className="font-semibold">{t("responses.heading")}</h3>
          <ul className="space-y-1" data-testid="plan-responses">
            {responses.map((r) => (
              <li key={r.id}>
                {r.agreed
                  ? t("responses.agreed", { name: r.parentName, number: r.number, at: format(r.at, "dayLongTime") })
                  : t("responses.disagreed", { name: r.parentName, number: r.number, at: format(r.at, "dayLongTime"), reason: r.reason })}
                {r.stale && <span className="text-sm text-slate-700"> {t("responses.stale")}</span>}
              </li>
            ))}
          </ul>
        </div>
      )}

      {placements.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("share.heading")}</h3>
          {placements.map((p) => <ShareSiteForm key={p.id} familyId={family.id} placementId={p.id} rowVersion={p.version} shared={p.siteSharedWithParents} label={t("share.label", { child: p.childName, site: p.site.name })} disabled={!open} />)}
        </div>
      )}

      {requests.length > 0 && (
        <div className="space-y-2">
          <h3 className="font-semibold">{t("files.heading")}</h3>
          <ul className="space-y-3" data-testid="file-requests">
            {requests.map((r) => (
              <li key={r.id}>
                <p>
                  {t("files.request", { name: r.parentName, date: format(r.requestedOn, "dayLong") })}{" "}
                  {r.answeredOn ? t("files.answered", { date: format(r.answeredOn, "dayLong") }) : (
                    <strong className={isFileRequestOverdue(r, today) ? "text-red-800" : undefined}>{t(isFileRequestOverdue(r, today) ? "files.overdue" : "files.due", { date: format(r.dueOn, "dayLong") })}</strong>
                  )}
                </p>
                {r.text && <p className="text-sm">{t("files.text", { text: r.text })}</p>}
                {!r.answeredOn && <AnswerFileRequestForm familyId={family.id} requestId={r.id} rowVersion={r.version} today={today} />}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
    </ClientMessages>
  );
}

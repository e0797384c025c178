import "server-only";
import { cache } from "react";
import { breakdownRecordableUntil, isEnded, type BreakdownCause, type BreakdownEndedBy } from "@/domain/matching";
import { todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { reachBreakdownPlacement } from "./breakdown-access";

/**
 * The breakdown page of one placement: the placement, whether it is still open, what happens to the
 * child's matching cases when the breakdown is saved, and the breakdown itself once recorded. Null when
 * out of reach (audited). Shared by the page and its title through cache().
 */
export const loadBreakdownPage = cache(async (actor: Actor, placementId: string, now = new Date()) => {
  const db = await getDb();
  const reached = await reachBreakdownPlacement(db, actor, placementId);
  if (!reached) return null;
  const p = await db.placement.findUniqueOrThrow({
    where: { id: reached.id },
    select: {
      id: true, version: true, startDate: true, endDate: true, endReasonKind: true, type: true,
      site: { select: { name: true } },
      child: { select: { id: true, name: true, familyId: true, matchingCases: { where: { stage: { notIn: ["CLOSED", "WITHDRAWN"] } }, select: { id: true } } } },
      decision: { select: { case: { select: { id: true, stage: true } } } },
      breakdown: { select: { endedBy: true, causes: true, causeText: true, warningSigns: true, learned: true, newCaseId: true, createdAt: true } },
    },
  });
  // The caseworker returns to the family page; a consultant whose reach is the matching case has no family page.
  const familyLink = (await db.family.count({ where: { id: p.child.familyId, ...familyScope(actor, "family.view") } })) > 0;
  await writeAudit(db, actor, { action: "VIEW", recordType: "Placement", recordId: p.id, familyId: p.child.familyId, details: { page: "breakdown" } });
  const today = todayInCopenhagen(now);
  const endDate = fromDbDateOrNull(p.endDate);
  const oldCase = p.decision?.case ?? null;
  return {
    today,
    placement: {
      id: p.id, version: p.version, startDate: fromDbDate(p.startDate), endDate, endReasonKind: p.endReasonKind, kind: p.type, site: p.site.name,
      recordableUntil: endDate ? breakdownRecordableUntil(endDate) : null,
    },
    child: { name: p.child.name, familyId: p.child.familyId },
    familyLink,
    /** The case that chose this site, if a § 52 decision did, and whether saving will close it. */
    oldCase: oldCase ? { id: oldCase.id, closes: !isEnded(oldCase.stage) } : null,
    /** An open case of the child (other than the one this closes) means no new one is opened. */
    openCaseId: p.child.matchingCases.find((m) => m.id !== oldCase?.id)?.id ?? null,
    breakdown: p.breakdown ? { ...p.breakdown, endedBy: p.breakdown.endedBy as BreakdownEndedBy, causes: p.breakdown.causes as BreakdownCause[] } : null,
  };
});

export type BreakdownPage = NonNullable<Awaited<ReturnType<typeof loadBreakdownPage>>>;

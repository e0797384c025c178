import "server-only";
import {
  allowedNextActions, currentPhase, followUpStatuses, plannedEndDate, startUpWarning, todayInCopenhagen, weeksIntoPhase,
} from "@/domain/method";
import { getDb, type Db } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { roleMay } from "@/server/authz/policy";
import { writeAudit } from "@/server/audit";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { methodConfigFor } from "@/features/method-config";
import { loadSnapshot } from "@/features/phases/snapshot";
import { reachFamily } from "./access";

/**
 * Everything the family page shows, limited to what the actor's role may read; null when the
 * family is out of reach (the caller answers "not found"). The read is audited.
 */
/** The follow-ups the family page shows unless asked for all: about half a year of fortnightly ones. */
export const RECENT_FOLLOW_UPS = 12;

export async function loadFamilyPage(actor: Actor, familyId: string, now = new Date(), opts: { allFollowUps?: boolean } = {}) {
  const db = await getDb();
  const reach = await reachFamily(db, actor, familyId, "family.view");
  if (!reach) return null;
  const parentDetails = roleMay(actor.role, "parent.viewDetails");
  const matchingLinks = roleMay(actor.role, "matching.open");
  const family = await db.family.findUniqueOrThrow({
    where: { id: familyId },
    select: {
      id: true, displayName: true, caseNumber: true, targetGroup: true, stage: true, enrolledOn: true, closedOn: true, closeReason: true, version: true,
      municipality: { select: { settings: true } },
      assignments: { select: { role: true, user: { select: { id: true, name: true } } } },
      parents: {
        orderBy: { createdAt: "asc" },
        select: { id: true, name: true, phone: true, email: true, address: parentDetails, hasCustody: parentDetails, strengths: parentDetails, wishes: parentDetails, version: true },
      },
      children: {
        orderBy: { birthDate: "asc" },
        select: {
          id: true, name: true, birthDate: true, version: true,
          // The caseworker reaches the child's matching case through the family; others see it only where they take part.
          // At most one is open (a unique index), so no take/order: that would walk the whole table by id.
          matchingCases: { where: { stage: { notIn: ["CLOSED", "WITHDRAWN"] }, ...(matchingLinks ? {} : { id: { in: [] } }) }, select: { id: true } },
          placements: { orderBy: { startDate: "desc" }, select: { id: true, type: true, legalBasis: true, startDate: true, endDate: true, endReason: true, endReasonKind: true, site: { select: { name: true } } , breakdown: { select: { endedBy: true, causes: true } } } },
        },
      },
      phases: {
        orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
        select: {
          id: true, kind: true, startDate: true, plannedWeeks: true, followUpIntervalDays: true, endDate: true, earlyEndReason: true, justification: true,
          assessment: { select: { date: true, decision: true, progressionSummary: true, parentsView: true, justification: true, closeReason: true } },
        },
      },
      plan: {
        select: {
          versions: {
            orderBy: { number: "desc" },
            select: {
              id: true, number: true, status: true, parentsAccount: true, agreedOn: true, agreedHow: true, version: true,
              goals: { orderBy: { position: "asc" }, select: { id: true, lineageId: true, title: true, parentsWords: true, successCriteria: true, supportedBy: true, status: true, dropReason: true } },
            },
          },
        },
      },
      followUps: {
        orderBy: { date: "desc" },
        // Years of history would make every visit heavy; the rest is one click away.
        take: opts.allFollowUps ? 1000 : RECENT_FOLLOW_UPS,
        select: {
          id: true, date: true, parentsPresent: true, withWhom: true, agreedUntilNext: true, heldById: true,
          ratings: { select: { rating: true, note: true, goal: { select: { lineageId: true, title: true } } } },
        },
      },
    },
  });
  const followUpCount = await db.followUp.count({ where: { familyId } });
  const parentsVoice = roleMay(actor.role, "followUp.view") ? await loadParentsVoice(db, familyId, family.followUps.length < followUpCount ? family.followUps.at(-1)?.date : undefined) : null;
  await writeAudit(db, actor, { action: "VIEW", recordType: "Family", recordId: familyId, familyId, municipalityId: reach.municipalityId });

  const config = methodConfigFor(family.municipality.settings);
  const today = todayInCopenhagen(now);
  const snapshot = await loadSnapshot(db, familyId);
  const phase = currentPhase(snapshot);
  const versions = family.plan?.versions ?? [];
  const agreed = versions.find((v) => v.status === "AGREED") ?? null;
  const draft = versions[0]?.status === "DRAFT" ? versions[0] : null;

  return {
    today,
    config,
    family: {
      id: family.id, displayName: family.displayName, caseNumber: family.caseNumber, targetGroup: family.targetGroup,
      stage: family.stage, enrolledOn: fromDbDate(family.enrolledOn), closedOn: fromDbDateOrNull(family.closedOn),
      closeReason: family.closeReason, version: family.version,
    },
    caseworkers: family.assignments.filter((a) => a.role === "CASEWORKER").map((a) => a.user.name),
    therapists: family.assignments.filter((a) => a.role === "THERAPIST").map((a) => a.user.name),
    parentDetails,
    parents: family.parents,
    children: family.children.map((c) => ({
      id: c.id, name: c.name, birthDate: fromDbDate(c.birthDate), version: c.version,
      openMatchingCaseId: c.matchingCases[0]?.id ?? null,
      placements: c.placements.map((p) => ({ ...p, site: p.site.name, startDate: fromDbDate(p.startDate), endDate: fromDbDateOrNull(p.endDate) })),
    })),
    phases: family.phases.map((p) => ({
      ...p, startDate: fromDbDate(p.startDate), endDate: fromDbDateOrNull(p.endDate),
      plannedEnd: plannedEndDate({ startDate: fromDbDate(p.startDate), plannedWeeks: p.plannedWeeks }),
      assessment: p.assessment ? { ...p.assessment, date: fromDbDate(p.assessment.date) } : null,
    })),
    current: phase
      ? {
          id: phase.id, kind: phase.kind, startDate: phase.startDate, plannedWeeks: phase.plannedWeeks,
          plannedEnd: plannedEndDate(phase), weeksIn: weeksIntoPhase(phase, today),
          schedule: followUpStatuses(phase, snapshot.followUps, today, config),
        }
      : null,
    startUpWarning: startUpWarning(snapshot, today, config),
    actions: allowedNextActions(snapshot, today, config),
    agreedPlan: agreed ? { ...agreed, agreedOn: fromDbDateOrNull(agreed.agreedOn) } : null,
    draftPlan: draft,
    planHistory: versions.filter((v) => v.status !== "DRAFT").map((v) => ({ ...v, agreedOn: fromDbDateOrNull(v.agreedOn) })),
    followUpCount,
    followUps: family.followUps.map((f) => ({
      id: f.id, date: fromDbDate(f.date), parentsPresent: f.parentsPresent, withWhom: f.withWhom, agreedUntilNext: f.agreedUntilNext,
      ratings: f.ratings.map((r) => ({ rating: r.rating, note: r.note, lineageId: r.goal.lineageId, goal: r.goal.title })),
    })),
    /** The parents' own ratings (oldest first) and their newest comments for the next plan; null for roles that may not see follow-ups. */
    parentRatings: parentsVoice?.ratings ?? null,
    parentComments: parentsVoice?.comments ?? null,
  };
}

/** How many of the parents' comments for the next plan revision the family page shows. */
export const RECENT_PARENT_COMMENTS = 5;

/**
 * What the parents said themselves in the portal. When the page shows only the recent follow-ups, the
 * chart covers the same weeks: ratings from before the oldest follow-up shown are left out.
 */
async function loadParentsVoice(db: Db, familyId: string, shownFrom: Date | undefined) {
  const [ratings, comments] = await Promise.all([
    db.parentGoalRating.findMany({
      where: { familyId, ...(shownFrom ? { ratedOn: { gte: shownFrom } } : {}) },
      // Newest first so a cut keeps the recent ones; turned oldest first below, as the chart reads them.
      orderBy: [{ ratedOn: "desc" }, { createdAt: "desc" }],
      take: 1000,
      select: { id: true, ratedOn: true, rating: true, note: true, parent: { select: { id: true, name: true } }, goal: { select: { lineageId: true, title: true } } },
    }),
    db.parentPlanComment.findMany({
      where: { familyId },
      orderBy: { createdAt: "desc" },
      take: RECENT_PARENT_COMMENTS,
      select: { id: true, text: true, createdAt: true, parent: { select: { name: true } } },
    }),
  ]);
  return {
    ratings: ratings.reverse().map((r) => ({
      id: r.id, date: fromDbDate(r.ratedOn), rating: r.rating, note: r.note, parentId: r.parent.id, parentName: r.parent.name, lineageId: r.goal.lineageId, goal: r.goal.title,
    })),
    comments: comments.map((c) => ({ id: c.id, text: c.text, parentName: c.parent.name, createdAt: c.createdAt })),
  };
}

export type FamilyPageData = NonNullable<Awaited<ReturnType<typeof loadFamilyPage>>>;

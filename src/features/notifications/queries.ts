import "server-only";
import { addDays, DEFAULT_METHOD_CONFIG, todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { fromDbDate } from "@/server/dates";

export type NotificationKind = "MEETING_INVITATION" | "FOLLOW_UP_OVERDUE" | "PHASE_ENDING" | "PLAN_AWAITING_AGREEMENT";

export interface AppNotification {
  key: string;
  kind: NotificationKind;
  familyName: string;
  href: string;
  date: string;
  read: boolean;
}

/**
 * The user's reminders, worked out from the case data now (so they are never stale), each with a
 * stable key under which the user's "read" is kept.
 */
export async function notificationsFor(actor: Actor, now = new Date()): Promise<AppNotification[]> {
  const db = await getDb();
  const today = todayInCopenhagen(now);
  const mine = actor.role === "CASEWORKER" || actor.role === "THERAPIST" ? familyScope(actor, "family.view") : { id: { in: [] } };
  const overdueBefore = new Date(`${addDays(today, -DEFAULT_METHOD_CONFIG.overdueToleranceDays - 1)}T00:00:00Z`);
  const [meetings, overdue, ending, drafts, read] = await Promise.all([
    db.meeting.findMany({
      where: { participants: { some: { userId: actor.id } }, startsAt: { gte: now }, NOT: { calledById: actor.id } },
      select: { id: true, startsAt: true, family: { select: { displayName: true } } }, take: 50,
    }),
    db.family.findMany({ where: { ...mine, nextFollowUpDue: { lte: overdueBefore } }, select: { id: true, displayName: true, nextFollowUpDue: true }, take: 100 }),
    actor.role === "CASEWORKER"
      ? db.phase.findMany({
          where: { family: mine, endDate: null, kind: { in: ["CHANGE", "MAINTENANCE"] }, plannedEndDate: { lte: new Date(`${addDays(today, 14)}T00:00:00Z`) } },
          select: { id: true, familyId: true, plannedEndDate: true, family: { select: { displayName: true } } }, take: 100,
        })
      : [],
    actor.role === "CASEWORKER"
      ? db.actionPlanVersion.findMany({
          where: { status: "DRAFT", plan: { family: { ...mine, currentPhase: { not: "CLOSED" } } } },
          select: { id: true, createdAt: true, plan: { select: { family: { select: { id: true, displayName: true } } } } }, take: 100,
        })
      : [],
    db.notificationRead.findMany({ where: { userId: actor.id }, select: { key: true } }),
  ]);
  const readKeys = new Set(read.map((r) => r.key));
  const list: Omit<AppNotification, "read">[] = [
    ...meetings.map((m) => ({ key: `meeting:${m.id}`, kind: "MEETING_INVITATION" as const, familyName: m.family.displayName, href: `/meetings/${m.id}`, date: todayInCopenhagen(m.startsAt) })),
    ...overdue.map((f) => ({ key: `overdue:${f.id}:${fromDbDate(f.nextFollowUpDue!)}`, kind: "FOLLOW_UP_OVERDUE" as const, familyName: f.displayName, href: `/families/${f.id}`, date: fromDbDate(f.nextFollowUpDue!) })),
    ...ending.map((p) => ({ key: `ending:${p.id}:${fromDbDate(p.plannedEndDate!)}`, kind: "PHASE_ENDING" as const, familyName: p.family.displayName, href: `/families/${p.familyId}`, date: fromDbDate(p.plannedEndDate!) })),
    ...drafts.map((d) => ({ key: `draft:${d.id}`, kind: "PLAN_AWAITING_AGREEMENT" as const, familyName: d.plan.family.displayName, href: `/families/${d.plan.family.id}/plan`, date: todayInCopenhagen(d.createdAt) })),
  ];
  return list.map((n) => ({ ...n, read: readKeys.has(n.key) })).sort((a, b) => Number(a.read) - Number(b.read) || a.date.localeCompare(b.date));
}

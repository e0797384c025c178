import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { addDays, METHOD_TIME_ZONE, todayInCopenhagen } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { assignedReach } from "@/server/authz/scope";
import { auditFamilyViews, type Tx } from "@/server/audit";
import { missedDuesJoin } from "@/features/follow-ups/due-sql";

export type NotificationKind = "MEETING_INVITATION" | "MEETING_CHANGED" | "MEETING_CANCELLED" | "FOLLOW_UP_MISSED" | "PHASE_ENDING" | "PLAN_AWAITING_AGREEMENT";

/** The kinds whose texts live with the meeting changes (i18n "meetingChanges"), not under "notifications". */
export const MEETING_CHANGE_KINDS: readonly NotificationKind[] = ["MEETING_CHANGED", "MEETING_CANCELLED"];

export interface AppNotification {
  key: string;
  kind: NotificationKind;
  familyId: string;
  familyName: string;
  href: string;
  date: string;
  read: boolean;
}

/**
 * The user's reminders, worked out from the case data now (so they are never stale), each with a
 * stable key under which the user's "read" is kept. One statement: the app layout counts them on
 * every page.
 */
export async function notificationsFor(actor: Actor, now = new Date(), tx?: Tx): Promise<AppNotification[]> {
  // Inside a command the read must use its transaction: the embedded database has one connection.
  const db = tx ?? (await getDb());
  const today = todayInCopenhagen(now);
  const reach = assignedReach(actor, "family.view");
  const caseworker = reach?.role === "CASEWORKER";
  const mine = reach
    ? Prisma.sql`SELECT f.id, f."displayName", f."stage" FROM "Family" f
        JOIN "FamilyAssignment" a ON a."familyId" = f.id AND a."userId" = ${actor.id} AND a.role = ${reach.role}::"AssignmentRole"
        WHERE f."municipalityId" = ${reach.municipalityId}`
    : Prisma.sql`SELECT f.id, f."displayName", f."stage" FROM "Family" f WHERE false`;
  const rows = await db.$queryRaw<{ key: string; kind: NotificationKind; familyId: string; familyName: string; href: string; date: string; read: boolean }[]>(Prisma.sql`
    WITH mine AS (${mine}), reminders AS (
      -- Each change is a new reminder under its own key (a read invitation does not hide a later
      -- move); a cancellation is shown until the time the meeting would have started.
      SELECT CASE WHEN m."cancelledAt" IS NOT NULL THEN 'meeting:' || m.id || ':cancelled'
                  WHEN m."changedAt" IS NOT NULL THEN 'meeting:' || m.id || ':' || m."sequence"
                  ELSE 'meeting:' || m.id END AS key,
             CASE WHEN m."cancelledAt" IS NOT NULL THEN 'MEETING_CANCELLED' WHEN m."changedAt" IS NOT NULL THEN 'MEETING_CHANGED' ELSE 'MEETING_INVITATION' END AS kind,
             f.id AS "familyId", f."displayName" AS "familyName", '/meetings/' || m.id AS href,
             (m."startsAt" AT TIME ZONE ${METHOD_TIME_ZONE})::date AS day
      FROM "MeetingParticipant" p JOIN "Meeting" m ON m.id = p."meetingId" JOIN "Family" f ON f.id = m."familyId"
      WHERE p."userId" = ${actor.id} AND m."startsAt" >= ${now} AND m."calledById" <> ${actor.id}
      UNION ALL
      SELECT 'missed:' || d."phaseId" || ':' || d."dueDate"::text, 'FOLLOW_UP_MISSED', f.id, f."displayName", '/families/' || f.id, d."dueDate"
      FROM mine f ${missedDuesJoin(today)}
      UNION ALL
      SELECT 'ending:' || p.id || ':' || p."plannedEndDate"::text, 'PHASE_ENDING', mine.id, mine."displayName", '/families/' || mine.id, p."plannedEndDate"
      FROM mine JOIN "Phase" p ON p."familyId" = mine.id
      WHERE ${caseworker} AND p."endDate" IS NULL AND p.kind IN ('CHANGE', 'MAINTENANCE') AND p."plannedEndDate" <= ${addDays(today, 14)}::date
      UNION ALL
      SELECT 'draft:' || v.id, 'PLAN_AWAITING_AGREEMENT', mine.id, mine."displayName", '/families/' || mine.id || '/plan', (v."createdAt" AT TIME ZONE ${METHOD_TIME_ZONE})::date
      FROM mine JOIN "ActionPlan" ap ON ap."familyId" = mine.id JOIN "ActionPlanVersion" v ON v."planId" = ap.id
      WHERE ${caseworker} AND v.status = 'DRAFT' AND mine."stage" <> 'CLOSED'
    )
    SELECT n.key, n.kind, n."familyId", n."familyName", n.href, n.day::text AS date, r.key IS NOT NULL AS read
    FROM reminders n LEFT JOIN "NotificationRead" r ON r."userId" = ${actor.id} AND r.key = n.key
    ORDER BY read, date, key
    LIMIT 300`);
  return rows;
}

/** The reminders page: the list with family names, so the view is audited (the layout only counts). */
export async function listNotifications(actor: Actor, now = new Date()): Promise<AppNotification[]> {
  const list = await notificationsFor(actor, now);
  await auditFamilyViews(await getDb(), actor, "Notifications", list);
  return list;
}

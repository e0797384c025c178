import "server-only";
import { z } from "zod";
import { followUpStatuses, todayInCopenhagen, weeksIntoPhase } from "@/domain/method";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { writeAudit } from "@/server/audit";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { methodConfigFor } from "@/features/method-config";

export const overviewQuery = z.object({
  phase: z.enum(["START_UP", "CHANGE", "MAINTENANCE", "CLOSED"]).optional(),
  onlyOverdue: z.enum(["1"]).optional(),
  sort: z.enum(["name", "phase", "weeks", "next", "overdue", "meeting", "caseworker"]).default("next"),
  dir: z.enum(["asc", "desc"]).default("asc"),
});
export type OverviewQuery = z.infer<typeof overviewQuery>;

/** The coordinator's one page: where in the programme each family is, and where the structure slips. */
export async function programmeOverview(actor: Actor, query: OverviewQuery, now = new Date()) {
  const db = await getDb();
  const today = todayInCopenhagen(now);
  const families = await db.family.findMany({
    where: { ...familyScope(actor, "family.list"), ...(query.phase ? { currentPhase: query.phase } : {}) },
    select: {
      id: true, displayName: true, currentPhase: true, nextFollowUpDue: true,
      municipality: { select: { settings: true } },
      assignments: { select: { role: true, user: { select: { name: true } } } },
      phases: { where: { endDate: null }, take: 1, select: { id: true, kind: true, startDate: true, plannedWeeks: true, followUpIntervalDays: true, endDate: true } },
      meetings: { where: { startsAt: { gte: now } }, orderBy: { startsAt: "asc" }, take: 1, select: { id: true, startsAt: true } },
    },
    take: 5000,
  });
  const openPhaseIds = families.flatMap((f) => f.phases.map((p) => p.id));
  const followUps = openPhaseIds.length
    ? await db.followUp.findMany({ where: { phaseId: { in: openPhaseIds } }, select: { phaseId: true, date: true } })
    : [];
  await writeAudit(db, actor, { action: "VIEW", recordType: "ProgrammeOverview", details: { families: families.length, ...query } });

  const rows = families.map((f) => {
    const p = f.phases[0];
    const phase = p ? { id: p.id, kind: p.kind as "START_UP" | "CHANGE" | "MAINTENANCE", startDate: fromDbDate(p.startDate), plannedWeeks: p.plannedWeeks, followUpIntervalDays: p.followUpIntervalDays, endDate: null, assessment: null } : null;
    const statuses = phase && phase.kind !== "START_UP"
      ? followUpStatuses(phase, followUps.filter((x) => x.phaseId === phase.id).map((x) => ({ phaseId: x.phaseId, date: fromDbDate(x.date) })), today, methodConfigFor(f.municipality.settings))
      : [];
    return {
      id: f.id,
      name: f.displayName,
      phase: f.currentPhase,
      weeks: phase ? weeksIntoPhase(phase, today) : null,
      next: fromDbDateOrNull(f.nextFollowUpDue),
      overdue: statuses.filter((s) => s.status === "overdue").length,
      meeting: f.meetings[0] ? { id: f.meetings[0].id, startsAt: f.meetings[0].startsAt } : null,
      caseworker: f.assignments.filter((a) => a.role === "CASEWORKER").map((a) => a.user.name).join(", "),
      therapist: f.assignments.filter((a) => a.role === "THERAPIST").map((a) => a.user.name).join(", "),
    };
  });
  const filtered = query.onlyOverdue ? rows.filter((r) => r.overdue > 0) : rows;
  const key = (r: (typeof rows)[number]): string | number => {
    switch (query.sort) {
      case "name": return r.name;
      case "phase": return ["START_UP", "CHANGE", "MAINTENANCE", "CLOSED"].indexOf(r.phase);
      case "weeks": return r.weeks ?? -1;
      case "overdue": return r.overdue;
      case "meeting": return r.meeting ? r.meeting.startsAt.toISOString() : "9999";
      case "caseworker": return r.caseworker;
      default: return r.next ?? "9999";
    }
  };
  const sign = query.dir === "desc" ? -1 : 1;
  filtered.sort((a, b) => { const ka = key(a), kb = key(b); return (ka < kb ? -1 : ka > kb ? 1 : a.name.localeCompare(b.name)) * sign; });
  return { today, rows: filtered, total: rows.length };
}

import "server-only";
import type { CaseSnapshot } from "@/domain/method";
import type { Tx } from "@/server/audit";
import type { Db } from "@/server/db";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { isClosedCase } from "@/features/families/writable";

/** Reads what the method's rules need about one family (already authorized by the caller). */
export async function loadSnapshot(db: Db | Tx, familyId: string): Promise<CaseSnapshot> {
  const family = await db.family.findUniqueOrThrow({
    where: { id: familyId },
    select: {
      stage: true,
      phases: {
        orderBy: [{ startDate: "asc" }, { createdAt: "asc" }],
        select: {
          id: true, kind: true, startDate: true, plannedWeeks: true, followUpIntervalDays: true, endDate: true, earlyEndReason: true,
          assessment: { select: { decision: true, date: true } },
        },
      },
      followUps: { select: { date: true, phaseId: true } },
      plan: {
        select: {
          versions: {
            where: { status: "AGREED" },
            take: 1,
            // Not _count: Prisma groups the whole Goal table for a filtered relation count.
            select: { goals: { where: { status: "ACTIVE" }, select: { id: true } } },
          },
        },
      },
    },
  });
  const agreed = family.plan?.versions[0];
  return {
    closed: isClosedCase(family.stage),
    phases: family.phases
      .filter((p) => p.kind !== "CLOSED")
      .map((p) => ({
        id: p.id,
        kind: p.kind as "START_UP" | "CHANGE" | "MAINTENANCE",
        startDate: fromDbDate(p.startDate),
        plannedWeeks: p.plannedWeeks,
        followUpIntervalDays: p.followUpIntervalDays,
        endDate: fromDbDateOrNull(p.endDate),
        earlyEndReason: p.earlyEndReason,
        assessment: p.assessment ? { decision: p.assessment.decision, date: fromDbDate(p.assessment.date) } : null,
      })),
    plan: agreed ? { agreed: true, activeGoalCount: agreed.goals.length } : null,
    followUps: family.followUps.map((f) => ({ date: fromDbDate(f.date), phaseId: f.phaseId })),
  };
}

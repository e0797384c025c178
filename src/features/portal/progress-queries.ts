import "server-only";
import type { Db } from "@/server/db";
import { fromDbDate } from "@/server/dates";

export interface ProgressPoint { date: string; rating: number }
export interface GoalProgress { lineageId: string; therapist: ProgressPoint[]; parent: (ProgressPoint & { note: string })[] }

/**
 * Each goal's ratings over time, by lineage (the same goal across plan versions): the therapist's scores
 * from the follow-ups (the numbers only; the therapist's notes are professional records) and this parent's
 * own ratings with their own words. The other parent's ratings are theirs, not shown here.
 */
export async function progressFor(db: Db, familyId: string, parentId: string, lineageIds: string[]): Promise<Map<string, GoalProgress>> {
  const out = new Map<string, GoalProgress>(lineageIds.map((id) => [id, { lineageId: id, therapist: [], parent: [] }]));
  if (lineageIds.length === 0) return out;
  const [therapist, own] = await Promise.all([
    db.goalRating.findMany({
      where: { goal: { lineageId: { in: lineageIds } }, followUp: { familyId } },
      select: { rating: true, goal: { select: { lineageId: true } }, followUp: { select: { date: true } } },
      orderBy: { followUp: { date: "asc" } },
    }),
    db.parentGoalRating.findMany({
      where: { familyId, parentId, goal: { lineageId: { in: lineageIds } } },
      select: { rating: true, note: true, ratedOn: true, goal: { select: { lineageId: true } } },
      orderBy: [{ ratedOn: "asc" }, { createdAt: "asc" }],
    }),
  ]);
  for (const r of therapist) out.get(r.goal.lineageId)?.therapist.push({ date: fromDbDate(r.followUp.date), rating: r.rating });
  for (const r of own) out.get(r.goal.lineageId)?.parent.push({ date: fromDbDate(r.ratedOn), rating: r.rating, note: r.note });
  return out;
}

import "server-only";
import type { CalendarDate } from "@/domain/method";
import { getDb, type Db } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { fromDbDate } from "@/server/dates";
import { auditFamilyViews } from "@/server/audit";

/** A rating a parent gave a goal in the portal, as the professionals read it. */
export interface ParentRatingView {
  familyId: string;
  parentId: string;
  parentName: string;
  goalId: string;
  lineageId: string;
  ratedOn: CalendarDate;
  rating: number;
  note: string;
}

/**
 * The ratings the parents gave since each family's last held follow-up, newest first, by family
 * (a family missing from the map has none). The one rule behind "the parents have rated ahead"
 * (the therapist's home) and the parents' figures beside the follow-up form.
 *
 * A rating dated the day a follow-up was held belongs to that follow-up: the portal asks parents
 * to rate before the meeting, so only a later day counts towards the next one. A family with no
 * follow-up yet counts every rating. The caller has reached the families through the user's scope.
 */
export async function parentRatingsSinceLastFollowUp(db: Db, familyIds: string[]): Promise<Map<string, ParentRatingView[]>> {
  const out = new Map<string, ParentRatingView[]>();
  if (familyIds.length === 0) return out;
  const last = await db.followUp.groupBy({ by: ["familyId"], where: { familyId: { in: familyIds } }, _max: { date: true } });
  const lastHeld = new Map(last.map((l) => [l.familyId, l._max.date]));
  const rows = await db.parentGoalRating.findMany({
    where: {
      OR: familyIds.map((familyId) => {
        const held = lastHeld.get(familyId);
        return held ? { familyId, ratedOn: { gt: held } } : { familyId };
      }),
    },
    orderBy: [{ ratedOn: "desc" }, { createdAt: "desc" }],
    select: { familyId: true, parentId: true, goalId: true, ratedOn: true, rating: true, note: true, parent: { select: { name: true } }, goal: { select: { lineageId: true } } },
  });
  for (const r of rows) {
    const list = out.get(r.familyId) ?? [];
    list.push({
      familyId: r.familyId, parentId: r.parentId, parentName: r.parent.name, goalId: r.goalId, lineageId: r.goal.lineageId,
      ratedOn: fromDbDate(r.ratedOn), rating: r.rating, note: r.note,
    });
    out.set(r.familyId, list);
  }
  return out;
}

/** Each parent's newest rating of one goal (any plan version of it), from a newest-first list. */
export function latestPerParent(ratings: ParentRatingView[], lineageId: string): ParentRatingView[] {
  const seen = new Set<string>();
  return ratings.filter((r) => r.lineageId === lineageId && !seen.has(r.parentId) && seen.add(r.parentId));
}

/**
 * Which of the listed families' parents have rated since the last follow-up, for the therapist's
 * list of upcoming follow-ups. Re-scoped here: ids from a page never widen the reach. Audited per
 * family whose parents' ratings it reveals, as the falling ratings are.
 */
export async function familiesRatedAhead(actor: Actor, familyIds: string[]): Promise<Set<string>> {
  const db = await getDb();
  const reached = await db.family.findMany({ where: { AND: [familyScope(actor, "followUp.view"), { id: { in: familyIds } }] }, select: { id: true, municipalityId: true } });
  const ratings = await parentRatingsSinceLastFollowUp(db, reached.map((f) => f.id));
  await auditFamilyViews(db, actor, "ParentRatingsAhead", reached.filter((f) => ratings.has(f.id)).map((f) => ({ familyId: f.id, municipalityId: f.municipalityId })));
  return new Set(ratings.keys());
}

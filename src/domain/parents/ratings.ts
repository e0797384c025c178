import { checkRating } from "../method/ratings";
import type { Refusal } from "../method/reasons";
import { refuseParent, type ParentRefusal } from "./reasons";

export interface ParentRatingInput {
  goalId: string;
  /** Null: the parent left this goal unrated this time. */
  rating: number | null;
  note: string;
}

/**
 * A parent rates the active goals of their agreed plan, each at most once per answer, on the method's
 * 0–10 scale; goals left blank are skipped, but an answer must rate at least one goal.
 */
export function checkParentRatings(activeGoalIds: ReadonlySet<string>, ratings: readonly ParentRatingInput[]): ParentRefusal | Refusal | null {
  if (activeGoalIds.size === 0) return refuseParent("PORTAL_NO_AGREED_PLAN");
  const seen = new Set<string>();
  for (const [i, r] of ratings.entries()) {
    if (!activeGoalIds.has(r.goalId)) return refuseParent("PORTAL_GOAL_NOT_IN_PLAN", undefined, `ratings.${i}.rating`);
    if (seen.has(r.goalId)) return refuseParent("PORTAL_GOAL_TWICE", undefined, `ratings.${i}.rating`);
    seen.add(r.goalId);
    const offScale = r.rating === null ? null : checkRating(r.rating, `ratings.${i}.rating`);
    if (offScale) return offScale;
  }
  if (!ratings.some((r) => r.rating !== null)) return refuseParent("PORTAL_NOTHING_RATED", undefined, "ratings");
  return null;
}

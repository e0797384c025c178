import type { CalendarDate } from "@/domain/method";

export interface RatedGoal { familyId: string; familyName: string; lineageId: string; goalTitle: string; date: CalendarDate; rating: number }
export interface FallingRating { familyId: string; familyName: string; goalTitle: string; previous: number; latest: number; date: CalendarDate }

/**
 * Goals whose latest rating, given on or after `since`, is lower than the rating before it: what a
 * family therapist should look at first. Worst drop first, then the most recent.
 */
export function fallingRatings(ratings: RatedGoal[], since: CalendarDate): FallingRating[] {
  const byGoal = new Map<string, RatedGoal[]>();
  for (const r of ratings) byGoal.set(r.lineageId, [...(byGoal.get(r.lineageId) ?? []), r]);
  const falling: FallingRating[] = [];
  for (const list of byGoal.values()) {
    const sorted = list.sort((a, b) => a.date.localeCompare(b.date));
    const latest = sorted.at(-1)!;
    const previous = sorted.at(-2);
    if (!previous || latest.date < since || latest.rating >= previous.rating) continue;
    falling.push({ familyId: latest.familyId, familyName: latest.familyName, goalTitle: latest.goalTitle, previous: previous.rating, latest: latest.rating, date: latest.date });
  }
  return falling.sort((a, b) => (a.latest - a.previous) - (b.latest - b.previous) || b.date.localeCompare(a.date));
}

import type { CalendarDate } from "../method/calendar";
import { addDays } from "../method/calendar";
import { addMonths } from "./months";
import { refuseMatch, type MatchingRefusal } from "./reasons";

// A placement that ends unplanned is a breakdown (sammenbrud). What is recorded is what the next match
// can learn from: who ended it, why (coded, so it can be counted, and in words), the signs seen before.

export const BREAKDOWN_ENDED_BY = ["CHILD", "SITE", "MUNICIPALITY", "PARENTS", "SEVERAL"] as const;
export type BreakdownEndedBy = (typeof BREAKDOWN_ENDED_BY)[number];

export const BREAKDOWN_CAUSES = [
  "NEEDS_NOT_MET",
  "CHILD_BEHAVIOUR",
  "SITE_RESOURCES",
  "RELATION_CHILD_SITE",
  "PARENT_COLLABORATION",
  "SCHOOL",
  "SITE_CIRCUMSTANCES",
  "CHILD_WISH",
  "SAFETY",
  "OTHER",
] as const;
export type BreakdownCause = (typeof BREAKDOWN_CAUSES)[number];

export interface BreakdownInput {
  endDate: CalendarDate;
  endedBy: BreakdownEndedBy;
  causes: readonly BreakdownCause[];
  causeText: string;
  warningSigns: string;
  learned: string;
}

export function checkBreakdown(input: BreakdownInput, placementStart: CalendarDate, today: CalendarDate): MatchingRefusal[] {
  const refusals: MatchingRefusal[] = [];
  if (input.endDate < placementStart) refusals.push(refuseMatch("MATCH_BREAKDOWN_BEFORE_START", "endDate", { date: placementStart }));
  else if (input.endDate > today) refusals.push(refuseMatch("MATCH_BREAKDOWN_IN_FUTURE", "endDate"));
  if (input.causes.length === 0) refusals.push(refuseMatch("MATCH_BREAKDOWN_NO_CAUSE", "causes"));
  if (input.causes.includes("OTHER") && !input.causeText.trim()) refusals.push(refuseMatch("MATCH_BREAKDOWN_OTHER_TEXT", "causeText"));
  if (!input.learned.trim()) refusals.push(refuseMatch("MATCH_BREAKDOWN_LEARNING_REQUIRED", "learned"));
  return refusals;
}

/**
 * How long after a placement ended its breakdown can still be recorded: long enough for a placement ended
 * in a hurry through the ordinary end form to be described afterwards, short enough that what is written
 * is remembered rather than reconstructed.
 */
export const BREAKDOWN_RECORD_DAYS = 90;

/** The last day a breakdown of a placement that ended on `endDate` can be recorded. */
export function breakdownRecordableUntil(endDate: CalendarDate): CalendarDate {
  return addDays(endDate, BREAKDOWN_RECORD_DAYS);
}

/** A placement still open can always have its breakdown recorded (it ends with it); an ended one only for a while. */
export function checkBreakdownRecordable(placement: { endDate: CalendarDate | null }, today: CalendarDate): MatchingRefusal | null {
  if (placement.endDate === null || today <= breakdownRecordableUntil(placement.endDate)) return null;
  return refuseMatch("MATCH_BREAKDOWN_TOO_LATE", "endDate", { date: breakdownRecordableUntil(placement.endDate) });
}

/** Whether a placement from `start` that ended on `end` broke down within `years` years (for the statistics). */
export function endedWithinYears(start: CalendarDate, end: CalendarDate | null, years: number): boolean {
  return end !== null && end < addMonths(start, 12 * years);
}

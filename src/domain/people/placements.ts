import { addDays, type CalendarDate } from "../method/calendar";
import { refusePeople, type PeopleRefusal } from "./reasons";

// A child's placements form a line: at most one is open (no end date), and each starts on or after
// the day the one before ended (a move ends the old placement and starts the new on the same day).
// The open placement is what gives a placement site its reach to the child.

export const PLACEMENT_END_REASONS = ["RETURNED_HOME", "MOVED", "TURNED_18", "OTHER", "BREAKDOWN"] as const;
export type PlacementEndReason = (typeof PLACEMENT_END_REASONS)[number];

export interface PlacementSpan {
  startDate: CalendarDate;
  endDate: CalendarDate | null;
}

/** The age a child reaches on `on` (whole years, a 29 February birthday counts on 1 March). */
export function ageOn(birthDate: CalendarDate, on: CalendarDate): number {
  const [by, bm, bd] = birthDate.split("-").map(Number) as [number, number, number];
  const [y, m, d] = on.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

export function checkBirthDate(birthDate: CalendarDate, today: CalendarDate): PeopleRefusal | null {
  return birthDate > today ? refusePeople("BIRTH_DATE_IN_FUTURE", "birthDate") : null;
}

/** A new placement for a child whose placements so far are `existing`. */
export function checkStartPlacement(
  child: { birthDate: CalendarDate; placements: PlacementSpan[] },
  startDate: CalendarDate,
  today: CalendarDate,
): PeopleRefusal | null {
  if (startDate > today) return refusePeople("PLACEMENT_START_IN_FUTURE", "startDate");
  if (startDate < child.birthDate) return refusePeople("PLACEMENT_BEFORE_BIRTH", "startDate");
  if (child.placements.some((p) => p.endDate === null)) return refusePeople("PLACEMENT_ALREADY_OPEN", "startDate");
  const lastEnd = child.placements.reduce<CalendarDate | null>((max, p) => (p.endDate && (!max || p.endDate > max) ? p.endDate : max), null);
  if (lastEnd && startDate < lastEnd) return refusePeople("PLACEMENT_OVERLAPS_PREVIOUS", "startDate", { date: lastEnd });
  return null;
}

export interface EndPlacementInput {
  endDate: CalendarDate;
  reason: PlacementEndReason;
  /** Required for OTHER; optional words for the rest. */
  text: string;
}

/** Ending the open placement of a child born on `birthDate`. */
export function checkEndPlacement(placement: PlacementSpan, birthDate: CalendarDate, input: EndPlacementInput, today: CalendarDate): PeopleRefusal | null {
  if (placement.endDate !== null) return refusePeople("PLACEMENT_ENDED", "endDate");
  if (input.endDate > today) return refusePeople("PLACEMENT_END_IN_FUTURE", "endDate");
  if (input.endDate < placement.startDate) return refusePeople("PLACEMENT_END_BEFORE_START", "endDate", { date: placement.startDate });
  if (input.reason === "OTHER" && !input.text.trim()) return refusePeople("PLACEMENT_END_TEXT_REQUIRED", "endReasonText");
  if (input.reason === "TURNED_18" && ageOn(birthDate, input.endDate) < 18) return refusePeople("NOT_YET_18", "endReason", { date: addYears(birthDate, 18) });
  return null;
}

/** Moving a child from the site of its open placement to `toSiteId` on `moveDate`. */
export function checkMovePlacement(
  placement: PlacementSpan & { siteId: string },
  move: { toSiteId: string; moveDate: CalendarDate },
  today: CalendarDate,
): PeopleRefusal | null {
  if (placement.endDate !== null) return refusePeople("PLACEMENT_ENDED", "moveDate");
  if (move.toSiteId === placement.siteId) return refusePeople("MOVE_TO_SAME_SITE", "toSiteId");
  if (move.moveDate > today) return refusePeople("MOVE_IN_FUTURE", "moveDate");
  if (move.moveDate < placement.startDate) return refusePeople("MOVE_BEFORE_START", "moveDate", { date: placement.startDate });
  return null;
}

/** The old placement ends on the move date and the new one starts that day: no day without a site. */
export function movedPlacements(moveDate: CalendarDate): { oldEndDate: CalendarDate; newStartDate: CalendarDate; endReason: PlacementEndReason } {
  return { oldEndDate: moveDate, newStartDate: moveDate, endReason: "MOVED" };
}

function addYears(d: CalendarDate, years: number): CalendarDate {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  // 29 February + 18 years: the birthday is taken as 1 March in a year without it.
  if (m === 2 && day === 29) {
    const target = y + years;
    const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0;
    return leap ? `${target}-02-29` : `${target}-03-01`;
  }
  return `${y + years}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

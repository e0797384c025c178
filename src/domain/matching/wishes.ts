import type { CalendarDate } from "../method/calendar";
import { refuseMatch, type MatchingRefusal } from "./reasons";

// A person is heard when their wish is written in their own words with the day it was heard, or when the
// reason they were not heard is written down (a baby, a parent who would not meet). Nothing in between.

export interface WishInput {
  notHeard: boolean;
  words: string;
  heardOn: CalendarDate | null;
  notHeardReason: string;
}

export function checkWish(input: WishInput, today: CalendarDate): MatchingRefusal | null {
  if (input.notHeard) return input.notHeardReason.trim() ? null : refuseMatch("MATCH_REASON_REQUIRED", "notHeardReason");
  if (!input.words.trim()) return refuseMatch("MATCH_WISH_WORDS_REQUIRED", "words");
  if (!input.heardOn) return refuseMatch("MATCH_HEARD_ON_REQUIRED", "heardOn");
  if (input.heardOn > today) return refuseMatch("MATCH_HEARD_IN_FUTURE", "heardOn");
  return null;
}

/** What counts as heard when the rules read a stored wish (the gate to the search). */
export function isHeard(wish: { words: string; heardOn: unknown; notHeardReason: string | null } | undefined): boolean {
  if (!wish) return false;
  return (wish.words.trim() !== "" && wish.heardOn !== null) || !!wish.notHeardReason?.trim();
}

/** A new case's deadline, if any, is not in the past. */
export function checkDeadline(deadline: CalendarDate | null, today: CalendarDate): MatchingRefusal | null {
  return deadline && deadline < today ? refuseMatch("MATCH_DEADLINE_PAST", "deadline") : null;
}

import type { CalendarDate } from "../method/calendar";

/**
 * What the parents' printed plan lists as coming up: only dates from today on. A date that has
 * passed (held or missed) belongs to the case history, not to the parents' calendar.
 */
export function fromToday<T>(items: readonly T[], today: CalendarDate, dateOf: (item: T) => CalendarDate): T[] {
  return items.filter((item) => dateOf(item) >= today).sort((a, b) => (dateOf(a) < dateOf(b) ? -1 : dateOf(a) > dateOf(b) ? 1 : 0));
}

import { addDays, DEFAULT_METHOD_CONFIG, type CalendarDate } from "@/domain/method";

const TOLERANCE = DEFAULT_METHOD_CONFIG.overdueToleranceDays;

/**
 * The follow-up windows the lists and the home-page counts share, so a count always matches the
 * list it links to. "overdue": the ±3-day window has passed; "week"/"fortnight": not yet overdue
 * and due within 7/14 days.
 */
export function dueWindow(due: "overdue" | "week" | "fortnight" | undefined, today: CalendarDate): { dueFrom?: CalendarDate; dueBy?: CalendarDate } {
  if (due === "overdue") return { dueBy: addDays(today, -TOLERANCE - 1) };
  if (due === "week") return { dueFrom: addDays(today, -TOLERANCE), dueBy: addDays(today, 7) };
  if (due === "fortnight") return { dueFrom: addDays(today, -TOLERANCE), dueBy: addDays(today, 14) };
  return {};
}

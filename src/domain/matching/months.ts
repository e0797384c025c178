import type { CalendarDate } from "../method/calendar";

/** The same day `months` later; a day the target month lacks becomes its last day (31 January + 1 = 28/29 February). */
export function addMonths(d: CalendarDate, months: number): CalendarDate {
  const [y, m, day] = d.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = (index % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${String(ty).padStart(4, "0")}-${String(tm).padStart(2, "0")}-${String(Math.min(day, last)).padStart(2, "0")}`;
}

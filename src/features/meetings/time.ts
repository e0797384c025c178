import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import type { CalendarDate } from "@/domain/method";

const ZONE = "Europe/Copenhagen";

/** The instant of a wall-clock time in Copenhagen on a calendar day (DST-aware). */
export function copenhagenInstant(date: CalendarDate, time: string): Date {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [hh, mm] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(y, m - 1, d, hh, mm, ZONE).getTime());
}

export function copenhagenParts(instant: Date): { date: CalendarDate; time: string } {
  const local = new TZDate(instant.getTime(), ZONE);
  return { date: format(local, "yyyy-MM-dd"), time: format(local, "HH:mm") };
}

import { isValidCalendarDate, type CalendarDate } from "./calendar";
import { firstRefusal, refuse, type ReasonCode, type Refusal } from "./reasons";

// Plumbing shared by the rule files; not part of the module's public API.

export const isBlank = (text: string | null | undefined): boolean => !text || text.trim() === "";

/** The checks every user-entered date goes through: a real date, not after today, not before `floor`. */
export function checkDateInput(
  date: CalendarDate,
  today: CalendarDate,
  field: string,
  codes: { future: ReasonCode; tooEarly: ReasonCode },
  floor: CalendarDate | null,
): Refusal | null {
  return firstRefusal(
    () => (isValidCalendarDate(date) ? null : refuse("INVALID_DATE", undefined, field)),
    () => (date > today ? refuse(codes.future, undefined, field) : null),
    () => (floor !== null && date < floor ? refuse(codes.tooEarly, { date: floor }, field) : null),
  );
}

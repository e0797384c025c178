import type { CalendarDate } from "@/domain/method";

// Prisma hands @db.Date columns over as JS Dates at UTC midnight; the domain speaks "YYYY-MM-DD".
export const toDbDate = (d: CalendarDate): Date => new Date(`${d}T00:00:00Z`);
export const fromDbDate = (d: Date): CalendarDate => d.toISOString().slice(0, 10);
export const fromDbDateOrNull = (d: Date | null | undefined): CalendarDate | null => (d ? fromDbDate(d) : null);

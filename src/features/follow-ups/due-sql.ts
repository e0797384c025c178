import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { CalendarDate } from "@/domain/method";
import { toDbDate as day } from "@/server/dates";

// followUpStanding() (src/domain/method/follow-ups.ts) for SQL, over the stored due dates
// (FollowUpDue = dueDateRecords()). Lists, home counts, reminders and the e-mail digest filter and
// sort with these and nothing else; tests/server/follow-up-standing-sql.test.ts proves that they
// agree with the domain for every family of a generated data set.
//   next          the earliest due date of the running cycle not held and whose window is open;
//   missed        its due dates whose window closed without a follow-up;
//   overdue since the first of those no follow-up of the phase came after (caughtUpOn is null).

/** A due date of the family's running change or maintenance phase; a closed case has none. */
const running = { phase: { endDate: null }, family: { stage: { not: "CLOSED" as const } } };

/** Families whose next follow-up falls due on or before `by`. */
export function nextDueByWhere(today: CalendarDate, by: CalendarDate): Prisma.FamilyWhereInput {
  return { followUpDues: { some: { ...running, heldOn: null, windowEnd: { gte: day(today) }, dueDate: { lte: day(by) } } } };
}

/** Families that missed a follow-up and have held none since. */
export function overdueWhere(today: CalendarDate): Prisma.FamilyWhereInput {
  return { followUpDues: { some: { ...running, heldOn: null, caughtUpOn: null, windowEnd: { lt: day(today) } } } };
}

/**
 * `LEFT JOIN LATERAL … AS <alias>` giving, for the family row `f`, the columns next (date), missed
 * (int) and "overdueSince" (date), all null/0 when no cycle runs.
 */
export function standingJoin(today: CalendarDate, alias = "fs"): Prisma.Sql {
  return Prisma.sql`LEFT JOIN LATERAL (
    SELECT min(d."dueDate") FILTER (WHERE d."heldOn" IS NULL AND d."windowEnd" >= ${today}::date) AS next,
           (count(*) FILTER (WHERE d."heldOn" IS NULL AND d."windowEnd" < ${today}::date))::int AS missed,
           min(d."dueDate") FILTER (WHERE d."heldOn" IS NULL AND d."caughtUpOn" IS NULL AND d."windowEnd" < ${today}::date) AS "overdueSince"
    FROM "FollowUpDue" d JOIN "Phase" p ON p.id = d."phaseId" AND p."endDate" IS NULL
    WHERE d."familyId" = f.id AND f."stage" <> 'CLOSED'
  ) ${Prisma.raw(alias)} ON true`;
}

/** The missed due dates (each its own reminder) of the running cycles of the families `f` selects: rows of d. */
export function missedDuesJoin(today: CalendarDate): Prisma.Sql {
  return Prisma.sql`JOIN "FollowUpDue" d ON d."familyId" = f.id AND d."heldOn" IS NULL AND d."windowEnd" < ${today}::date AND f."stage" <> 'CLOSED'
    JOIN "Phase" dp ON dp.id = d."phaseId" AND dp."endDate" IS NULL`;
}

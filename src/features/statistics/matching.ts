import "server-only";
import { Prisma } from "@/generated/prisma/client";
import {
  BREAKDOWN_SPANS, OUTCOME_DIMENSIONS, brokeDownWithinYears, oldEnoughFor,
  type OutcomeCell, type OutcomeDimension, type PlacementOutcomes, type WishGroup,
} from "@/domain/matching";
import type { CalendarDate } from "@/domain/method";
import type { getDb } from "@/server/db";
import type { FamilySlice } from "./load";

type Db = Awaited<ReturnType<typeof getDb>>;
const sql = Prisma.sql;

// The matching figures of one municipality, counted in the database: a placement is one row however many
// years of history the family has, so the count runs where the rows are. The rules are the domain's
// (placementOutcomes in src/domain/matching/statistics.ts); tests/server/matching-statistics.test.ts holds
// this SQL to them on generated data. Date arithmetic matches addMonths: PostgreSQL's date + interval
// 'N years' also turns 29 February into 28 February.

/** One row per placement: what the figures and the export count by. */
const placementRows = (where: Prisma.Sql) => sql`
  SELECT pl.id, c."familyId", pl."startDate", pl."endDate", pl.type::text AS "siteKind", pl."legalBasis"::text AS "legalBasis",
    (pl."endReasonKind" = 'BREAKDOWN' OR b.id IS NOT NULL) AS "brokeDown",
    COALESCE(d."childWishOutcome", 'NO_DECISION') AS "childWish", COALESCE(d."parentWishOutcome", 'NO_DECISION') AS "parentWish",
    b."endedBy"::text AS "endedBy", b.causes
  FROM "Placement" pl
  JOIN "Child" c ON c.id = pl."childId"
  JOIN "Family" f ON f.id = c."familyId"
  LEFT JOIN "PlacementBreakdown" b ON b."placementId" = pl.id
  LEFT JOIN "MatchingDecision" d ON d."placementId" = pl.id
  WHERE ${where}`;

/** The figures of `municipalityId` (the caller's reach, from wholeMunicipalityReach) as of `today`. */
export async function matchingOutcomesSql(db: Db, municipalityId: string, today: CalendarDate): Promise<PlacementOutcomes> {
  const spans = BREAKDOWN_SPANS.map((years) => {
    const end = sql`p."startDate" + make_interval(years => ${years}::int)`;
    return sql`count(*) FILTER (WHERE ${end} <= ${today}::date)::int AS ${Prisma.raw(`"counted${years}"`)},
      count(*) FILTER (WHERE ${end} <= ${today}::date AND p."brokeDown" AND p."endDate" < ${end})::int AS ${Prisma.raw(`"broke${years}"`)}`;
  });
  const rows = await db.$queryRaw<({ dimension: OutcomeDimension; key: string; started: number } & Record<string, number>)[]>(sql`
    WITH p AS (${placementRows(sql`f."municipalityId" = ${municipalityId} AND pl."startDate" <= ${today}::date`)})
    SELECT g.dimension, g.key, count(*)::int AS started, ${Prisma.join(spans)}
    FROM p CROSS JOIN LATERAL (VALUES
      ('total', 'all'), ('startYear', to_char(p."startDate", 'YYYY')), ('siteKind', p."siteKind"), ('childWish', p."childWish"), ('parentWish', p."parentWish")
    ) AS g(dimension, key)
    GROUP BY g.dimension, g.key`);
  const out = Object.fromEntries(OUTCOME_DIMENSIONS.map((d) => [d, {}])) as PlacementOutcomes;
  for (const r of rows) {
    const cell: OutcomeCell = { started: r.started, counted: { 1: 0, 2: 0 }, brokeDown: { 1: 0, 2: 0 } };
    for (const years of BREAKDOWN_SPANS) {
      cell.counted[years] = r[`counted${years}`]!;
      cell.brokeDown[years] = r[`broke${years}`]!;
    }
    out[r.dimension][r.key] = cell;
  }
  return out;
}

export const PLACEMENT_CSV_COLUMNS = [
  "family", "start_year", "site_kind", "legal_basis", "ended", "broke_down", "broke_down_within_1y", "broke_down_within_2y",
  "ended_by", "causes", "child_wish", "parents_wish",
] as const;

/**
 * The export's rows for a slice of families, one per placement that has started: the family's pseudonym
 * (so rows join the family export), the year of start but no day, coded values only (no free text, no
 * names, no ids). A within-span column is blank where the placement is too young to count.
 */
export async function placementCsvRows(db: Db, slice: FamilySlice, today: CalendarDate, pseudonymOf: (familyId: string) => string): Promise<string[]> {
  const rows = await db.$queryRaw<{
    familyId: string; startDate: Date; endDate: Date | null; siteKind: string; legalBasis: string; brokeDown: boolean;
    childWish: WishGroup; parentWish: WishGroup; endedBy: string | null; causes: string[] | null;
  }[]>(sql`${placementRows(sql`f."municipalityId" = ${slice.municipalityId} AND f.id > ${slice.after} AND f.id <= ${slice.through} AND pl."startDate" <= ${today}::date`)}
    ORDER BY c."familyId", pl."startDate"`);
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return rows.map((r) => {
    const p = { startDate: day(r.startDate), endDate: r.endDate ? day(r.endDate) : null, brokeDown: r.brokeDown };
    const within = (years: number) => (oldEnoughFor(p.startDate, years, today) ? (brokeDownWithinYears(p, years) ? 1 : 0) : "");
    return [
      pseudonymOf(r.familyId), p.startDate.slice(0, 4), r.siteKind, r.legalBasis, p.endDate ? 1 : 0, r.brokeDown ? 1 : 0, within(1), within(2),
      r.endedBy ?? "", (r.causes ?? []).join("|"), r.childWish, r.parentWish,
    ].join(",") + "\r\n";
  });
}

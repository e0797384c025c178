import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { getDb } from "@/server/db";
import type { StatsFamily, Period } from "./compute";

type Db = Awaited<ReturnType<typeof getDb>>;
const sql = Prisma.sql;

/** A slice of one municipality's families, in id order: `after` < id ≤ `through`. */
export interface FamilySlice { municipalityId: string; after: string; through: string }

/**
 * The statistics' input for a slice of families, in flat SQL rather than nested ORM reads: a
 * municipality has up to ~1,500 families with years of follow-ups and ratings, and the nested
 * read took seconds. The figures themselves stay in compute.ts (and the method's rules in the
 * domain module); this only fetches what they need:
 * - only phases that can have a due date or an ending in the period,
 * - of the ratings in the period, only each goal's first and latest (all that a change needs),
 * - only contact sessions in the period.
 */
export async function loadStatsFamilies(db: Db, slice: FamilySlice, period: Period): Promise<StatsFamily[]> {
  const families = await db.$queryRaw<{ id: string; stage: StatsFamily["stage"] }[]>(
    sql`SELECT f.id, f."stage"::text AS "stage" FROM "Family" f
        WHERE f."municipalityId" = ${slice.municipalityId} AND f.id > ${slice.after} AND f.id <= ${slice.through} ORDER BY f.id`);
  // Every read below starts from the families' ids, so each one is an index lookup per family.
  const ids = families.map((f) => f.id);
  const phaseInPeriod = sql`p.kind <> 'CLOSED' AND p."startDate" <= ${period.to}::date AND (p."endDate" IS NULL OR p."endDate" >= ${period.from}::date - 120)`;
  const [phases, followUps, goals, ratings, sessions] = await Promise.all([
    db.$queryRaw<{ id: string; familyId: string; kind: "START_UP" | "CHANGE" | "MAINTENANCE"; startDate: string; plannedWeeks: number | null; followUpIntervalDays: number | null; endDate: string | null }[]>(
      sql`SELECT p.id, p."familyId", p.kind::text AS kind, p."startDate"::text AS "startDate", p."plannedWeeks", p."followUpIntervalDays", p."endDate"::text AS "endDate"
          FROM "Phase" p WHERE p."familyId" = ANY(${ids}::text[]) AND ${phaseInPeriod}`),
    db.$queryRaw<{ familyId: string; phaseId: string; date: string }[]>(
      sql`SELECT p."familyId", fu."phaseId", fu.date::text AS date
          FROM "Phase" p JOIN "FollowUp" fu ON fu."phaseId" = p.id WHERE p."familyId" = ANY(${ids}::text[]) AND ${phaseInPeriod}`),
    // Every goal of every plan version: ratings are given to a version's goal, and a goal keeps its
    // lineage across versions; only the agreed version's goals count for reached/dropped.
    db.$queryRaw<{ familyId: string; id: string; lineageId: string; status: "ACTIVE" | "REACHED" | "DROPPED"; agreed: boolean }[]>(
      sql`SELECT ap."familyId", g.id, g."lineageId", g.status::text AS status, v.status = 'AGREED' AS agreed
          FROM unnest(${ids}::text[]) AS x(id) JOIN "ActionPlan" ap ON ap."familyId" = x.id
          JOIN "ActionPlanVersion" v ON v."planId" = ap.id JOIN "Goal" g ON g."planVersionId" = v.id`),
    db.$queryRaw<{ familyId: string; goalId: string; date: string; rating: number }[]>(
      sql`SELECT "familyId", "goalId", date::text AS date, rating FROM (
            SELECT fu."familyId", gr."goalId", fu.date, gr.rating,
              row_number() OVER (PARTITION BY gr."goalId" ORDER BY fu.date, fu.id) AS first,
              row_number() OVER (PARTITION BY gr."goalId" ORDER BY fu.date DESC, fu.id DESC) AS latest
            FROM "FollowUp" fu JOIN "GoalRating" gr ON gr."followUpId" = fu.id
            WHERE fu."familyId" = ANY(${ids}::text[]) AND fu.date BETWEEN ${period.from}::date AND ${period.to}::date
          ) r WHERE first = 1 OR latest = 1`),
    db.$queryRaw<{ familyId: string; date: string; status: string }[]>(
      sql`SELECT c."familyId", s.date::text AS date, s.status::text AS status
          FROM "Child" c JOIN "ContactPlan" cp ON cp."childId" = c.id JOIN "ContactSession" s ON s."contactPlanId" = cp.id
          WHERE c."familyId" = ANY(${ids}::text[]) AND s.date BETWEEN ${period.from}::date AND ${period.to}::date`),
  ]);
  const byFamily = new Map<string, StatsFamily>(families.map((f) => [f.id, { id: f.id, stage: f.stage, phases: [], followUps: [], goals: [], ratings: [], sessions: [] }]));
  const lineageOf = new Map(goals.map((g) => [g.id, g.lineageId]));
  for (const p of phases) byFamily.get(p.familyId)?.phases.push({ id: p.id, kind: p.kind, startDate: p.startDate, plannedWeeks: p.plannedWeeks, followUpIntervalDays: p.followUpIntervalDays, endDate: p.endDate, assessment: null });
  for (const x of followUps) byFamily.get(x.familyId)?.followUps.push({ phaseId: x.phaseId, date: x.date });
  for (const g of goals) if (g.agreed) byFamily.get(g.familyId)?.goals.push({ lineageId: g.lineageId, status: g.status });
  // Each goal's first and latest rating; ratingChanges then takes the first and latest per lineage.
  for (const r of ratings) byFamily.get(r.familyId)?.ratings.push({ lineageId: lineageOf.get(r.goalId) ?? r.goalId, date: r.date, rating: Number(r.rating) });
  for (const s of sessions) byFamily.get(s.familyId)?.sessions.push({ date: s.date, status: s.status });
  return [...byFamily.values()];
}

/** The ids that cut a municipality's families into slices of at most `size`, for streaming. */
export async function familySlices(db: Db, municipalityId: string, size: number): Promise<{ slices: FamilySlice[]; families: number }> {
  const rows = await db.$queryRaw<{ id: string; n: number }[]>(
    sql`SELECT id, n FROM (SELECT id, row_number() OVER (ORDER BY id)::int AS n, count(*) OVER ()::int AS total FROM "Family" WHERE "municipalityId" = ${municipalityId}) x
        WHERE n % ${size} = 0 OR n = total ORDER BY id`);
  const slices: FamilySlice[] = [];
  let after = "";
  for (const r of rows) {
    slices.push({ municipalityId, after, through: r.id });
    after = r.id;
  }
  return { slices, families: rows.at(-1)?.n ?? 0 };
}

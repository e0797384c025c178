// Who and what the benchmark requests, chosen with read-only SQL on the scale database.
import { readdirSync } from "node:fs";
import path from "node:path";
import pg from "pg";

export interface BenchUser {
  id: string;
  email: string;
  name: string;
}

export interface FollowUpFamily {
  id: string;
  displayName: string;
  phase: string;
  /** First day of the running change/maintenance phase (YYYY-MM-DD). */
  phaseStart: string;
}

export interface CaseworkerTarget extends BenchUser {
  assigned: number;
  /** A family of theirs in CHANGE: the family page scenario. */
  familyPage: { id: string; displayName: string };
  /** Other open families of theirs with a plan: the plan-save scenario (each client owns its own). */
  planFamilies: { id: string; displayName: string }[];
}

export interface TherapistTarget extends BenchUser {
  assigned: number;
  /** Their CHANGE/MAINTENANCE families with an agreed plan: the follow-up-save scenario. */
  followUpFamilies: FollowUpFamily[];
}

export interface Targets {
  municipality: { id: string; code: string; name: string; families: number };
  caseworkers: CaseworkerTarget[];
  therapists: TherapistTarget[];
  coordinator: BenchUser;
}

/** A pg client on the schema named by ?schema= in a Prisma-style URL. */
export async function connect(databaseUrl: string): Promise<pg.Client> {
  const url = new URL(databaseUrl);
  const schema = url.searchParams.get("schema") ?? "public";
  url.searchParams.delete("schema");
  const client = new pg.Client({ connectionString: url.toString(), options: `-c search_path="${schema.replace(/"/g, '""')}"`, application_name: "bench" });
  await client.connect();
  // This session only reads.
  await client.query("SET default_transaction_read_only = on");
  return client;
}

/** Throws unless the database holds the generated scale data (users @scale.local). */
export async function assertScaleData(db: pg.Client): Promise<{ users: number; families: number }> {
  let row: { users: number; families: number } | undefined;
  try {
    row = (await db.query<{ users: number; families: number }>(
      `SELECT (SELECT count(*) FROM "User" WHERE email LIKE '%@scale.local')::int AS users, (SELECT count(*) FROM "Family")::int AS families`,
    )).rows[0];
  } catch (error) {
    throw new Error(`cannot read the app's tables there (${(error as Error).message}); is this the scale database?`);
  }
  if (!row || row.users === 0) throw new Error("the database holds no scale data (no users ending @scale.local); run `npm run seed:scale` first");
  return row;
}

/** Migrations in prisma/migrations that the database has not recorded: the server applies them at start. */
export async function pendingMigrations(db: pg.Client, root: string): Promise<string[]> {
  const dir = path.join(root, "prisma", "migrations");
  const all = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const done = new Set((await db.query<{ migration_name: string }>(
    `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  )).rows.map((r) => r.migration_name));
  return all.filter((m) => !done.has(m));
}

export async function pickTargets(db: pg.Client, want: number): Promise<Targets> {
  const q = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;
  const [municipality] = await q<Targets["municipality"]>(
    `SELECT m.id, m.code, m.name, count(f.id)::int AS families
     FROM "Municipality" m JOIN "Family" f ON f."municipalityId" = m.id
     GROUP BY m.id ORDER BY families DESC, m.code LIMIT 1`,
  );
  if (!municipality) throw new Error("no municipality with families");

  // Caseworkers by assigned families; each needs a CHANGE family (page) and another open family with a plan (plan save).
  const cwRows = await q<BenchUser & { assigned: number; families: { id: string; displayName: string; phase: string; hasPlan: boolean }[] }>(
    `SELECT u.id, u.email, u.name, count(*)::int AS assigned,
       json_agg(json_build_object('id', f.id, 'displayName', f."displayName", 'phase', f."stage",
         'hasPlan', EXISTS (SELECT 1 FROM "ActionPlan" p JOIN "ActionPlanVersion" v ON v."planId" = p.id WHERE p."familyId" = f.id))
         ORDER BY f.id) AS families
     FROM "FamilyAssignment" a JOIN "User" u ON u.id = a."userId" JOIN "Family" f ON f.id = a."familyId"
     WHERE a.role = 'CASEWORKER' AND u.role = 'CASEWORKER' AND u.active AND f."municipalityId" = $1
     GROUP BY u.id
     ORDER BY assigned DESC, count(*) FILTER (WHERE f."stage" = 'CHANGE') DESC, u.email`,
    [municipality.id],
  );
  const caseworkers: CaseworkerTarget[] = [];
  for (const cw of cwRows) {
    const page = cw.families.find((f) => f.phase === "CHANGE");
    if (!page) continue;
    const planFamilies = cw.families
      .filter((f) => f.id !== page.id && f.hasPlan && (f.phase === "CHANGE" || f.phase === "MAINTENANCE"))
      .slice(0, 3)
      .map(({ id, displayName }) => ({ id, displayName }));
    if (planFamilies.length === 0) continue;
    caseworkers.push({ id: cw.id, email: cw.email, name: cw.name, assigned: cw.assigned, familyPage: { id: page.id, displayName: page.displayName }, planFamilies });
    if (caseworkers.length >= want) break;
  }
  if (caseworkers.length === 0) throw new Error(`no caseworker in ${municipality.name} with a CHANGE family and another open family with a plan`);
  const reserved = new Set(caseworkers.flatMap((c) => [c.familyPage.id, ...c.planFamilies.map((f) => f.id)]));

  // Therapists by assigned families; follow-ups go to their running-cycle families with agreed active goals.
  const thRows = await q<BenchUser & { assigned: number; families: FollowUpFamily[] }>(
    `SELECT u.id, u.email, u.name, count(*)::int AS assigned,
       coalesce(json_agg(json_build_object('id', f.id, 'displayName', f."displayName", 'phase', f."stage", 'phaseStart', to_char(ph."startDate", 'YYYY-MM-DD'))
         ORDER BY f.id) FILTER (WHERE ph.id IS NOT NULL AND EXISTS (
           SELECT 1 FROM "ActionPlan" p JOIN "ActionPlanVersion" v ON v."planId" = p.id AND v.status = 'AGREED'
           JOIN "Goal" g ON g."planVersionId" = v.id AND g.status = 'ACTIVE' WHERE p."familyId" = f.id)), '[]') AS families
     FROM "FamilyAssignment" a JOIN "User" u ON u.id = a."userId" JOIN "Family" f ON f.id = a."familyId"
     LEFT JOIN "Phase" ph ON ph."familyId" = f.id AND ph."endDate" IS NULL AND ph.kind IN ('CHANGE', 'MAINTENANCE')
       AND f."stage" IN ('CHANGE', 'MAINTENANCE')
     WHERE a.role = 'THERAPIST' AND u.role = 'THERAPIST' AND u.active AND f."municipalityId" = $1
     GROUP BY u.id
     ORDER BY assigned DESC, u.email`,
    [municipality.id],
  );
  const therapists: TherapistTarget[] = [];
  const taken = new Set(reserved);
  for (const th of thRows) {
    const followUpFamilies = th.families.filter((f) => !taken.has(f.id));
    if (followUpFamilies.length === 0) continue;
    followUpFamilies.forEach((f) => taken.add(f.id));
    therapists.push({ id: th.id, email: th.email, name: th.name, assigned: th.assigned, followUpFamilies });
    if (therapists.length >= want) break;
  }
  if (therapists.length === 0) throw new Error(`no therapist in ${municipality.name} with a running change/maintenance family`);

  const [coordinator] = await q<BenchUser>(
    `SELECT id, email, name FROM "User" WHERE role = 'COORDINATOR' AND active AND "municipalityId" = $1 ORDER BY email LIMIT 1`,
    [municipality.id],
  );
  if (!coordinator) throw new Error(`no active coordinator in ${municipality.name}`);
  return { municipality, caseworkers, therapists, coordinator };
}

/** Follow-ups and goal ratings whose request id starts with `prefix` (the benchmark's own). */
export async function countFollowUps(db: pg.Client, prefix: string): Promise<{ followUps: number; ratings: number }> {
  const [row] = (await db.query<{ followUps: number; ratings: number }>(
    `SELECT count(DISTINCT fu.id)::int AS "followUps", count(r.id)::int AS ratings
     FROM "FollowUp" fu LEFT JOIN "GoalRating" r ON r."followUpId" = fu.id WHERE fu."requestId" LIKE $1`,
    [`${prefix.replace(/[\\%_]/g, "\\$&")}%`],
  )).rows;
  return row ?? { followUps: 0, ratings: 0 };
}

/**
 * What plan saves leave behind for these families: successful create/update audit rows of their plan
 * versions, and the sum of the versions' optimistic row versions (a save that creates a version adds
 * one row at version 1, a save that edits a draft adds 1 to it: either way the sum grows by one).
 */
export async function countPlanWrites(db: pg.Client, familyIds: string[]): Promise<{ audits: number; rowVersions: number; versions: number }> {
  const [row] = (await db.query<{ audits: number; rowVersions: number; versions: number }>(
    `SELECT (SELECT count(*) FROM "AuditEvent" WHERE "familyId" = ANY($1) AND "recordType" = 'ActionPlanVersion'
               AND action IN ('CREATE', 'UPDATE') AND outcome = 'SUCCESS')::int AS audits,
            (SELECT coalesce(sum(v.version), 0) FROM "ActionPlanVersion" v JOIN "ActionPlan" p ON p.id = v."planId" WHERE p."familyId" = ANY($1))::int AS "rowVersions",
            (SELECT count(*) FROM "ActionPlanVersion" v JOIN "ActionPlan" p ON p.id = v."planId" WHERE p."familyId" = ANY($1))::int AS versions`,
    [familyIds],
  )).rows;
  return row!;
}

export interface MatchingTargets {
  /** The caseworker with the most matching cases that have candidates, and those cases (the case and candidates pages). */
  caseworker: BenchUser;
  cases: { id: string; child: string }[];
  /** A site user whose sites have the most referrals (the referral list). */
  site: BenchUser;
}

/** Who reads the matching pages in the bench, from the scale data's matching cases in the municipality. */
export async function pickMatchingTargets(db: pg.Client, municipalityId: string): Promise<MatchingTargets> {
  const q = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;
  const [cw] = await q<BenchUser & { cases: { id: string; child: string }[] }>(
    `SELECT u.id, u.email, u.name,
       json_agg(json_build_object('id', mc.id, 'child', ch.name) ORDER BY mc."openedOn" DESC, mc.id) AS cases
     FROM "MatchingCase" mc JOIN "Child" ch ON ch.id = mc."childId"
     JOIN "FamilyAssignment" a ON a."familyId" = ch."familyId" AND a.role = 'CASEWORKER'
     JOIN "User" u ON u.id = a."userId" AND u.active
     WHERE mc."municipalityId" = $1 AND EXISTS (SELECT 1 FROM "MatchingCandidate" k WHERE k."caseId" = mc.id)
     GROUP BY u.id ORDER BY count(*) DESC, u.email LIMIT 1`,
    [municipalityId],
  );
  if (!cw) throw new Error("no matching case with candidates in the municipality: run seed:scale again (it now generates matching)");
  const [site] = await q<BenchUser>(
    `SELECT u.id, u.email, u.name FROM "User" u JOIN "SiteMembership" s ON s."userId" = u.id AND s.role = 'STAFF'
     JOIN "MatchingCandidate" k ON k."siteId" = s."siteId" AND k."referralSentOn" IS NOT NULL
     WHERE u.role = 'SITE' AND u.active GROUP BY u.id ORDER BY count(*) DESC, u.email LIMIT 1`,
  );
  if (!site) throw new Error("no site user with a referral in the scale data");
  return { caseworker: { id: cw.id, email: cw.email, name: cw.name }, cases: cw.cases.slice(0, 16), site };
}

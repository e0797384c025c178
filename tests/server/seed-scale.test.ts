import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase } from "@/server/db";
import type { Db } from "@/server/db";
import { hashPassword, verifyPassword } from "@/server/auth/password";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { dueDateRecords, plannedEndDate, todayInCopenhagen } from "@/domain/method";
import { loadSnapshot } from "@/features/phases/snapshot";
import {
  DEFERRED_TABLES, generateScaleData, planMunicipalities, schemaObjects, type ScaleExecutor, type SchemaObjects,
} from "../../scripts/lib/scale-sql";

// The national-scale generator (scripts/seed-scale.ts) at a small size, on whichever engine the test
// setup gives this file (PGlite, or a fresh PostgreSQL schema), through Prisma's raw queries.
const TODAY = todayInCopenhagen(new Date());
const PASSWORD = "scale1234";
const OPTIONS = { municipalities: 3, families: 60, years: 1, today: TODAY, seed: 0.42, deferIndexes: true } as const;

let prisma: Db;
let before: SchemaObjects;
let after: SchemaObjects;
const q = <T>(sql: string) => prisma.$queryRawUnsafe<T[]>(sql);
const T = `DATE '${TODAY}'`;

beforeAll(async () => {
  prisma = (await getDatabase()).prisma;
  const passwordHash = await hashPassword(PASSWORD);
  await prisma.$transaction(async (tx) => {
    const db: ScaleExecutor = { query: <R>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<R[]>(sql, ...params) };
    before = await schemaObjects(db, DEFERRED_TABLES);
    await generateScaleData(db, { ...OPTIONS, passwordHash });
    after = await schemaObjects(db, DEFERRED_TABLES);
  }, { timeout: 120_000, maxWait: 20_000 });
}, 180_000);

describe("seed:scale generator (small size)", () => {
  it("creates the requested municipalities, families and staff, all logging in with the shared password", async () => {
    const plan = planMunicipalities(OPTIONS);
    expect(plan.map((m) => m.families).reduce((a, b) => a + b, 0)).toBe(OPTIONS.families);
    const perMunicipality = await q<{ code: string; families: number; cw: number; th: number; coord: number; admin: number; cons: number }>(
      `SELECT m.code, (SELECT count(*) FROM "Family" f WHERE f."municipalityId" = m.id)::int AS families,
         (SELECT count(*) FROM "User" u WHERE u."municipalityId" = m.id AND u.role = 'CASEWORKER')::int AS cw,
         (SELECT count(*) FROM "User" u WHERE u."municipalityId" = m.id AND u.role = 'THERAPIST')::int AS th,
         (SELECT count(*) FROM "User" u WHERE u."municipalityId" = m.id AND u.role = 'COORDINATOR')::int AS coord,
         (SELECT count(*) FROM "User" u WHERE u."municipalityId" = m.id AND u.role = 'ADMIN')::int AS admin,
         (SELECT count(*) FROM "User" u WHERE u."municipalityId" = m.id AND u.role = 'CONSULTANT')::int AS cons
       FROM "Municipality" m ORDER BY m.code`,
    );
    expect(perMunicipality).toEqual(plan.map((m) => ({
      code: m.code, families: m.families, cw: m.caseworkers, th: m.therapists, coord: 1, admin: 1, cons: m.consultants,
    })));
    expect(perMunicipality.map((m) => m.code)).toEqual(["0101", "0147", "0151"]);

    const [counts] = await q<{ sites: number; siteUsers: number; goals: number; plans: number; badGoalCount: number }>(
      `SELECT (SELECT count(*) FROM "PlacementSite")::int AS "sites",
              (SELECT count(*) FROM "User" WHERE role = 'SITE' AND "municipalityId" IS NULL)::int AS "siteUsers",
              (SELECT count(*) FROM "Goal")::int AS "goals", (SELECT count(*) FROM "ActionPlanVersion")::int AS "plans",
              (SELECT count(*) FROM (SELECT v.id FROM "ActionPlanVersion" v LEFT JOIN "Goal" g ON g."planVersionId" = v.id
                 GROUP BY v.id HAVING count(g.id) NOT BETWEEN 2 AND 4) x)::int AS "badGoalCount"`,
    );
    expect(counts).toMatchObject({ sites: OPTIONS.municipalities, plans: OPTIONS.families, badGoalCount: 0 });
    expect(counts!.siteUsers).toBeGreaterThanOrEqual(OPTIONS.municipalities);

    const users = await q<{ email: string; passwordHash: string }>(
      `SELECT email, "passwordHash" FROM "User" WHERE email IN ('cw1.0101@scale.local', 'site1.1@scale.local') ORDER BY email`,
    );
    expect(users.map((u) => u.email)).toEqual(["cw1.0101@scale.local", "site1.1@scale.local"]);
    for (const u of users) expect(await verifyPassword(u.passwordHash, PASSWORD)).toBe(true);
    const [distinctHashes] = await q<{ n: number }>(`SELECT count(DISTINCT "passwordHash")::int AS n FROM "User"`);
    expect(distinctHashes!.n).toBe(1);
  });

  it("spreads the families over every phase", async () => {
    const rows = await q<{ phase: string; n: number }>(`SELECT "stage"::text AS phase, count(*)::int AS n FROM "Family" GROUP BY 1 ORDER BY 1`);
    expect(rows.map((r) => r.phase)).toEqual(["CHANGE", "CLOSED", "MAINTENANCE", "START_UP"]);
  });

  it("gives every family exactly one open phase of its current kind, or none when CLOSED", async () => {
    const rows = await q<{ current: string; open: number; kind: string | null; closedOn: Date | null; closeReason: string | null }>(
      `SELECT f."stage"::text AS current, count(p.id) FILTER (WHERE p."endDate" IS NULL)::int AS open,
              max(p.kind::text) FILTER (WHERE p."endDate" IS NULL) AS kind, f."closedOn" AS "closedOn", f."closeReason" AS "closeReason"
       FROM "Family" f LEFT JOIN "Phase" p ON p."familyId" = f.id GROUP BY f.id`,
    );
    expect(rows).toHaveLength(OPTIONS.families);
    for (const r of rows) {
      if (r.current === "CLOSED") expect(r).toMatchObject({ open: 0, kind: null, closedOn: expect.any(Date), closeReason: expect.any(String) });
      else expect(r).toMatchObject({ open: 1, kind: r.current, closedOn: null, closeReason: null });
    }
  });

  it("stores plannedEndDate, lengths and intervals as the domain rules compute them", async () => {
    const phases = await q<{ kind: string; startDate: Date; plannedWeeks: number | null; plannedEndDate: Date | null; followUpIntervalDays: number | null; endDate: Date | null }>(
      `SELECT kind::text AS kind, "startDate", "plannedWeeks", "plannedEndDate", "followUpIntervalDays", "endDate" FROM "Phase"`,
    );
    for (const p of phases) {
      const startDate = fromDbDate(p.startDate);
      expect(fromDbDateOrNull(p.plannedEndDate)).toBe(plannedEndDate({ startDate, plannedWeeks: p.plannedWeeks }));
      if (p.kind === "START_UP") {
        expect(p).toMatchObject({ plannedWeeks: null, followUpIntervalDays: null });
        continue;
      }
      expect(p.plannedWeeks).toBeGreaterThanOrEqual(8);
      expect(p.plannedWeeks).toBeLessThanOrEqual(16);
      expect(p.kind === "CHANGE" ? [14] : [14, 28]).toContain(p.followUpIntervalDays);
      if (p.endDate) expect(fromDbDate(p.endDate) >= startDate).toBe(true);
      expect(startDate <= TODAY).toBe(true);
    }
  });

  it("chains the phases as the method does: start-up, then cycles each ended and assessed before the next", async () => {
    const families = await prisma.family.findMany({
      select: {
        id: true, stage: true, enrolledOn: true, closedOn: true,
        phases: { orderBy: [{ startDate: "asc" }, { kind: "desc" }], select: { kind: true, startDate: true, endDate: true, assessment: { select: { date: true, decision: true } } } },
      },
    });
    for (const f of families) {
      const phases = f.phases.map((p) => ({ ...p, start: fromDbDate(p.startDate), end: fromDbDateOrNull(p.endDate), assessed: p.assessment ? fromDbDate(p.assessment.date) : null }));
      expect(phases[0]!.kind).toBe("START_UP");
      expect(phases[0]!.start).toBe(fromDbDate(f.enrolledOn));
      expect(phases.filter((p) => p.kind === "START_UP")).toHaveLength(1);
      if (phases.length > 1) {
        expect(phases[1]!.kind).toBe("CHANGE");
        expect(phases[0]!.end).toBe(phases[1]!.start); // the start-up ends on the day the first change starts
      }
      for (let i = 1; i < phases.length; i++) {
        const p = phases[i]!;
        const next = phases[i + 1];
        if (!p.end) {
          expect(next).toBeUndefined();
          expect(p.assessment).toBeNull();
          continue;
        }
        expect(p.assessment).not.toBeNull();
        expect(p.assessed! >= p.start && p.assessed! <= TODAY).toBe(true);
        if (next) {
          expect(p.assessment!.decision).toBe(`START_${next.kind}`);
          expect(next.start > p.end && next.start >= p.assessed!).toBe(true);
        } else {
          expect(p.assessment!.decision).toBe("CLOSE");
          expect(f.stage).toBe("CLOSED");
          expect(fromDbDateOrNull(f.closedOn)).toBe(p.assessed);
        }
      }
    }
  });

  it("stores every due date as dueDateRecords() computes it, with the follow-up that counted", async () => {
    const stored = await prisma.followUpDue.findMany({ orderBy: [{ phaseId: "asc" }, { dueDate: "asc" }] });
    const byFamily = new Map<string, typeof stored>();
    for (const r of stored) byFamily.set(r.familyId, [...(byFamily.get(r.familyId) ?? []), r]);
    const families = await prisma.family.findMany({ select: { id: true } });
    for (const f of families) {
      const expected = dueDateRecords(await loadSnapshot(prisma, f.id)).sort((a, b) => a.phaseId.localeCompare(b.phaseId) || a.dueDate.localeCompare(b.dueDate));
      const actual = (byFamily.get(f.id) ?? []).map((r) => ({
        phaseId: r.phaseId, dueDate: fromDbDate(r.dueDate), windowStart: fromDbDate(r.windowStart), windowEnd: fromDbDate(r.windowEnd),
        heldOn: fromDbDateOrNull(r.heldOn), caughtUpOn: fromDbDateOrNull(r.caughtUpOn),
      }));
      expect(actual).toEqual(expected);
    }
    expect(stored.some((r) => r.heldOn === null)).toBe(true);
  });

  it("dates every follow-up inside its own family's change or maintenance phase, never after today", async () => {
    const [row] = await q<{ followUps: number; bad: number }>(
      `SELECT count(*)::int AS "followUps",
              count(*) FILTER (WHERE fu.date > ${T} OR fu.date < p."startDate" OR fu.date > p."endDate"
                                 OR p."familyId" <> fu."familyId" OR p.kind NOT IN ('CHANGE', 'MAINTENANCE'))::int AS bad
       FROM "FollowUp" fu JOIN "Phase" p ON p.id = fu."phaseId"`,
    );
    expect(row!.followUps).toBeGreaterThan(OPTIONS.families);
    expect(row!.bad).toBe(0);
  });

  it("rates every ACTIVE goal of the family's agreed plan at every follow-up, and only those, from 0 to 10", async () => {
    const [row] = await q<{ ratings: number; missing: number; extra: number; outOfRange: number }>(
      `WITH active AS (
         SELECT pl."familyId", g.id AS goal FROM "Goal" g
         JOIN "ActionPlanVersion" v ON v.id = g."planVersionId" AND v.status = 'AGREED' JOIN "ActionPlan" pl ON pl.id = v."planId"
         WHERE g.status = 'ACTIVE'),
       expected AS (SELECT fu.id AS fu, a.goal FROM "FollowUp" fu JOIN active a ON a."familyId" = fu."familyId"),
       actual AS (SELECT "followUpId" AS fu, "goalId" AS goal FROM "GoalRating")
       SELECT (SELECT count(*) FROM actual)::int AS ratings,
              (SELECT count(*) FROM (SELECT * FROM expected EXCEPT SELECT * FROM actual) x)::int AS missing,
              (SELECT count(*) FROM (SELECT * FROM actual EXCEPT SELECT * FROM expected) x)::int AS extra,
              (SELECT count(*) FROM "GoalRating" WHERE rating < 0 OR rating > 10)::int AS "outOfRange"`,
    );
    expect(row!.ratings).toBeGreaterThan(0);
    expect(row).toMatchObject({ missing: 0, extra: 0, outOfRange: 0 });
  });

  it("leaves at least one family per municipality with an overdue follow-up", async () => {
    const rows = await q<{ code: string; overdue: number }>(
      `SELECT m.code, count(f.id) FILTER (WHERE EXISTS (
         SELECT 1 FROM "FollowUpDue" d JOIN "Phase" p ON p.id = d."phaseId" AND p."endDate" IS NULL
         WHERE d."familyId" = f.id AND d."heldOn" IS NULL AND d."caughtUpOn" IS NULL AND d."windowEnd" < ${T}))::int AS overdue
       FROM "Municipality" m LEFT JOIN "Family" f ON f."municipalityId" = m.id GROUP BY m.code ORDER BY m.code`,
    );
    expect(rows).toHaveLength(OPTIONS.municipalities);
    for (const r of rows) expect(r.overdue).toBeGreaterThanOrEqual(1);
  });

  it("plans contact sessions ahead and records past ones", async () => {
    const [row] = await q<{ sessions: number; futureRecorded: number; recordedWithoutRecorder: number; held: number }>(
      `SELECT count(*)::int AS sessions,
              count(*) FILTER (WHERE date > ${T} AND status <> 'PLANNED')::int AS "futureRecorded",
              count(*) FILTER (WHERE status <> 'PLANNED' AND ("recordedById" IS NULL OR "recordedAt" IS NULL))::int AS "recordedWithoutRecorder",
              count(*) FILTER (WHERE status = 'HELD')::int AS held
       FROM "ContactSession"`,
    );
    expect(row!.sessions).toBeGreaterThan(0);
    expect(row!.held).toBeGreaterThan(0);
    expect(row).toMatchObject({ futureRecorded: 0, recordedWithoutRecorder: 0 });
  });

  it("writes about the requested number of audit events, none in the future, and the log stays append-only", async () => {
    const [row] = await q<{ events: number; future: number; foreign: number }>(
      `SELECT count(*)::int AS events, count(*) FILTER (WHERE at > now())::int AS future,
              count(*) FILTER (WHERE "familyId" IS NOT NULL AND "familyId" NOT IN (SELECT id FROM "Family"))::int AS foreign
       FROM "AuditEvent"`,
    );
    const target = (OPTIONS.families * OPTIONS.years * 250) / 3;
    expect(row!.events).toBeGreaterThan(target * 0.9);
    expect(row!.events).toBeLessThan(target * 1.1);
    expect(row).toMatchObject({ future: 0, foreign: 0 });
    // The trigger still refuses changes (PGlite's adapter does not pass its message on).
    const triggers = await q<{ tgname: string }>(`SELECT tgname::text FROM pg_trigger WHERE tgrelid = '"AuditEvent"'::regclass AND NOT tgisinternal`);
    expect(triggers.map((t) => t.tgname).sort()).toEqual(["AuditEvent_no_truncate", "AuditEvent_no_update"]);
    await expect(q(`UPDATE "AuditEvent" SET ip = ip WHERE id = (SELECT min(id) FROM "AuditEvent")`)).rejects.toThrow();
  });

  it("re-creates exactly the indexes and foreign keys the migrations created", () => {
    expect(before.indexes.length).toBeGreaterThan(10);
    expect(before.foreignKeys.length).toBeGreaterThan(5);
    expect(before.indexes.map((i) => i.name)).toContain("Phase_one_open_per_family");
    expect(after).toEqual(before);
  });

  it("gives every open cycle one upcoming meeting and every assessed cycle a meeting with the family's own staff", async () => {
    const [row] = await q<{ open: number; upcoming: number; assessed: number; past: number; strangers: number; openItems: number; staleOpen: number }>(
      `SELECT (SELECT count(*) FROM "Phase" WHERE "endDate" IS NULL AND kind IN ('CHANGE', 'MAINTENANCE'))::int AS open,
              (SELECT count(*) FROM "Meeting" WHERE "startsAt" > now())::int AS upcoming,
              (SELECT count(*) FROM "Assessment")::int AS assessed,
              (SELECT count(*) FROM "Meeting" WHERE "startsAt" <= now())::int AS past,
              (SELECT count(*) FROM "MeetingParticipant" p JOIN "Meeting" m ON m.id = p."meetingId"
                 WHERE NOT EXISTS (SELECT 1 FROM "FamilyAssignment" a WHERE a."familyId" = m."familyId" AND a."userId" = p."userId"))::int AS strangers,
              (SELECT count(*) FROM "ActionItem" WHERE "doneAt" IS NULL)::int AS "openItems",
              (SELECT count(*) FROM "ActionItem" i JOIN "Meeting" m ON m.id = i."meetingId" WHERE i."doneAt" IS NULL AND m."startsAt" < ${T} - 31)::int AS "staleOpen"`,
    );
    expect(row!.open).toBeGreaterThan(0);
    expect(row!.upcoming).toBe(row!.open);
    expect(row!.past).toBe(row!.assessed);
    expect(row).toMatchObject({ strangers: 0, staleOpen: 0 });
    expect(row!.openItems).toBeGreaterThan(0);
  });

  it("adds matching in proportion: decided cases for most placements, breakdowns with the child's next case, cases under way", async () => {
    const [row] = await q<{ placements: number; decided: number; wrongChild: number; chosenNotAccepted: number; breakdowns: number; badBreakdowns: number; open: number; firstYear: number; unrated: number; openPerChild: number }>(
      `SELECT (SELECT count(*) FROM "Placement")::int AS placements,
              (SELECT count(*) FROM "MatchingDecision")::int AS decided,
              (SELECT count(*) FROM "MatchingDecision" d JOIN "MatchingCase" c ON c.id = d."caseId" JOIN "Placement" p ON p.id = d."placementId" WHERE p."childId" <> c."childId")::int AS "wrongChild",
              (SELECT count(*) FROM "MatchingDecision" d JOIN "MatchingCandidate" k ON k.id = d."candidateId" JOIN "Placement" p ON p.id = d."placementId" WHERE k.answer <> 'ACCEPTED' OR k."siteId" <> p."siteId")::int AS "chosenNotAccepted",
              (SELECT count(*) FROM "PlacementBreakdown")::int AS breakdowns,
              (SELECT count(*) FROM "PlacementBreakdown" b JOIN "Placement" p ON p.id = b."placementId" LEFT JOIN "MatchingCase" n ON n.id = b."newCaseId"
                 WHERE p."endReasonKind" IS DISTINCT FROM 'BREAKDOWN' OR p."endDate" IS NULL OR n."previousPlacementId" IS DISTINCT FROM p.id OR cardinality(b.causes) = 0 OR b.learned = '')::int AS "badBreakdowns",
              (SELECT count(*) FROM "MatchingCase" WHERE stage IN ('PROFILE', 'SEARCH', 'SHORTLIST', 'DECISION'))::int AS open,
              (SELECT count(*) FROM "MatchingCase" WHERE stage = 'FIRST_YEAR')::int AS "firstYear",
              (SELECT count(*) FROM "MatchingDecision" d WHERE NOT EXISTS (SELECT 1 FROM "CandidateRating" r WHERE r."candidateId" = d."candidateId"))::int AS unrated,
              (SELECT coalesce(max(n), 0) FROM (SELECT count(*)::int AS n FROM "MatchingCase" WHERE stage NOT IN ('CLOSED', 'WITHDRAWN') GROUP BY "childId") x) AS "openPerChild"`,
    );
    expect(row!.decided / row!.placements).toBeGreaterThan(0.5);
    expect(row!.decided / row!.placements).toBeLessThan(0.9);
    expect(row!.breakdowns).toBeGreaterThan(0);
    expect(row!.open + row!.firstYear).toBeGreaterThan(0);
    expect(row).toMatchObject({ wrongChild: 0, chosenNotAccepted: 0, badBreakdowns: 0, unrated: 0, openPerChild: 1 });
  });
});

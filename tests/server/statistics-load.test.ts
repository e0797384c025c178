import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase, type Db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { addDays, todayInCopenhagen } from "@/domain/method";
import { methodConfigFor } from "@/features/method-config";
import { municipalityStatistics, type Period, type StatsFamily } from "@/features/statistics/compute";
import { familySlices, loadStatsFamilies } from "@/features/statistics/load";
import { exportCsv, municipalityReport, pseudonym } from "@/features/statistics/queries";
import { generateScaleData, type ScaleExecutor } from "../../scripts/lib/scale-sql";
import { actorFor, makeUser } from "../support/factories";

// The statistics read a municipality in flat SQL slices (for speed at national scale). This proves
// the figures equal those computed from a plain, complete ORM read of the same families, on
// generated data with years of follow-ups, ratings and contact sessions.
const TODAY = todayInCopenhagen(new Date());
let prisma: Db;
let municipalityId: string;

beforeAll(async () => {
  prisma = (await getDatabase()).prisma;
  const passwordHash = await hashPassword("x-not-used-x");
  await prisma.$transaction(async (tx) => {
    const db: ScaleExecutor = { query: <R>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<R[]>(sql, ...params) };
    await generateScaleData(db, { municipalities: 2, families: 40, years: 2, today: TODAY, seed: 0.17, passwordHash });
  }, { timeout: 120_000, maxWait: 20_000 });
  const [largest] = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT "municipalityId" AS id FROM "Family" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  municipalityId = largest!.id;
}, 180_000);

/** The straightforward read the SQL replaced: every phase, follow-up, rating and session of each family. */
async function referenceFamilies(): Promise<StatsFamily[]> {
  const rows = await prisma.family.findMany({
    where: { municipalityId },
    orderBy: { id: "asc" },
    select: {
      id: true, stage: true,
      phases: { select: { id: true, kind: true, startDate: true, plannedWeeks: true, followUpIntervalDays: true, endDate: true } },
      followUps: { select: { phaseId: true, date: true, ratings: { select: { rating: true, goal: { select: { lineageId: true } } } } } },
      plan: { select: { versions: { where: { status: "AGREED" }, select: { goals: { select: { lineageId: true, status: true } } } } } },
      children: { select: { contactPlans: { select: { sessions: { select: { date: true, status: true } } } } } },
    },
  });
  return rows.map((f) => ({
    id: f.id,
    stage: f.stage,
    phases: f.phases.filter((p) => p.kind !== "CLOSED").map((p) => ({
      id: p.id, kind: p.kind as "START_UP" | "CHANGE" | "MAINTENANCE", startDate: fromDbDate(p.startDate), plannedWeeks: p.plannedWeeks,
      followUpIntervalDays: p.followUpIntervalDays, endDate: fromDbDateOrNull(p.endDate), assessment: null,
    })),
    followUps: f.followUps.map((x) => ({ phaseId: x.phaseId, date: fromDbDate(x.date) })),
    goals: f.plan?.versions.flatMap((v) => v.goals) ?? [],
    ratings: f.followUps.flatMap((x) => x.ratings.map((r) => ({ lineageId: r.goal.lineageId, rating: r.rating, date: fromDbDate(x.date) }))),
    sessions: f.children.flatMap((c) => c.contactPlans.flatMap((cp) => cp.sessions.map((s) => ({ date: fromDbDate(s.date), status: s.status })))),
  }));
}

const PERIODS: Period[] = [
  { from: addDays(TODAY, -365), to: TODAY },
  { from: addDays(TODAY, -120), to: addDays(TODAY, -60) },
  { from: addDays(TODAY, -730), to: addDays(TODAY, 30) },
];

describe("statistics read in SQL slices", () => {
  it("gives the same municipality figures as a complete read, for several periods", async () => {
    const coordinator = await actorFor((await makeUser("COORDINATOR", municipalityId)).id);
    const reference = await referenceFamilies();
    expect(reference.length).toBeGreaterThan(10);
    expect(reference.flatMap((f) => f.ratings).length).toBeGreaterThan(100);
    for (const period of PERIODS) {
      const expected = municipalityStatistics(reference, period, TODAY, methodConfigFor({}));
      expect(expected.followUps.due).toBeGreaterThan(0);
      expect(await municipalityReport(coordinator, period)).toEqual(expected);
    }
  });

  it("covers every family exactly once when cut into small slices", async () => {
    const { slices, families } = await familySlices(prisma, municipalityId, 7);
    const period = PERIODS[0]!;
    const loaded = (await Promise.all(slices.map((s) => loadStatsFamilies(prisma, s, period)))).flat();
    const reference = await referenceFamilies();
    expect(families).toBe(reference.length);
    expect(slices.length).toBe(Math.ceil(reference.length / 7));
    expect(loaded.map((f) => f.id)).toEqual(reference.map((f) => f.id));
  });

  it("exports one row per family of the municipality, in slices, each with its pseudonym", async () => {
    const coordinator = await actorFor((await makeUser("COORDINATOR", municipalityId)).id);
    const csv = await exportCsv(coordinator, PERIODS[0]!, "s3cret");
    const ids = csv.trim().split("\r\n").slice(1).map((line) => line.split(",")[0]);
    expect(ids.sort()).toEqual((await referenceFamilies()).map((f) => pseudonym(f.id, "s3cret")).sort());
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase, type Db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { executeCommand } from "@/server/command";
import { CASE_STAGES, caseStage, todayInCopenhagen, type CaseStage } from "@/domain/method";
import { loadSnapshot } from "@/features/phases/snapshot";
import { endPhase, recordAssessment } from "@/features/phases/commands";
import { countFamiliesByPhase, listFamilies } from "@/features/families/queries";
import { overviewQuery, programmeOverview } from "@/features/families/overview";
import { exportCsv, municipalityReport, pseudonym } from "@/features/statistics/queries";
import type { Actor } from "@/server/authz/actor";
import { generateScaleData, type ScaleExecutor } from "../../scripts/lib/scale-sql";
import { actorFor, makeUser } from "../support/factories";

// Every place that shows or counts a family's stage agrees with caseStage() applied to the family's
// own history: generated data, plus families whose cycle was ended (awaiting assessment) or ended and
// assessed (between cycles) through the same commands a caseworker uses.
const TODAY = todayInCopenhagen(new Date());
const now = new Date();
let prisma: Db;
let coordinator: Actor;
const expected = new Map<string, CaseStage>();

async function caseworkerOf(familyId: string): Promise<Actor> {
  const a = await prisma.familyAssignment.findFirstOrThrow({ where: { familyId, role: "CASEWORKER" }, select: { userId: true } });
  return actorFor(a.userId);
}
const versionOf = async (id: string) => (await prisma.family.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;

beforeAll(async () => {
  prisma = (await getDatabase()).prisma;
  const passwordHash = await hashPassword("x-not-used-x");
  await prisma.$transaction(async (tx) => {
    const db: ScaleExecutor = { query: <R>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<R[]>(sql, ...params) };
    await generateScaleData(db, { municipalities: 1, families: 90, years: 1, today: TODAY, seed: 0.21, passwordHash });
  }, { timeout: 120_000, maxWait: 20_000 });
  const [m] = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT "municipalityId" AS id FROM "Family" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  coordinator = await actorFor((await makeUser("COORDINATOR", m!.id)).id);
  const running = await prisma.family.findMany({ where: { municipalityId: m!.id, stage: { in: ["CHANGE", "MAINTENANCE"] } }, select: { id: true }, orderBy: { id: "asc" }, take: 4 });
  expect(running).toHaveLength(4);
  for (const [i, f] of running.entries()) {
    const cw = await caseworkerOf(f.id);
    const ended = await executeCommand(endPhase, cw, { familyId: f.id, familyVersion: await versionOf(f.id), endDate: TODAY, earlyEndReason: "Forældrene ønsker en pause" }, { now });
    expect(ended.ok).toBe(true);
    if (i % 2 === 1) {
      const assessed = await executeCommand(recordAssessment, cw, { familyId: f.id, familyVersion: await versionOf(f.id), date: TODAY, progressionSummary: "Fremgang", decision: "START_MAINTENANCE" }, { now });
      expect(assessed.ok).toBe(true);
    }
  }
  for (const f of await prisma.family.findMany({ where: { municipalityId: m!.id }, select: { id: true } })) {
    expected.set(f.id, caseStage(await loadSnapshot(prisma, f.id)));
  }
}, 180_000);

const tally = () => Object.fromEntries(CASE_STAGES.map((s) => [s, [...expected.values()].filter((v) => v === s).length]));
const idsIn = (stage: CaseStage) => [...expected].filter(([, s]) => s === stage).map(([id]) => id).sort();

describe("a family's stage, wherever it is shown or counted", () => {
  it("is stored as caseStage() gives it, and families between cycles are never shown as start-up", async () => {
    const stored = await prisma.family.findMany({ where: { id: { in: [...expected.keys()] } }, select: { id: true, stage: true } });
    expect(Object.fromEntries(stored.map((f) => [f.id, f.stage]))).toEqual(Object.fromEntries(expected));
    expect(idsIn("AWAITING_ASSESSMENT")).toHaveLength(2);
    expect(idsIn("AWAITING_NEXT_PHASE")).toHaveLength(2);
  });

  it("counts per stage on the coordinator's home, and each count matches the list it links to", async () => {
    expect(await countFamiliesByPhase(coordinator)).toEqual(tally());
    for (const stage of CASE_STAGES) {
      const { rows, total } = await listFamilies(coordinator, { phase: stage, take: 200 });
      expect(total).toBe(idsIn(stage).length);
      expect(rows.map((r) => r.id).sort()).toEqual(idsIn(stage));
      expect(rows.every((r) => r.stage === stage)).toBe(true);
    }
  });

  it("shows and filters by it in the programme overview", async () => {
    for (const stage of CASE_STAGES) {
      const overview = await programmeOverview(coordinator, overviewQuery.parse({ phase: stage }));
      expect(overview.matching).toBe(idsIn(stage).length);
      expect(overview.rows.every((r) => r.phase === stage && expected.get(r.id) === stage)).toBe(true);
    }
  });

  it("counts it in the statistics and writes it in the CSV export", async () => {
    const period = { from: "2000-01-01", to: TODAY };
    expect((await municipalityReport(coordinator, period)).perPhase).toEqual(tally());
    const lines = (await exportCsv(coordinator, period, "s")).trim().split("\r\n").slice(1);
    const byPseudonym = new Map(lines.map((l) => l.split(",") as [string, string]));
    for (const [id, stage] of expected) expect(byPseudonym.get(pseudonym(id, "s"))).toBe(stage);
  });
});

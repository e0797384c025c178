import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase, type Db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { loadActor } from "@/server/auth/load-actor";
import { addDays, todayInCopenhagen } from "@/domain/method";
import type { Actor } from "@/server/authz/actor";
import { countFamilies, countFamiliesByPhase, listFamilies } from "@/features/families/queries";
import { loadFamilyPage } from "@/features/families/page-data";
import { overviewQuery, programmeOverview } from "@/features/families/overview";
import { notificationsFor } from "@/features/notifications/queries";
import { listMeetings, openActionItems, upcomingMeetings } from "@/features/meetings/queries";
import { recentFallingRatings } from "@/features/follow-ups/queries";
import { loadFollowUpForm } from "@/features/follow-ups/queries";
import { familySlices, loadStatsFamilies } from "@/features/statistics/load";
import { listAuditEvents } from "@/features/audit/queries";
import { generateScaleData, type ScaleExecutor } from "../../scripts/lib/scale-sql";

// The hottest reads of the home pages, the family page, the overview and the statistics, run for
// real while the SQL they send is captured; each statement is then EXPLAINed with sequential scans
// and hash/merge joins priced out. A sequential scan or an index walked end to end (no index
// condition) that survives means no index can serve that read: on national-scale data it would
// read the whole table on every page view.
process.env.PRISMA_QUERY_EVENTS = "1";
const TODAY = todayInCopenhagen(new Date());
// Tables that stay small whatever the number of families.
const SMALL = new Set(["Municipality", "_prisma_migrations"]);

let prisma: Db;
const captured: { query: string; params: string }[] = [];
const actors: Record<"caseworker" | "therapist" | "coordinator", Actor> = {} as never;
let familyId: string;

beforeAll(async () => {
  prisma = (await getDatabase()).prisma;
  const passwordHash = await hashPassword("x-not-used-x");
  await prisma.$transaction(async (tx) => {
    const db: ScaleExecutor = { query: <R>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<R[]>(sql, ...params) };
    await generateScaleData(db, { municipalities: 12, families: 400, years: 2, today: TODAY, seed: 0.5, passwordHash });
  }, { timeout: 120_000, maxWait: 20_000 });
  await prisma.$executeRawUnsafe("ANALYZE");
  const pick = async (role: string) => {
    const [row] = await prisma.$queryRawUnsafe<{ userId: string; familyId: string }[]>(
      `SELECT a."userId", a."familyId" FROM "FamilyAssignment" a JOIN "Family" f ON f.id = a."familyId"
       WHERE a.role = $1::"AssignmentRole" AND f."stage" = 'CHANGE' ORDER BY a."userId" LIMIT 1`, role);
    return row!;
  };
  const cw = await pick("CASEWORKER");
  familyId = cw.familyId;
  actors.caseworker = (await loadActor(cw.userId))!;
  actors.therapist = (await loadActor((await pick("THERAPIST")).userId))!;
  const [co] = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "User" WHERE role = 'COORDINATOR' AND "municipalityId" = $1`, actors.caseworker.municipalityId);
  actors.coordinator = (await loadActor(co!.id))!;
  (prisma as unknown as { $on: (event: "query", cb: (e: { query: string; params: string }) => void) => void }).$on("query", (e) => captured.push({ query: e.query, params: e.params }));
}, 180_000);

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Cond"?: string; Filter?: string; Plans?: PlanNode[] };
/** A read of a whole large table: a sequential scan, or an index walked end to end (no condition). */
const fullScan = (node: PlanNode) =>
  node["Node Type"] === "Seq Scan" || (/^Index (Only )?Scan$/.test(node["Node Type"]) && !node["Index Cond"]);
const seqScans = (node: PlanNode): string[] =>
  [...(fullScan(node) && node["Relation Name"] && !SMALL.has(node["Relation Name"]) ? [node["Relation Name"]] : []), ...(node.Plans ?? []).flatMap(seqScans)];

async function wholeTableScans(): Promise<{ table: string; sql: string }[]> {
  const reads = captured.splice(0).filter((c) => /^\s*(SELECT|WITH)\b/i.test(c.query));
  expect(reads.length).toBeGreaterThan(0);
  const found: { table: string; sql: string }[] = [];
  for (const read of reads) {
    const params = JSON.parse(read.params) as unknown[];
    const [row] = await prisma.$transaction(async (tx) => {
      // Priced out: sequential scans, and the hash and merge joins that small test tables invite.
      // What is left is the plan a large table needs: every table reached through an index condition.
      for (const setting of ["enable_seqscan", "enable_hashjoin", "enable_mergejoin"]) await tx.$executeRawUnsafe(`SET LOCAL ${setting} = off`);
      return tx.$queryRawUnsafe<{ "QUERY PLAN": unknown }[]>(`EXPLAIN (FORMAT JSON) ${read.query}`, ...params);
    });
    const plan = row!["QUERY PLAN"];
    const root = (typeof plan === "string" ? JSON.parse(plan) : plan) as { Plan: PlanNode }[];
    for (const table of seqScans(root[0]!.Plan)) found.push({ table, sql: read.query.slice(0, 300) });
  }
  return found;
}

describe("the hottest reads use an index for every large table", () => {
  it("caseworker home and family page", async () => {
    const a = actors.caseworker;
    captured.length = 0;
    await listFamilies(a);
    for (const due of ["overdue", "week", "fortnight"] as const) await countFamilies(a, { due, today: TODAY });
    await countFamilies(a, { attention: "assessment", attentionBy: addDays(TODAY, 14) });
    await countFamilies(a, { attention: "draft" });
    await notificationsFor(a);
    await upcomingMeetings(a);
    await listMeetings(a, { when: "past", page: 1 });
    await openActionItems(a);
    expect(await loadFamilyPage(a, familyId)).not.toBeNull();
    expect(await loadFollowUpForm(a, familyId)).not.toBeNull();
    expect(await wholeTableScans()).toEqual([]);
  });

  it("therapist home", async () => {
    const a = actors.therapist;
    captured.length = 0;
    await listFamilies(a, { due: "soon", today: TODAY });
    await recentFallingRatings(a);
    await notificationsFor(a);
    expect(await wholeTableScans()).toEqual([]);
  });

  it("coordinator home, programme overview and statistics", async () => {
    const a = actors.coordinator;
    captured.length = 0;
    await countFamiliesByPhase(a);
    await listFamilies(a);
    await countFamilies(a, { attention: "assessment", attentionBy: addDays(TODAY, 14) });
    await programmeOverview(a, overviewQuery.parse({}));
    await upcomingMeetings(a);
    await listMeetings(a, { when: "upcoming", page: 2 });
    const { slices } = await familySlices(prisma, a.municipalityId!, 500);
    await loadStatsFamilies(prisma, slices[0]!, { from: addDays(TODAY, -365), to: TODAY });
    expect(await wholeTableScans()).toEqual([]);
  });

  it("coordinator's audit log: own rows and others' denied attempts at the municipality's records", async () => {
    captured.length = 0;
    const page = await listAuditEvents(actors.coordinator, {});
    await listAuditEvents(actors.coordinator, { action: "ACCESS_DENIED" });
    if (page.length > 0) await listAuditEvents(actors.coordinator, { before: BigInt(page.at(-1)!.id) });
    expect(await wholeTableScans()).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { getDatabase, type Db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { followUpStanding, todayInCopenhagen } from "@/domain/method";
import { loadSnapshot } from "@/features/phases/snapshot";
import { OVERVIEW_PAGE_SIZE, overviewQuery, programmeOverview } from "@/features/families/overview";
import type { Actor } from "@/server/authz/actor";
import { generateScaleData, type ScaleExecutor } from "../../scripts/lib/scale-sql";
import { actorFor, makeUser } from "../support/factories";

// The coordinator's overview works out missed and overdue follow-ups for a whole municipality from
// flat queries and pages the result; this checks it against the method's rules applied family by family.
const TODAY = todayInCopenhagen(new Date());
let prisma: Db;
let coordinator: Actor;
/** Per family: how many follow-ups its running phase missed. */
let expectedOverdue: Map<string, number>;
let overdueFamilies: Set<string>;

beforeAll(async () => {
  prisma = (await getDatabase()).prisma;
  const passwordHash = await hashPassword("x-not-used-x");
  await prisma.$transaction(async (tx) => {
    const db: ScaleExecutor = { query: <R>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<R[]>(sql, ...params) };
    await generateScaleData(db, { municipalities: 2, families: 150, years: 1, today: TODAY, seed: -0.3, passwordHash });
  }, { timeout: 120_000, maxWait: 20_000 });
  const [largest] = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT "municipalityId" AS id FROM "Family" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
  coordinator = await actorFor((await makeUser("COORDINATOR", largest!.id)).id);
  expectedOverdue = new Map();
  overdueFamilies = new Set();
  for (const f of await prisma.family.findMany({ where: { municipalityId: largest!.id }, select: { id: true } })) {
    const standing = followUpStanding(await loadSnapshot(prisma, f.id), TODAY);
    expectedOverdue.set(f.id, standing.missed.length);
    if (standing.overdueSince) overdueFamilies.add(f.id);
  }
}, 180_000);

const all = async (query: Record<string, string>) => {
  const first = await programmeOverview(coordinator, overviewQuery.parse(query));
  const rows = [...first.rows];
  for (let page = 2; page <= first.pages; page++) rows.push(...(await programmeOverview(coordinator, overviewQuery.parse({ ...query, page: String(page) }))).rows);
  return { first, rows };
};

describe("programme overview at municipality scale", () => {
  it("pages through every family of the municipality once, with the missed count the method's rules give", async () => {
    const { first, rows } = await all({});
    expect(expectedOverdue.size).toBeGreaterThan(OVERVIEW_PAGE_SIZE);
    expect(first.rows).toHaveLength(OVERVIEW_PAGE_SIZE);
    expect(first.pages).toBe(Math.ceil(expectedOverdue.size / OVERVIEW_PAGE_SIZE));
    expect(new Set(rows.map((r) => r.id)).size).toBe(expectedOverdue.size);
    expect(Object.fromEntries(rows.map((r) => [r.id, r.overdue]))).toEqual(Object.fromEntries(expectedOverdue));
    expect([...expectedOverdue.values()].some((n) => n > 0)).toBe(true);
  });

  it("filters to overdue families (missed, none held since) and sorts the most misses first across pages", async () => {
    const { first, rows } = await all({ onlyOverdue: "1", sort: "overdue", dir: "desc" });
    expect(overdueFamilies.size).toBeGreaterThan(0);
    expect(first.matching).toBe(overdueFamilies.size);
    expect(rows.map((r) => r.id).sort()).toEqual([...overdueFamilies].sort());
    expect(rows.map((r) => r.overdue)).toEqual([...rows.map((r) => r.overdue)].sort((a, b) => b - a));
  });

  it("shows the last page for a page number beyond the end, and nothing to a coordinator of another municipality", async () => {
    const beyond = await programmeOverview(coordinator, overviewQuery.parse({ page: "999" }));
    expect(beyond.page).toBe(beyond.pages);
    const [other] = await prisma.$queryRawUnsafe<{ id: string }[]>(`SELECT id FROM "Municipality" WHERE id <> $1 LIMIT 1`, coordinator.municipalityId);
    const outsider = await actorFor((await makeUser("COORDINATOR", other!.id)).id);
    const theirs = await programmeOverview(outsider, overviewQuery.parse({}));
    expect(theirs.rows.some((r) => expectedOverdue.has(r.id))).toBe(false);
    const caseworker = await actorFor((await makeUser("CASEWORKER", coordinator.municipalityId)).id);
    expect((await programmeOverview(caseworker, overviewQuery.parse({}))).total).toBe(0);
  });

  it("refuses a page that is not a positive whole number", () => {
    for (const page of ["0", "-1", "1.5", "x"]) expect(overviewQuery.safeParse({ page }).success).toBe(false);
  });

  it("names each family's caseworker and therapist and next meeting on the page, whatever the sort", async () => {
    for (const sort of ["next", "caseworker", "meeting"]) {
      const { rows } = await programmeOverview(coordinator, overviewQuery.parse({ sort }));
      for (const r of rows.slice(0, 10)) {
        const staff = await prisma.familyAssignment.findMany({ where: { familyId: r.id }, select: { role: true, user: { select: { name: true } } } });
        expect(r.caseworker).toBe(staff.filter((a) => a.role === "CASEWORKER").map((a) => a.user.name).sort().join(", "));
        expect(r.therapist).toBe(staff.filter((a) => a.role === "THERAPIST").map((a) => a.user.name).sort().join(", "));
        const next = await prisma.meeting.findFirst({ where: { familyId: r.id, startsAt: { gte: new Date() } }, orderBy: { startsAt: "asc" }, select: { id: true } });
        expect(r.meeting?.id ?? null).toBe(next?.id ?? null);
      }
      if (sort === "caseworker") {
        const names = rows.map((r) => r.caseworker);
        expect(names).toEqual([...names].sort(new Intl.Collator("da").compare));
      }
    }
  });
});

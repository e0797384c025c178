import { beforeAll, describe, expect, it } from "vitest";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { Prisma } from "@/generated/prisma/client";
import { MIGRATIONS_DIR } from "@/server/db/migrate";
import type { Tx } from "@/server/audit";
import { getDatabase, type Db } from "@/server/db";
import { hashPassword } from "@/server/auth/password";
import { addDays, followUpStanding, runningCycle, startUpWarning, todayInCopenhagen, type CalendarDate, type FollowUpStanding } from "@/domain/method";
import type { Actor } from "@/server/authz/actor";
import { loadSnapshot } from "@/features/phases/snapshot";
import { rewriteMunicipalityDueDates } from "@/features/phases/state";
import { methodConfigFor } from "@/features/method-config";
import { standingJoin } from "@/features/follow-ups/due-sql";
import { countFamilies, listFamilies, DUE_FILTERS, type DueFilter } from "@/features/families/queries";
import { notificationsFor } from "@/features/notifications/queries";
import { seedDemo } from "@/server/demo/seed-demo";
import { generateScaleData, type ScaleExecutor } from "../../scripts/lib/scale-sql";
import { actorFor, makeUser } from "../support/factories";

// One rule, one place: the lists, home counts and reminders filter on stored due dates in SQL
// (src/features/follow-ups/due-sql.ts); here they must agree with followUpStanding() in the domain
// for every family of a generated data set, with three tolerances, today and as days pass without
// any write (windows close on their own).
const TODAY = todayInCopenhagen(new Date());
const DAYS = [TODAY, addDays(TODAY, 4), addDays(TODAY, 10)];
const TOLERANCES = [0, 7, 3];
let prisma: Db;
interface Muni { id: string; coordinator: Actor; families: { id: string; phaseId: string | null; at: Map<CalendarDate, FollowUpStanding>; longStartUp: boolean }[] }
const munis: Muni[] = [];

beforeAll(async () => {
  prisma = (await getDatabase()).prisma;
  const passwordHash = await hashPassword("x-not-used-x");
  await prisma.$transaction(async (tx) => {
    const db: ScaleExecutor = { query: <R>(sql: string, params: unknown[] = []) => tx.$queryRawUnsafe<R[]>(sql, ...params) };
    await generateScaleData(db, { municipalities: 3, families: 150, years: 1, today: TODAY, seed: 0.17, passwordHash });
  }, { timeout: 120_000, maxWait: 20_000 });
  const ids = (await prisma.municipality.findMany({ select: { id: true }, orderBy: { code: "asc" } })).map((m) => m.id);
  for (const [i, id] of ids.entries()) {
    const tolerance = TOLERANCES[i]!;
    if (tolerance !== 3) {
      // A settings change moves every window of the municipality at once.
      await prisma.$transaction(async (tx) => {
        await tx.municipality.update({ where: { id }, data: { settings: { method: { overdueToleranceDays: tolerance } } } });
        await rewriteMunicipalityDueDates(tx, id);
      }, { timeout: 120_000 });
    }
    const config = methodConfigFor({ method: { overdueToleranceDays: tolerance } });
    const families = [];
    for (const f of await prisma.family.findMany({ where: { municipalityId: id }, select: { id: true } })) {
      const snapshot = await loadSnapshot(prisma, f.id);
      families.push({
        id: f.id, phaseId: runningCycle(snapshot)?.id ?? null, at: new Map(DAYS.map((d) => [d, followUpStanding(snapshot, d, config)])),
        longStartUp: startUpWarning(snapshot, TODAY, config),
      });
    }
    munis.push({ id, coordinator: await actorFor((await makeUser("COORDINATOR", id)).id), families });
  }
}, 240_000);

const expectedFor = (due: DueFilter, s: FollowUpStanding, today: CalendarDate) => {
  const within = (days: number) => s.next !== null && s.next <= addDays(today, days);
  return due === "overdue" ? s.overdueSince !== null : due === "week" ? within(7) : due === "fortnight" ? within(14) : s.overdueSince !== null || within(14);
};

describe("follow-up standing: SQL against the domain on generated data", () => {
  it("has families in every situation the rule tells apart", () => {
    const all = munis.flatMap((m) => m.families.map((f) => f.at.get(TODAY)!));
    expect(all.some((s) => s.overdueSince !== null)).toBe(true);
    expect(all.some((s) => s.missed.length > 0 && s.overdueSince === null)).toBe(true);
    expect(all.some((s) => s.missed.length > 1)).toBe(true);
    expect(all.some((s) => s.next !== null && s.missed.length === 0)).toBe(true);
  });

  it("gives each family the domain's next, missed and overdue-since, today and as days pass", async () => {
    for (const today of DAYS) {
      const rows = await prisma.$queryRaw<{ id: string; next: string | null; missed: number; overdueSince: string | null }[]>(Prisma.sql`
        SELECT f.id, fs.next::text AS next, fs.missed, fs."overdueSince"::text AS "overdueSince" FROM "Family" f ${standingJoin(today)}`);
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const m of munis) {
        for (const f of m.families) {
          const s = f.at.get(today)!;
          expect({ id: f.id, today, ...byId.get(f.id) }).toEqual({ id: f.id, today, next: s.next, missed: s.missed.length, overdueSince: s.overdueSince });
        }
      }
    }
  });

  it("counts and lists the families each due filter selects, as the home counts link to them", async () => {
    for (const m of munis) {
      for (const today of DAYS) {
        for (const due of DUE_FILTERS) {
          const expected = m.families.filter((f) => expectedFor(due, f.at.get(today)!, today)).map((f) => f.id).sort();
          expect({ due, today, count: await countFamilies(m.coordinator, { due, today }) }).toEqual({ due, today, count: expected.length });
          const listed = await listFamilies(m.coordinator, { due, today, take: 200 });
          expect(listed.rows.map((r) => r.id).sort()).toEqual(expected);
          const nexts = listed.rows.map((r) => r.nextFollowUp ?? "9999");
          expect(nexts).toEqual([...nexts].sort());
        }
      }
    }
  });

  it("gives one reminder per missed due date of the families the caseworker holds", async () => {
    const m = munis[1]!;
    const [busiest] = await prisma.$queryRaw<{ userId: string }[]>`
      SELECT a."userId" FROM "FamilyAssignment" a JOIN "Family" f ON f.id = a."familyId"
      WHERE a.role = 'CASEWORKER' AND f."municipalityId" = ${m.id} GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`;
    const actor = await actorFor(busiest!.userId);
    const mine = new Set((await prisma.familyAssignment.findMany({ where: { userId: actor.id, role: "CASEWORKER" }, select: { familyId: true } })).map((a) => a.familyId));
    for (const today of DAYS) {
      const expected = m.families.filter((f) => mine.has(f.id)).flatMap((f) => f.at.get(today)!.missed.map((d) => `missed:${f.phaseId}:${d}`)).sort();
      const got = (await notificationsFor(actor, new Date(`${today}T10:00:00Z`))).filter((n) => n.kind === "FOLLOW_UP_MISSED").map((n) => n.key).sort();
      expect(got).toEqual(expected);
    }
  });
});

describe("the migration that introduced FollowUpDue", () => {
  it("fills in for existing cases exactly what the domain stores, with each municipality's tolerance", async () => {
    const sql = await readFile(path.join(MIGRATIONS_DIR, "20261128145000_follow_up_dues", "migration.sql"), "utf8");
    const backfill = sql.slice(sql.indexOf('INSERT INTO "FollowUpDue"'));
    const rows = (db: Tx) => db.followUpDue.findMany({ orderBy: [{ phaseId: "asc" }, { dueDate: "asc" }] });
    const stored = await rows(prisma);
    expect(stored.length).toBeGreaterThan(100);
    const refilled = await prisma.$transaction(async (tx) => {
      await tx.followUpDue.deleteMany({});
      await tx.$executeRawUnsafe(backfill);
      const again = await rows(tx);
      throw Object.assign(new Error("roll back"), { again });
    }).catch((e: { again?: typeof stored }) => e.again);
    expect(refilled).toEqual(stored);
    expect(await prisma.followUpDue.count()).toBe(stored.length);
  });
});

describe("start-ups past the warning", () => {
  it("lists exactly the families the family page warns about", async () => {
    for (const m of munis) {
      const expected = m.families.filter((f) => f.longStartUp).map((f) => f.id).sort();
      const listed = await listFamilies(m.coordinator, { attention: "startUp", today: TODAY, take: 200 });
      expect(listed.rows.map((r) => r.id).sort()).toEqual(expected);
      expect(await countFamilies(m.coordinator, { attention: "startUp", today: TODAY })).toBe(expected.length);
    }
    expect(munis.some((m) => m.families.some((f) => f.longStartUp))).toBe(true);
  });
});

describe("follow-up standing in the demo data", () => {
  it("shows Jensen overdue, Larsen with a miss made up since (not overdue), and the caseworker's home count says so", async () => {
    const today = "2026-11-23";
    await seedDemo(prisma, today);
    const caseworker = await prisma.user.findUniqueOrThrow({ where: { email: "caseworker@demo.local" } });
    const actor = await actorFor(caseworker.id);
    const overdue = await listFamilies(actor, { due: "overdue", today });
    expect(overdue.rows.map((r) => r.displayName)).toEqual(["Familien Jensen"]);
    expect(await countFamilies(actor, { due: "overdue", today })).toBe(1);
    const larsen = (await listFamilies(actor, { today, take: 200 })).rows.find((r) => r.displayName === "Familien Larsen")!;
    expect({ missed: larsen.missedFollowUps, overdueSince: larsen.overdueSince }).toEqual({ missed: 1, overdueSince: null });
    const jensen = overdue.rows[0]!;
    expect(jensen.missedFollowUps).toBe(1);
    expect(jensen.nextFollowUp! >= today).toBe(true);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type OpenDatabase } from "@/server/db/client";
import { verifyPassword } from "@/server/auth/password";
import { addDays, plannedEndDate } from "@/domain/method";
import { fromDbDate } from "@/server/dates";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, seedDemo } from "./seed-demo";

const TODAY = "2026-11-23";
let db: OpenDatabase;

beforeAll(async () => {
  db = await openDatabase({ engine: "pglite", dataDir: null });
  expect(await seedDemo(db.prisma, TODAY)).toEqual({ created: true });
});
afterAll(async () => db.close());

describe("demo data", () => {
  it("has one working login per role with the documented password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await db.prisma.user.findUniqueOrThrow({ where: { email: account.email }, select: { role: true, passwordHash: true } });
      expect(user.role).toBe(account.role);
      expect(await verifyPassword(user.passwordHash, DEMO_PASSWORD)).toBe(true);
    }
  });

  it("is created once: a second run changes nothing", async () => {
    const before = await db.prisma.family.count();
    expect(await seedDemo(db.prisma, TODAY)).toEqual({ created: false });
    expect(await db.prisma.family.count()).toBe(before);
  });

  it("spreads at least six families over every phase, one of them awaiting its assessment", async () => {
    const families = await db.prisma.family.findMany({ select: { stage: true, displayName: true } });
    expect(families.length).toBeGreaterThanOrEqual(6);
    expect(new Set(families.map((f) => f.stage))).toEqual(new Set(["START_UP", "CHANGE", "MAINTENANCE", "AWAITING_ASSESSMENT", "CLOSED"]));
    expect(families.filter((f) => f.stage === "AWAITING_ASSESSMENT").map((f) => f.displayName)).toEqual(["Familien Poulsen"]);
  });

  it("has one change phase ending this week (the overdue and missed follow-ups: tests/server/follow-up-standing.test.ts)", async () => {
    const open = await db.prisma.phase.findMany({ where: { kind: "CHANGE", endDate: null }, select: { startDate: true, plannedWeeks: true } });
    const endingThisWeek = open.filter((p) => {
      const end = plannedEndDate({ startDate: fromDbDate(p.startDate), plannedWeeks: p.plannedWeeks })!;
      return end >= TODAY && end <= addDays(TODAY, 7);
    });
    expect(endingThisWeek).toHaveLength(1);
  });

  it("has staff at both placement sites, and a history of who holds each family", async () => {
    const staffed = await db.prisma.siteMembership.findMany({ where: { role: "STAFF" }, select: { site: { select: { name: true } } } });
    expect(new Set(staffed.map((s) => s.site.name))).toEqual(new Set(["Plejefamilien Lund", "Opholdsstedet Solbakken"]));
    const held = await db.prisma.familyAssignment.count();
    expect(await db.prisma.assignmentHistory.count({ where: { toAt: null } })).toBe(held);
  });

  it("assigns the demo caseworker to every open family but one colleague's", async () => {
    const caseworker = await db.prisma.user.findUniqueOrThrow({ where: { email: "caseworker@demo.local" } });
    const open = await db.prisma.family.findMany({ where: { stage: { not: "CLOSED" } }, select: { assignments: { select: { userId: true, role: true } } } });
    const mine = open.filter((f) => f.assignments.some((a) => a.userId === caseworker.id && a.role === "CASEWORKER"));
    expect(open.length - mine.length).toBe(1);
  });

  it("has Thomas Jensen's own ratings of both goals, before and since the family's one follow-up, and a comment for the next plan", async () => {
    const jensen = await db.prisma.family.findFirstOrThrow({ where: { displayName: "Familien Jensen" }, select: { id: true, followUps: { select: { date: true } } } });
    const ratings = await db.prisma.parentGoalRating.findMany({ where: { familyId: jensen.id }, select: { ratedOn: true, goalId: true, parent: { select: { name: true } } } });
    const held = jensen.followUps.map((f) => fromDbDate(f.date)).sort().at(-1)!;
    expect(new Set(ratings.map((r) => r.parent.name))).toEqual(new Set(["Thomas Jensen"]));
    expect(new Set(ratings.map((r) => r.goalId)).size).toBe(2);
    expect(ratings.some((r) => fromDbDate(r.ratedOn) < held)).toBe(true);
    expect(ratings.some((r) => fromDbDate(r.ratedOn) > held)).toBe(true);
    expect(await db.prisma.parentPlanComment.count({ where: { familyId: jensen.id } })).toBe(1);
  });

  it("has one open proposal from the therapist on the plan in force (Familien Nielsen)", async () => {
    const proposals = await db.prisma.planProposal.findMany({ select: { status: true, family: { select: { displayName: true } }, planVersion: { select: { status: true } } } });
    expect(proposals).toEqual([{ status: "OPEN", family: { displayName: "Familien Nielsen" }, planVersion: { status: "AGREED" } }]);
  });
});

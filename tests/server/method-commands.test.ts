import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import { standingJoin } from "@/features/follow-ups/due-sql";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { enrolFamily, updateFamily } from "@/features/families/commands";
import { agreePlan, savePlanDraft } from "@/features/plan/commands";
import { endPhase, extendPhase, recordAssessment, startChangePhase, startMaintenancePhase } from "@/features/phases/commands";
import { recordFollowUp } from "@/features/follow-ups/commands";
import { actorFor, auditRows, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// One family carried through the method by its caseworker and therapist, on fixed dates.
// Every refusal is checked twice: the answer the user gets, and that nothing in the case changed.
const at = (day: string) => ({ now: new Date(`${day}T10:00:00Z`) });
let cw: Actor, th: Actor, otherCw: Actor, consultant: Actor;
let familyId: string;
let siteId: string;

const familyVersion = async () => (await (await getDb()).family.findUniqueOrThrow({ where: { id: familyId } })).version;

async function refusedWithoutChange(run: () => Promise<{ ok: boolean; code?: string; reason?: string }>, expected: { code: string; reason?: string }) {
  const before = await caseFingerprint();
  const result = await run();
  expect(result).toMatchObject({ ok: false, ...expected });
  expect(await caseFingerprint()).toBe(before);
}

beforeAll(async () => {
  const m = await makeMunicipality("Halsnæs");
  const other = await makeMunicipality("Herning");
  cw = await actorFor((await makeUser("CASEWORKER", m.id)).id);
  th = await actorFor((await makeUser("THERAPIST", m.id)).id);
  otherCw = await actorFor((await makeUser("CASEWORKER", other.id)).id);
  consultant = await actorFor((await makeUser("CONSULTANT", m.id)).id);
  siteId = (await makeSite()).id;
});

/** The next follow-up as the lists see it: the stored due dates read with today's date. */
async function storedNext(familyId: string, today: string): Promise<string | null> {
  const [row] = await (await getDb()).$queryRaw<{ next: string | null }[]>(Prisma.sql`SELECT fs.next::text AS next FROM "Family" f ${standingJoin(today)} WHERE f.id = ${familyId}`);
  return row?.next ?? null;
}

describe("enrolment", () => {
  it("enrols a family in start-up with the caseworker and therapist assigned", async () => {
    const result = await executeCommand(enrolFamily, cw, {
      displayName: "Familien Holm", enrolledOn: "2026-09-01", therapistId: th.id,
      parents: [{ name: "Lise Holm", phone: "12345678", email: "", hasCustody: "on", strengths: "Omsorgsfuld", wishes: "Mere samvær" }],
      children: [{ name: "Oskar Holm", birthDate: "2019-03-03", placement: { siteId, type: "GENERAL_FOSTER_FAMILY", legalBasis: "VOLUNTARY", startDate: "2026-08-20" } }],
    }, at("2026-09-01"));
    expect(result.ok).toBe(true);
    familyId = (result as { data: { familyId: string } }).data.familyId;
    const family = await (await getDb()).family.findUniqueOrThrow({ where: { id: familyId }, include: { assignments: true, phases: true } });
    expect(family.stage).toBe("START_UP");
    expect(family.assignments.map((a) => [a.userId, a.role]).sort()).toEqual([[cw.id, "CASEWORKER"], [th.id, "THERAPIST"]].sort());
    expect(await auditRows({ actorId: cw.id, action: "CREATE", familyId })).toHaveLength(1);
  });

  it("refuses an enrolment dated tomorrow and a form without parents, field by field", async () => {
    const before = await caseFingerprint();
    const future = await executeCommand(enrolFamily, cw, { displayName: "X", enrolledOn: "2026-09-02", parents: [{ name: "A" }], children: [{ name: "B", birthDate: "2020-01-01" }] }, at("2026-09-01"));
    expect(future).toMatchObject({ ok: false, code: "RULE", reason: "DATE_IN_FUTURE", fieldErrors: { enrolledOn: [{ key: "reasons.DATE_IN_FUTURE" }] } });
    const empty = await executeCommand(enrolFamily, cw, { displayName: "", enrolledOn: "2026-02-30", parents: [], children: [{ name: "B", birthDate: "x" }] }, at("2026-09-01"));
    expect(empty).toMatchObject({ ok: false, code: "VALIDATION" });
    const fields = (empty as { fieldErrors: Record<string, unknown> }).fieldErrors;
    expect(Object.keys(fields).sort()).toEqual(["children.0.birthDate", "displayName", "enrolledOn", "parents"]);
    expect(await caseFingerprint()).toBe(before);
  });
});

describe("the plan", () => {
  it("refuses a plan with no active goal or with six", async () => {
    const goal = (title: string) => ({ title, status: "ACTIVE" });
    await refusedWithoutChange(
      () => executeCommand(savePlanDraft, cw, { familyId, basedOnVersionId: null, basedOnRowVersion: 0, parentsAccount: "", goals: [] }, at("2026-09-10")),
      { code: "RULE", reason: "ACTIVE_GOALS_TOO_FEW" },
    );
    await refusedWithoutChange(
      () => executeCommand(savePlanDraft, cw, { familyId, basedOnVersionId: null, basedOnRowVersion: 0, goals: ["a", "b", "c", "d", "e", "f"].map(goal) }, at("2026-09-10")),
      { code: "RULE", reason: "ACTIVE_GOALS_TOO_MANY" },
    );
  });

  it("does not start the change phase before the plan is agreed", async () => {
    await refusedWithoutChange(
      async () => executeCommand(startChangePhase, cw, { familyId, familyVersion: await familyVersion(), startDate: "2026-09-10", plannedWeeks: 12 }, at("2026-09-10")),
      { code: "RULE", reason: "PLAN_NOT_AGREED" },
    );
  });

  it("saves a draft with two goals, refuses a second save based on the same version, and records agreement", async () => {
    const goals = [
      { title: "Rolige samvær", parentsWords: "Jeg vil være rolig", status: "ACTIVE" },
      { title: "Holde aftaler", parentsWords: "Jeg kommer til tiden", status: "ACTIVE" },
    ];
    const first = await executeCommand(savePlanDraft, cw, { familyId, basedOnVersionId: null, basedOnRowVersion: 0, parentsAccount: "Vi vil have Oskar hjem", goals }, at("2026-09-10"));
    expect(first.ok).toBe(true);
    const draftId = (first as { data: { planVersionId: string } }).data.planVersionId;
    // Two people opened the editor on draft version 1; the first saves, the second is refused.
    expect((await executeCommand(savePlanDraft, cw, { familyId, basedOnVersionId: draftId, basedOnRowVersion: 1, parentsAccount: "A", goals }, at("2026-09-10"))).ok).toBe(true);
    await refusedWithoutChange(
      () => executeCommand(savePlanDraft, cw, { familyId, basedOnVersionId: draftId, basedOnRowVersion: 1, parentsAccount: "B", goals }, at("2026-09-10")),
      { code: "CONFLICT" },
    );
    expect((await (await getDb()).actionPlanVersion.findUniqueOrThrow({ where: { id: draftId } })).parentsAccount).toBe("A");
    const agreed = await executeCommand(agreePlan, cw, { familyId, planVersionId: draftId, rowVersion: 2, agreedOn: "2026-09-10", agreedHow: "IN_PERSON" }, at("2026-09-10"));
    expect(agreed.ok).toBe(true);
  });

  it("does not let a therapist write or agree the plan", async () => {
    await refusedWithoutChange(
      () => executeCommand(savePlanDraft, th, { familyId, basedOnVersionId: null, basedOnRowVersion: 0, goals: [{ title: "x" }] }, at("2026-09-10")),
      { code: "NOT_FOUND" },
    );
  });
});

describe("the change phase", () => {
  it("refuses 6 and 17 weeks, a start tomorrow, and a stale form, changing nothing", async () => {
    const v = await familyVersion();
    for (const [input, reason] of [
      [{ startDate: "2026-09-14", plannedWeeks: 6 }, "PHASE_LENGTH_OUT_OF_RANGE"],
      [{ startDate: "2026-09-14", plannedWeeks: 17 }, "PHASE_LENGTH_OUT_OF_RANGE"],
      [{ startDate: "2026-09-15", plannedWeeks: 12 }, "START_DATE_IN_FUTURE"],
    ] as const) {
      await refusedWithoutChange(() => executeCommand(startChangePhase, cw, { familyId, familyVersion: v, ...input }, at("2026-09-14")), { code: "RULE", reason });
    }
    // Someone else saves the family meanwhile: the form opened on version v is now stale.
    expect((await executeCommand(updateFamily, cw, { familyId, version: v, displayName: "Familien Holm-Berg" }, at("2026-09-14"))).ok).toBe(true);
    await refusedWithoutChange(() => executeCommand(startChangePhase, cw, { familyId, familyVersion: v, startDate: "2026-09-14", plannedWeeks: 12 }, at("2026-09-14")), { code: "CONFLICT" });
  });

  it("is refused as not found to a caseworker of another municipality, and the attempt is audited", async () => {
    await refusedWithoutChange(
      async () => executeCommand(startChangePhase, otherCw, { familyId, familyVersion: await familyVersion(), startDate: "2026-09-14", plannedWeeks: 12 }, at("2026-09-14")),
      { code: "NOT_FOUND" },
    );
    expect(await auditRows({ actorId: otherCw.id, action: "ACCESS_DENIED", recordId: familyId })).toHaveLength(1);
  });

  it("starts a 12-week change phase: the first follow-up falls due 14 days later", async () => {
    const result = await executeCommand(startChangePhase, cw, { familyId, familyVersion: await familyVersion(), startDate: "2026-09-14", plannedWeeks: 12 }, at("2026-09-14"));
    expect(result.ok).toBe(true);
    const family = await (await getDb()).family.findUniqueOrThrow({ where: { id: familyId }, include: { phases: { orderBy: { startDate: "asc" } } } });
    expect(family.stage).toBe("CHANGE");
    expect(await storedNext(familyId, "2026-09-14")).toBe("2026-09-28");
    expect(family.phases.map((p) => [p.kind, p.endDate?.toISOString().slice(0, 10) ?? null])).toEqual([["START_UP", "2026-09-14"], ["CHANGE", null]]);
  });
});

describe("follow-ups", () => {
  // What the follow-up form carries: the running phase and the row version it was opened on.
  const openPhase = async () => {
    const phase = await (await getDb()).phase.findFirstOrThrow({ where: { familyId, endDate: null } });
    return { phaseId: phase.id, phaseVersion: phase.version };
  };
  const goalIds = async () =>
    (await (await getDb()).goal.findMany({ where: { planVersion: { plan: { familyId }, status: "AGREED" } }, orderBy: { position: "asc" } })).map((g) => g.id);

  it("refuses a follow-up dated tomorrow, before the phase, or missing a goal's rating", async () => {
    const [a, b] = await goalIds();
    const phase = await openPhase();
    const ratings = [{ goalId: a, rating: 4 }, { goalId: b, rating: 5 }];
    await refusedWithoutChange(() => executeCommand(recordFollowUp, th, { familyId, ...phase, requestId: "req-future-1", date: "2026-09-29", parentsPresent: "on", ratings }, at("2026-09-28")), { code: "RULE", reason: "FOLLOW_UP_IN_FUTURE" });
    await refusedWithoutChange(() => executeCommand(recordFollowUp, th, { familyId, ...phase, requestId: "req-before-1", date: "2026-09-13", ratings }, at("2026-09-28")), { code: "RULE", reason: "FOLLOW_UP_BEFORE_PHASE_START" });
    await refusedWithoutChange(() => executeCommand(recordFollowUp, th, { familyId, ...phase, requestId: "req-partial-1", date: "2026-09-28", ratings: [ratings[0]] }, at("2026-09-28")), { code: "RULE", reason: "RATINGS_MUST_COVER_ACTIVE_GOALS" });
    await refusedWithoutChange(() => executeCommand(recordFollowUp, th, { familyId, ...phase, requestId: "req-range-1", date: "2026-09-28", ratings: [{ goalId: a, rating: 11 }, { goalId: b, rating: -1 }] }, at("2026-09-28")), { code: "VALIDATION" });
  });

  it("records a follow-up once, even when the form is submitted twice", async () => {
    const [a, b] = await goalIds();
    const input = { familyId, ...(await openPhase()), requestId: "req-double-1", date: "2026-09-28", parentsPresent: "on", ratings: [{ goalId: a, rating: 4, note: "Godt" }, { goalId: b, rating: 6 }] };
    const first = await executeCommand(recordFollowUp, th, input, at("2026-09-28"));
    const second = await executeCommand(recordFollowUp, th, input, at("2026-09-28"));
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(second).toMatchObject({ ok: true, data: { duplicate: true, followUpId: (first as { data: { followUpId: string } }).data.followUpId } });
    const db = await getDb();
    expect(await db.followUp.count({ where: { familyId } })).toBe(1);
    expect(await storedNext(familyId, "2026-09-28")).toBe("2026-10-12");
  });

  it("is not for placement consultants", async () => {
    const [a, b] = await goalIds();
    const phase = await openPhase();
    await refusedWithoutChange(
      () => executeCommand(recordFollowUp, consultant, { familyId, ...phase, requestId: "req-cons-1", date: "2026-09-28", ratings: [{ goalId: a, rating: 1 }, { goalId: b, rating: 1 }] }, at("2026-09-28")),
      { code: "NOT_FOUND" },
    );
  });
});

describe("extension, early end, assessment, maintenance", () => {
  it("extends up to 16 weeks but not beyond", async () => {
    await refusedWithoutChange(async () => executeCommand(extendPhase, cw, { familyId, familyVersion: await familyVersion(), plannedWeeks: 17 }, at("2026-10-01")), { code: "RULE", reason: "EXTENSION_PAST_MAXIMUM" });
    expect((await executeCommand(extendPhase, cw, { familyId, familyVersion: await familyVersion(), plannedWeeks: 16 }, at("2026-10-01"))).ok).toBe(true);
  });

  it("ends early only with a reason", async () => {
    await refusedWithoutChange(async () => executeCommand(endPhase, cw, { familyId, familyVersion: await familyVersion(), endDate: "2026-10-20", earlyEndReason: "" }, at("2026-10-20")), { code: "RULE", reason: "EARLY_END_REASON_REQUIRED" });
    expect((await executeCommand(endPhase, cw, { familyId, familyVersion: await familyVersion(), endDate: "2026-10-20", earlyEndReason: "Forældrene ønsker pause" }, at("2026-10-20"))).ok).toBe(true);
    // The ended cycle waits for its assessment: the family is not back in start-up.
    expect((await (await getDb()).family.findUniqueOrThrow({ where: { id: familyId } })).stage).toBe("AWAITING_ASSESSMENT");
  });

  it("needs an assessment before maintenance, then allows 28-day follow-ups but not 21", async () => {
    await refusedWithoutChange(async () => executeCommand(startMaintenancePhase, cw, { familyId, familyVersion: await familyVersion(), startDate: "2026-10-21", plannedWeeks: 12, followUpIntervalDays: 28 }, at("2026-10-21")), { code: "RULE", reason: "ASSESSMENT_MISSING" });
    const assessed = await executeCommand(recordAssessment, cw, { familyId, familyVersion: await familyVersion(), date: "2026-10-21", progressionSummary: "Fremgang", decision: "START_MAINTENANCE" }, at("2026-10-21"));
    expect(assessed.ok).toBe(true);
    expect((await (await getDb()).family.findUniqueOrThrow({ where: { id: familyId } })).stage).toBe("AWAITING_NEXT_PHASE");
    await refusedWithoutChange(async () => executeCommand(startMaintenancePhase, cw, { familyId, familyVersion: await familyVersion(), startDate: "2026-10-21", plannedWeeks: 12, followUpIntervalDays: 21 }, at("2026-10-21")), { code: "RULE", reason: "FOLLOW_UP_INTERVAL_NOT_ALLOWED" });
    expect((await executeCommand(startMaintenancePhase, cw, { familyId, familyVersion: await familyVersion(), startDate: "2026-10-21", plannedWeeks: 12, followUpIntervalDays: 28 }, at("2026-10-21"))).ok).toBe(true);
    const family = await (await getDb()).family.findUniqueOrThrow({ where: { id: familyId } });
    expect(family.stage).toBe("MAINTENANCE");
    expect(await storedNext(familyId, "2026-10-21")).toBe("2026-11-18");
  });
});

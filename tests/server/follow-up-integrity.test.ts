import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { recordFollowUp } from "@/features/follow-ups/commands";
import { endPhase } from "@/features/phases/commands";
import { actorFor, makeFamily, makeMunicipality, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// A follow-up is saved against the phase its form was opened on. A blank rating is not a 0, and
// a phase that ends while the form is open (or at the same moment) never gets a follow-up dated
// after its end.
const at = { now: new Date("2026-10-20T10:00:00Z") };
const day = (d: string) => new Date(`${d}T00:00:00Z`);
let cw: Actor, th: Actor;
let municipalityId: string;

/** A family in a change phase since 14 September with an agreed plan of two goals; what its follow-up form carries. */
async function familyInChange() {
  const db = await getDb();
  const family = await makeFamily(municipalityId, { caseworkerId: cw.id, therapistId: th.id });
  await db.phase.updateMany({ where: { familyId: family.id }, data: { endDate: day("2026-09-14") } });
  const phase = await db.phase.create({
    data: { familyId: family.id, kind: "CHANGE", startDate: day("2026-09-14"), plannedWeeks: 12, plannedEndDate: day("2026-12-06"), followUpIntervalDays: 14, startedById: cw.id },
  });
  await db.family.update({ where: { id: family.id }, data: { stage: "CHANGE" } });
  const plan = await db.actionPlan.create({
    data: {
      familyId: family.id,
      versions: { create: [{ number: 1, status: "AGREED", agreedOn: day("2026-09-10"), agreedHow: "IN_PERSON", draftedById: cw.id,
        goals: { create: [{ lineageId: `a-${family.id}`, position: 0, title: "Rolige samvær" }, { lineageId: `b-${family.id}`, position: 1, title: "Holde aftaler" }] } }] },
    },
    include: { versions: { include: { goals: { orderBy: { position: "asc" } } } } },
  });
  const [a, b] = plan.versions[0]!.goals.map((g) => g.id) as [string, string];
  const familyVersion = (await db.family.findUniqueOrThrow({ where: { id: family.id } })).version;
  return { familyId: family.id, familyVersion, form: { familyId: family.id, phaseId: phase.id, phaseVersion: phase.version }, goals: [a, b] as const, phaseId: phase.id };
}

beforeAll(async () => {
  municipalityId = (await makeMunicipality("Lolland")).id;
  cw = await actorFor((await makeUser("CASEWORKER", municipalityId)).id);
  th = await actorFor((await makeUser("THERAPIST", municipalityId)).id);
});

describe("ratings", () => {
  it("refuses a blank rating as required, beside that goal's field, and stores nothing", async () => {
    const f = await familyInChange();
    const before = await caseFingerprint();
    const result = await executeCommand(recordFollowUp, th, {
      ...f.form, requestId: "req-blank-0001", date: "2026-10-12",
      ratings: [{ goalId: f.goals[0], rating: "6" }, { goalId: f.goals[1], rating: "" }],
    }, at);
    expect(result).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "ratings.1.rating": [{ key: "validation.required" }] } });
    expect(Object.keys((result as { fieldErrors: object }).fieldErrors)).toEqual(["ratings.1.rating"]);
    expect(await caseFingerprint()).toBe(before);
  });

  it("refuses 4.5, 11 and text, each beside its own field", async () => {
    const f = await familyInChange();
    for (const [rating, key] of [["4.5", "validation.invalidType"], ["11", "validation.tooBig"], ["-1", "validation.tooSmall"], ["seks", "validation.invalidType"]] as const) {
      const result = await executeCommand(recordFollowUp, th, { ...f.form, requestId: `req-bad-${rating}-01`, date: "2026-10-12", ratings: [{ goalId: f.goals[0], rating: 5 }, { goalId: f.goals[1], rating }] }, at);
      expect(result, rating).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { "ratings.1.rating": [{ key }] } });
    }
    expect(await (await getDb()).followUp.count({ where: { familyId: f.familyId } })).toBe(0);
  });

  it("keeps an out-of-range rating out of the database even without the app", async () => {
    const f = await familyInChange();
    const ok = await executeCommand(recordFollowUp, th, { ...f.form, requestId: "req-ok-000001", date: "2026-10-12", ratings: [{ goalId: f.goals[0], rating: "0" }, { goalId: f.goals[1], rating: "10" }] }, at);
    expect(ok.ok).toBe(true);
    const db = await getDb();
    expect((await db.goalRating.findMany({ where: { followUp: { familyId: f.familyId } }, orderBy: { rating: "asc" } })).map((r) => r.rating)).toEqual([0, 10]);
    for (const rating of [11, -1]) {
      const error = await db.$executeRawUnsafe(`UPDATE "GoalRating" SET "rating" = $1 WHERE "goalId" = $2`, rating, f.goals[0]).then(() => null, (e: unknown) => e);
      expect(JSON.stringify((error as { meta?: unknown } | null)?.meta ?? null), String(rating)).toContain("GoalRating_rating_range");
    }
    expect((await db.goalRating.findMany({ where: { followUp: { familyId: f.familyId } }, orderBy: { rating: "asc" } })).map((r) => r.rating)).toEqual([0, 10]);
  });
});

describe("the phase the form was opened on", () => {
  const ratings = (f: { goals: readonly [string, string] }) => [{ goalId: f.goals[0], rating: 5 }, { goalId: f.goals[1], rating: 7 }];

  it("answers a form opened before the phase ended with CONFLICT, and a double submit still returns the first follow-up", async () => {
    const f = await familyInChange();
    const first = await executeCommand(recordFollowUp, th, { ...f.form, requestId: "req-twice-0001", date: "2026-10-12", ratings: ratings(f) }, at);
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    const familyVersion = (await (await getDb()).family.findUniqueOrThrow({ where: { id: f.familyId } })).version;
    expect((await executeCommand(endPhase, cw, { familyId: f.familyId, familyVersion, endDate: "2026-10-19", earlyEndReason: "Pause" }, at)).ok).toBe(true);

    const before = await caseFingerprint();
    const stale = await executeCommand(recordFollowUp, th, { ...f.form, requestId: "req-stale-0001", date: "2026-10-20", ratings: ratings(f) }, at);
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await caseFingerprint()).toBe(before);
    // The first form submitted again (a double click that arrived late) is still the same follow-up.
    const again = await executeCommand(recordFollowUp, th, { ...f.form, requestId: "req-twice-0001", date: "2026-10-12", ratings: ratings(f) }, at);
    expect(again).toMatchObject({ ok: true, data: { duplicate: true, followUpId: (first as { data: { followUpId: string } }).data.followUpId } });
  });

  it("answers a phase of another family as not found", async () => {
    const f = await familyInChange();
    const other = await familyInChange();
    const result = await executeCommand(recordFollowUp, th, { ...f.form, phaseId: other.phaseId, requestId: "req-other-0001", date: "2026-10-12", ratings: ratings(f) }, at);
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("never dates a follow-up after the phase's end when a save and endPhase run at the same time", async () => {
    const db = await getDb();
    for (let round = 0; round < 4; round++) {
      const f = await familyInChange();
      const [saved, ended] = await Promise.all([
        executeCommand(recordFollowUp, th, { ...f.form, requestId: `req-race-${round}-0001`, date: "2026-10-20", ratings: ratings(f) }, at),
        executeCommand(endPhase, cw, { familyId: f.familyId, familyVersion: f.familyVersion, endDate: "2026-10-19", earlyEndReason: "Barnet hjemgivet" }, at),
      ]);
      // Exactly one wins; the other is told the case changed under it.
      expect([saved.ok, ended.ok].filter(Boolean), JSON.stringify({ saved, ended })).toHaveLength(1);
      const loser = saved.ok ? ended : saved;
      expect(["CONFLICT", "RULE"]).toContain((loser as { code: string }).code);

      const phase = await db.phase.findUniqueOrThrow({ where: { id: f.phaseId } });
      const followUps = await db.followUp.findMany({ where: { familyId: f.familyId } });
      if (phase.endDate) expect(followUps.filter((x) => x.date > phase.endDate!)).toEqual([]);
      expect(followUps).toHaveLength(saved.ok ? 1 : 0);
      expect(phase.endDate === null).toBe(saved.ok);
    }
  });
});

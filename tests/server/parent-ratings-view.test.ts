import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familiesRatedAhead, parentRatingsSinceLastFollowUp } from "@/features/follow-ups/parent-ratings";
import { loadFollowUpForm } from "@/features/follow-ups/queries";
import { loadFamilyPage } from "@/features/families/page-data";
import { toSeries } from "@/features/families/components/progress-chart";
import { actorFor, auditRows, makeFamily, makeMunicipality, makeUser, putInChange } from "../support/factories";

// The parents' own ratings as the professionals read them: "since the last follow-up" is one rule, shared
// by the follow-up form and the therapist's home, and every read stays within the user's reach.
const day = (d: string) => new Date(`${d}T00:00:00Z`);
let th: Actor, cw: Actor, outsider: Actor;
let rated: Awaited<ReturnType<typeof familyWithPlan>>;
let quiet: Awaited<ReturnType<typeof familyWithPlan>>;
let fresh: Awaited<ReturnType<typeof familyWithPlan>>;
let away: Awaited<ReturnType<typeof familyWithPlan>>;

/** A family in change with an agreed plan of two goals and follow-ups held on the given days. */
async function familyWithPlan(municipalityId: string, staff: { caseworkerId: string; therapistId: string }, followUps: string[]) {
  const db = await getDb();
  const family = await makeFamily(municipalityId, staff);
  await putInChange(family.id, { startDate: "2026-02-02", followUps });
  const plan = await db.actionPlan.create({
    data: {
      familyId: family.id,
      versions: { create: [{ number: 1, status: "AGREED", agreedOn: day("2026-01-20"), agreedHow: "IN_PERSON", draftedById: staff.caseworkerId,
        goals: { create: [{ lineageId: `a-${family.id}`, position: 0, title: "Rolige samvær" }, { lineageId: `b-${family.id}`, position: 1, title: "Holde aftaler" }] } }] },
    },
    include: { versions: { include: { goals: { orderBy: { position: "asc" } } } } },
  });
  const [a, b] = plan.versions[0]!.goals.map((g) => g.id) as [string, string];
  return { familyId: family.id, parentId: family.parents[0]!.id, parentName: family.parents[0]!.name, goals: { a, b } };
}

async function rate(f: { familyId: string; parentId: string }, goalId: string, ratedOn: string, rating: number, note = "") {
  const db = await getDb();
  return db.parentGoalRating.create({ data: { familyId: f.familyId, parentId: f.parentId, goalId, ratedOn: day(ratedOn), rating, note } });
}

beforeAll(async () => {
  const home = await makeMunicipality("Faxe");
  const other = await makeMunicipality("Stevns");
  const therapist = await makeUser("THERAPIST", home.id);
  const caseworker = await makeUser("CASEWORKER", home.id);
  const otherCw = await makeUser("CASEWORKER", other.id);
  const otherTh = await makeUser("THERAPIST", other.id);
  th = await actorFor(therapist.id);
  cw = await actorFor(caseworker.id);
  outsider = await actorFor(otherTh.id);
  const staff = { caseworkerId: caseworker.id, therapistId: therapist.id };
  // Follow-ups held 16 February and 2 March: ratings count from 3 March.
  rated = await familyWithPlan(home.id, staff, ["2026-02-16", "2026-03-02"]);
  await rate(rated, rated.goals.a, "2026-02-28", 3, "Før sidste møde.");
  await rate(rated, rated.goals.a, "2026-03-02", 4, "Samme dag som mødet.");
  await rate(rated, rated.goals.a, "2026-03-05", 6, "Jeg kom til alle samvær.");
  await rate(rated, rated.goals.a, "2026-03-09", 7, "Det går bedre nu.");
  // Rated only before its last follow-up: nothing ahead of the next one.
  quiet = await familyWithPlan(home.id, staff, ["2026-03-02"]);
  await rate(quiet, quiet.goals.b, "2026-02-20", 5);
  // No follow-up held yet: every rating counts.
  fresh = await familyWithPlan(home.id, staff, []);
  await rate(fresh, fresh.goals.b, "2026-02-10", 2, "Svært at komme i gang.");
  // Another municipality's family whose parent has rated.
  away = await familyWithPlan(other.id, { caseworkerId: otherCw.id, therapistId: otherTh.id }, []);
  await rate(away, away.goals.a, "2026-03-05", 8);
});

describe("rated since the last follow-up", () => {
  it("counts the days after the last held follow-up, newest first; the follow-up's own day belongs to it", async () => {
    const map = await parentRatingsSinceLastFollowUp(await getDb(), [rated.familyId, quiet.familyId, fresh.familyId]);
    expect(map.get(rated.familyId)!.map((r) => [r.ratedOn, r.rating, r.parentName])).toEqual([["2026-03-09", 7, rated.parentName], ["2026-03-05", 6, rated.parentName]]);
    expect(map.has(quiet.familyId)).toBe(false);
    expect(map.get(fresh.familyId)!.map((r) => r.ratedOn)).toEqual(["2026-02-10"]);
  });

  it("tells the therapist's home which families' parents rated ahead, only among families the user reaches, audited", async () => {
    const ids = [rated.familyId, quiet.familyId, fresh.familyId, away.familyId];
    expect([...(await familiesRatedAhead(th, ids))].sort()).toEqual([rated.familyId, fresh.familyId].sort());
    expect([...(await familiesRatedAhead(outsider, [rated.familyId, fresh.familyId]))]).toEqual([]);
    const audited = await auditRows({ actorId: th.id, action: "VIEW" });
    expect(audited.filter((a) => a.recordType === "ParentRatingsAhead").map((a) => a.familyId).sort()).toEqual([rated.familyId, fresh.familyId].sort());
  });

  it("puts each parent's latest rating and words since the last follow-up beside the goal in the follow-up form", async () => {
    const form = await loadFollowUpForm(th, rated.familyId, new Date("2026-03-10T10:00:00Z"));
    expect(form!.goals.map((g) => [g.title, g.parents])).toEqual([
      ["Rolige samvær", [{ name: rated.parentName, rating: 7, ratedOn: "2026-03-09", note: "Det går bedre nu." }]],
      ["Holde aftaler", []],
    ]);
    const quietForm = await loadFollowUpForm(cw, quiet.familyId, new Date("2026-03-10T10:00:00Z"));
    expect(quietForm!.goals.every((g) => g.parents.length === 0)).toBe(true);
  });

  it("the database refuses a parent's rating outside 0–10", async () => {
    await expect(rate(rated, rated.goals.b, "2026-03-09", 11)).rejects.toThrow();
    await expect(rate(rated, rated.goals.b, "2026-03-09", -1)).rejects.toThrow();
  });
});

describe("the family page", () => {
  it("carries the parents' ratings oldest first and their comments newest first, with the parent's name", async () => {
    const db = await getDb();
    await db.parentPlanComment.create({ data: { familyId: rated.familyId, parentId: rated.parentId, text: "Længere samvær", createdAt: new Date("2026-03-01T10:00:00Z") } });
    await db.parentPlanComment.create({ data: { familyId: rated.familyId, parentId: rated.parentId, text: "Også i weekenden", createdAt: new Date("2026-03-08T10:00:00Z") } });
    const page = await loadFamilyPage(th, rated.familyId, new Date("2026-03-10T10:00:00Z"));
    expect(page!.parentRatings!.map((r) => [r.date, r.rating, r.parentName, r.goal])).toEqual([
      ["2026-02-28", 3, rated.parentName, "Rolige samvær"], ["2026-03-02", 4, rated.parentName, "Rolige samvær"],
      ["2026-03-05", 6, rated.parentName, "Rolige samvær"], ["2026-03-09", 7, rated.parentName, "Rolige samvær"],
    ]);
    expect(page!.parentComments!.map((c) => [c.text, c.parentName])).toEqual([["Også i weekenden", rated.parentName], ["Længere samvær", rated.parentName]]);
    expect(await loadFamilyPage(outsider, rated.familyId)).toBeNull();
  });

  it("charts a parent's ratings as their own series right after the follow-ups' series of the same goal", () => {
    const series = toSeries(
      [{ date: "2026-03-02", ratings: [{ lineageId: "a", goal: "Rolige samvær", rating: 4 }, { lineageId: "b", goal: "Holde aftaler", rating: 5 }] }],
      [
        { date: "2026-03-05", rating: 6, parentId: "p1", parentName: "Thomas", lineageId: "a", goal: "Rolige samvær" },
        { date: "2026-03-05", rating: 8, parentId: "p1", parentName: "Thomas", lineageId: "a", goal: "Rolige samvær" },
      ],
    );
    expect(series.map((s) => [s.title, s.rater.kind, s.points])).toEqual([
      ["Rolige samvær", "followUp", [{ date: "2026-03-02", rating: 4 }]],
      ["Rolige samvær", "parent", [{ date: "2026-03-05", rating: 8 }]],
      ["Holde aftaler", "followUp", [{ date: "2026-03-02", rating: 5 }]],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { todayInCopenhagen, addDays } from "@/domain/method";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { recordBreakdown } from "@/features/matching/breakdown-commands";
import { loadBreakdownPage } from "@/features/matching/breakdown-queries";
import { actorFor, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";

const TODAY = todayInCopenhagen(new Date());

async function setting() {
  const db = await getDb();
  const m = await makeMunicipality();
  const caseworker = await makeUser("CASEWORKER", m.id);
  const consultant = await makeUser("CONSULTANT", m.id);
  const site = await makeSite();
  const family = await makeFamily(m.id, { caseworkerId: caseworker.id, siteId: site.id });
  const child = family.children[0]!;
  const placement = await db.placement.findFirstOrThrow({ where: { childId: child.id } });
  // The placement was made by a matching case's decision, with the consultant taking part.
  const old = await db.matchingCase.create({ data: { municipalityId: m.id, childId: child.id, openedById: caseworker.id, consultantId: consultant.id, urgency: "PLANNED", legalBasis: "VOLUNTARY", stage: "FIRST_YEAR", openedOn: new Date("2025-12-01T00:00:00Z") } });
  const cand = await db.matchingCandidate.create({ data: { caseId: old.id, siteId: site.id, proposedById: consultant.id, answer: "ACCEPTED" } });
  await db.matchingDecision.create({ data: { caseId: old.id, candidateId: cand.id, decidedOn: new Date("2025-12-20T00:00:00Z"), decidedById: caseworker.id, criteria: [], wishes: [], childWishOutcome: "FOLLOWED", parentWishOutcome: "NONE", placementId: placement.id } });
  return { m, site, family, child, placement, old, caseworker, consultant, cw: await actorFor(caseworker.id) };
}

const form = (s: Awaited<ReturnType<typeof setting>>, over: Record<string, unknown> = {}) => ({
  familyId: s.family.id, placementId: s.placement.id, version: "1", endDate: TODAY, endedBy: "SITE",
  causes: { RELATION_CHILD_SITE: "on" }, causeText: "", warningSigns: "Konflikter ved sengetid", learned: "Barnet har brug for færre andre børn omkring sig", urgency: "ACUTE", ...over,
});

describe("recording a breakdown", () => {
  it("refuses, each on its field and with nothing changed: no cause, 'other' without words, nothing learned, an end in the future", async () => {
    const s = await setting();
    const result = await executeCommand(recordBreakdown, s.cw, form(s, { causes: {}, learned: "", endDate: addDays(TODAY, 1) }));
    expect(result).toMatchObject({ ok: false, code: "RULE", fieldErrors: { causes: expect.any(Array), learned: expect.any(Array), endDate: expect.any(Array) } });
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { causes: { OTHER: "on" } }))).toMatchObject({ ok: false, fieldErrors: { causeText: expect.any(Array) } });
    const db = await getDb();
    expect((await db.placement.findUniqueOrThrow({ where: { id: s.placement.id } })).endDate).toBeNull();
    expect(await db.placementBreakdown.count({ where: { placementId: s.placement.id } })).toBe(0);
    expect(await db.matchingCase.count({ where: { childId: s.child.id } })).toBe(1);
  });

  it("ends the placement, closes the case that made it and opens a new one for the child, in one go", async () => {
    const s = await setting();
    const result = await executeCommand(recordBreakdown, s.cw, form(s));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const db = await getDb();
    expect(await db.placement.findUniqueOrThrow({ where: { id: s.placement.id } })).toMatchObject({ endDate: new Date(`${TODAY}T00:00:00Z`), endReasonKind: "OTHER" });
    expect(await db.placementBreakdown.findUniqueOrThrow({ where: { placementId: s.placement.id } })).toMatchObject({ endedBy: "SITE", causes: ["RELATION_CHILD_SITE"], newCaseId: result.data.caseId });
    expect((await db.matchingCase.findUniqueOrThrow({ where: { id: s.old.id } })).stage).toBe("CLOSED");
    expect(await db.matchingCase.findUniqueOrThrow({ where: { id: result.data.caseId } })).toMatchObject({ stage: "PROFILE", urgency: "ACUTE", previousPlacementId: s.placement.id, consultantId: s.consultant.id });
    // Twice is once: the breakdown of a placement is recorded one time.
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { version: "2" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.placementBreakdown.count({ where: { placementId: s.placement.id } })).toBe(1);
  });

  it("gives not found to a therapist, another caseworker and a site", async () => {
    const s = await setting();
    const siteUser = await makeUser("SITE", null);
    await joinSite(siteUser.id, s.site.id, "STAFF");
    for (const u of [await makeUser("THERAPIST", s.m.id), await makeUser("CASEWORKER", s.m.id), await makeUser("CASEWORKER", (await makeMunicipality()).id), siteUser]) {
      const actor = await actorFor(u.id);
      expect(await executeCommand(recordBreakdown, actor, form(s)), u.role).toMatchObject({ ok: false });
      expect(await loadBreakdownPage(actor, s.family.id, s.placement.id), u.role).toBeNull();
    }
    expect((await (await getDb()).placement.findUniqueOrThrow({ where: { id: s.placement.id } })).endDate).toBeNull();
  });
});

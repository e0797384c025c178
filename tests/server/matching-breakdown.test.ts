import { describe, expect, it } from "vitest";
import { addDays, todayInCopenhagen } from "@/domain/method";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { recordBreakdown } from "@/features/matching/breakdown-commands";
import { loadBreakdownPage } from "@/features/matching/breakdown-queries";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { makeCandidate, makeMatchingCase } from "../support/matching-factories";

const TODAY = todayInCopenhagen(new Date());
const day = (d: string) => new Date(`${d}T00:00:00Z`);

/**
 * A child placed 100 days ago at a site chosen by a § 52 decision, now in its first year, with the
 * consultant of that site on the case: the situation in which a placement breaks down.
 */
async function setting() {
  const db = await getDb();
  const m = await makeMunicipality();
  const [caseworker, consultant, therapist, otherCaseworker, siteUser] = await Promise.all([
    makeUser("CASEWORKER", m.id), makeUser("CONSULTANT", m.id), makeUser("THERAPIST", m.id), makeUser("CASEWORKER", m.id), makeUser("SITE", null),
  ]);
  const site = await makeSite("Plejefamilien Ask");
  await joinSite(consultant.id, site.id, "CONSULTANT");
  await joinSite(siteUser.id, site.id, "STAFF");
  const made = await makeMatchingCase(m.id, { caseworkerId: caseworker.id, consultantId: consultant.id, stage: "FIRST_YEAR" });
  await db.familyAssignment.create({ data: { familyId: made.family.id, userId: therapist.id, role: "THERAPIST" } });
  await db.matchingCase.update({ where: { id: made.matchingCase.id }, data: { legalBasis: "WITHOUT_CONSENT" } });
  const candidate = await makeCandidate(made.matchingCase.id, site.id, caseworker.id, { answer: "ACCEPTED" });
  const start = addDays(TODAY, -100);
  const placement = await db.placement.create({ data: { childId: made.child.id, siteId: site.id, type: "GENERAL_FOSTER_FAMILY", legalBasis: "WITHOUT_CONSENT", startDate: day(start) } });
  await db.matchingDecision.create({
    data: {
      caseId: made.matchingCase.id, candidateId: candidate.id, decidedOn: day(addDays(start, -3)), decidedById: caseworker.id, criteria: [], wishes: [],
      childWishOutcome: "FOLLOWED", parentWishOutcome: "PARTLY", placementId: placement.id,
    },
  });
  return {
    ...made, m, site, placement, start,
    cw: await actorFor(caseworker.id), consultant: await actorFor(consultant.id), therapist: await actorFor(therapist.id),
    otherCw: await actorFor(otherCaseworker.id), siteActor: await actorFor(siteUser.id),
  };
}
type Setting = Awaited<ReturnType<typeof setting>>;

const form = (s: Setting, over: Record<string, unknown> = {}) => ({
  placementId: s.placement.id, version: "1", endDate: addDays(TODAY, -2), endedBy: "SITE",
  causes: { CHILD_BEHAVIOUR: "on", RELATION_CHILD_SITE: "on" }, causeText: "", warningSigns: "Konflikter ved sengetid siden efterårsferien.",
  learned: "Barnet har brug for et sted med færre børn og mere ro om aftenen.", ...over,
});

async function nothingChanged(s: Setting) {
  const db = await getDb();
  expect(await db.placement.findUniqueOrThrow({ where: { id: s.placement.id } })).toMatchObject({ endDate: null, endReasonKind: null, version: 1 });
  expect(await db.placementBreakdown.count({ where: { placementId: s.placement.id } })).toBe(0);
  expect(await db.matchingCase.findUniqueOrThrow({ where: { id: s.matchingCase.id } })).toMatchObject({ stage: "FIRST_YEAR", closedOn: null });
  expect(await db.matchingCase.count({ where: { childId: s.child.id } })).toBe(1);
}

describe("recording a breakdown", () => {
  it("is refused, each on its field and with nothing changed, without a cause, without words for 'other', without what was learned, and outside the placement", async () => {
    const s = await setting();
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { causes: {}, learned: "  " }))).toMatchObject({
      ok: false, code: "RULE",
      fieldErrors: { causes: [{ key: "reasons.MATCH_BREAKDOWN_NO_CAUSE" }], learned: [{ key: "reasons.MATCH_BREAKDOWN_LEARNING_REQUIRED" }] },
    });
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { causes: { OTHER: "on" } }))).toMatchObject({ ok: false, fieldErrors: { causeText: [{ key: "reasons.MATCH_BREAKDOWN_OTHER_TEXT" }] } });
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { endDate: addDays(s.start, -1) }))).toMatchObject({
      ok: false, fieldErrors: { endDate: [{ key: "reasons.MATCH_BREAKDOWN_BEFORE_START", params: { date: s.start } }] },
    });
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { endDate: addDays(TODAY, 1) }))).toMatchObject({ ok: false, fieldErrors: { endDate: [{ key: "reasons.MATCH_BREAKDOWN_IN_FUTURE" }] } });
    // An open placement needs its end date; the other refusals are shown with it.
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { endDate: "", causes: {} }))).toMatchObject({
      ok: false, fieldErrors: { endDate: [{ key: "validation.required" }], causes: [{ key: "reasons.MATCH_BREAKDOWN_NO_CAUSE" }] },
    });
    // A code the domain does not know is a validation error, not silently dropped.
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { causes: { BAD_LUCK: "on" } }))).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { endedBy: "" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { endedBy: expect.any(Array) } });
    await nothingChanged(s);
  });

  it("ends the placement, stores the breakdown, closes the case that chose the site and opens the child's next one, on record", async () => {
    const s = await setting();
    const result = await executeCommand(recordBreakdown, s.cw, form(s));
    if (!result.ok) throw new Error(JSON.stringify(result));
    const db = await getDb();
    const endDate = addDays(TODAY, -2);
    expect(await db.placement.findUniqueOrThrow({ where: { id: s.placement.id } })).toMatchObject({ endDate: day(endDate), endReasonKind: "BREAKDOWN", version: 2 });
    const breakdown = await db.placementBreakdown.findUniqueOrThrow({ where: { placementId: s.placement.id } });
    expect(breakdown).toMatchObject({ endedBy: "SITE", causes: ["CHILD_BEHAVIOUR", "RELATION_CHILD_SITE"], recordedById: s.cw.id, learned: expect.stringContaining("færre børn") });
    expect(await db.matchingCase.findUniqueOrThrow({ where: { id: s.matchingCase.id } })).toMatchObject({ stage: "CLOSED", closedOn: day(TODAY) });
    const next = await db.matchingCase.findFirstOrThrow({ where: { childId: s.child.id, stage: "PROFILE" } });
    expect(next).toMatchObject({
      previousPlacementId: s.placement.id, urgency: "ACUTE", legalBasis: "WITHOUT_CONSENT", consultantId: s.consultant.id, openedById: s.cw.id, openedOn: day(TODAY),
    });
    expect(breakdown.newCaseId).toBe(next.id);
    expect(result.data).toMatchObject({ caseId: next.id, opened: true });
    const audit = await auditRows({ actorId: s.cw.id, familyId: s.family.id });
    expect(audit.map((a) => `${a.action} ${a.recordType} ${a.recordId}`)).toEqual(expect.arrayContaining([
      `UPDATE Placement ${s.placement.id}`, `CREATE PlacementBreakdown ${breakdown.id}`, `UPDATE MatchingCase ${s.matchingCase.id}`, `CREATE MatchingCase ${next.id}`,
    ]));
    // The same placement a second time (a double click, a second user): a conflict, and still one of everything.
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { version: "2" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await db.placementBreakdown.count({ where: { placementId: s.placement.id } })).toBe(1);
    expect(await db.matchingCase.count({ where: { childId: s.child.id } })).toBe(2);
    // The page now shows the breakdown as recorded, not the form.
    expect((await loadBreakdownPage(s.cw, s.placement.id))?.breakdown).toMatchObject({ endedBy: "SITE", newCaseId: next.id });
  });

  it("is all or nothing: when opening the new case fails, the placement stays open and nothing is recorded", async () => {
    const s = await setting();
    const db = await getDb();
    // A database that refuses the last step, the new case, for this child only.
    await db.$executeRawUnsafe(`CREATE OR REPLACE FUNCTION test_refuse_case() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN IF NEW."childId" = '${s.child.id}' THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER test_refuse_case BEFORE INSERT ON "MatchingCase" FOR EACH ROW EXECUTE FUNCTION test_refuse_case()`);
    try {
      expect(await executeCommand(recordBreakdown, s.cw, form(s))).toMatchObject({ ok: false, code: "INTERNAL" });
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER test_refuse_case ON "MatchingCase"`);
    }
    await nothingChanged(s);
  });

  it("can follow an ending already recorded, for 90 days; the placement keeps its end and the open search goes on", async () => {
    const s = await setting();
    const db = await getDb();
    const ended = addDays(TODAY, -10);
    await db.placement.update({ where: { id: s.placement.id }, data: { endDate: day(ended), endReasonKind: "OTHER", endReason: "Flyttet akut", version: 2 } });
    // The child already has a search under way (the caseworker opened it the day the placement ended).
    await db.matchingCase.update({ where: { id: s.matchingCase.id }, data: { stage: "CLOSED", closedOn: day(ended) } });
    const running = await db.matchingCase.create({ data: { municipalityId: s.m.id, childId: s.child.id, openedById: s.cw.id, urgency: "ACUTE", legalBasis: "WITHOUT_CONSENT", openedOn: day(ended) } });
    const result = await executeCommand(recordBreakdown, s.cw, form(s, { version: "2", endDate: "", endedBy: "CHILD", causes: { CHILD_WISH: "on" } }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.data).toMatchObject({ caseId: running.id, opened: false });
    expect(await db.placement.findUniqueOrThrow({ where: { id: s.placement.id } })).toMatchObject({ endDate: day(ended), endReasonKind: "OTHER", version: 2 });
    expect(await db.placementBreakdown.findUniqueOrThrow({ where: { placementId: s.placement.id } })).toMatchObject({ endedBy: "CHILD", newCaseId: null });
    expect(await db.matchingCase.count({ where: { childId: s.child.id } })).toBe(2);
  });

  it("is refused more than 90 days after the placement ended", async () => {
    const s = await setting();
    const db = await getDb();
    const ended = addDays(TODAY, -91);
    await db.placement.update({ where: { id: s.placement.id }, data: { startDate: day(addDays(TODAY, -400)), endDate: day(ended), endReasonKind: "OTHER", endReason: "Flyttet" } });
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { endDate: "" }))).toMatchObject({
      ok: false, fieldErrors: { endDate: [{ key: "reasons.MATCH_BREAKDOWN_TOO_LATE", params: { date: addDays(ended, 90) } }] },
    });
    expect(await db.placementBreakdown.count({ where: { placementId: s.placement.id } })).toBe(0);
  });
});

describe("who may record a breakdown", () => {
  it("is not found, on record, for the therapist, another caseworker and the site; nothing changes", async () => {
    const s = await setting();
    for (const actor of [s.therapist, s.otherCw, s.siteActor]) {
      expect(await executeCommand(recordBreakdown, actor, form(s))).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await loadBreakdownPage(actor, s.placement.id)).toBeNull();
      const denied = await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" });
      expect(denied.length).toBeGreaterThanOrEqual(2);
      expect(denied.every((d) => d.targetMunicipalityId === s.m.id)).toBe(true);
    }
    await nothingChanged(s);
    expect(await executeCommand(recordBreakdown, s.cw, form(s, { placementId: "x".repeat(300) }))).toMatchObject({ ok: false });
  });

  it("is the consultant's through the matching case once the placement has ended, and the page read is on record", async () => {
    const s = await setting();
    const db = await getDb();
    await db.placement.update({ where: { id: s.placement.id }, data: { endDate: day(addDays(TODAY, -1)), endReasonKind: "BREAKDOWN", version: 2 } });
    const page = await loadBreakdownPage(s.consultant, s.placement.id);
    expect(page).toMatchObject({ familyLink: false, oldCase: { id: s.matchingCase.id, closes: true }, openCaseId: null });
    expect(await auditRows({ actorId: s.consultant.id, action: "VIEW", recordId: s.placement.id })).toHaveLength(1);
    const result = await executeCommand(recordBreakdown, s.consultant, form(s, { version: "2", endDate: "" }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await db.matchingCase.findUniqueOrThrow({ where: { id: result.data.caseId! } })).toMatchObject({ consultantId: s.consultant.id, openedById: s.consultant.id });
  });

  it("is not the consultant's for a placement at a site they do not consult for", async () => {
    const s = await setting();
    const elsewhere = await makeSite("Opholdsstedet Fjern");
    const stranger = await makeUser("CONSULTANT", s.m.id);
    await joinSite(stranger.id, (await makeSite("Plejefamilien Nær")).id, "CONSULTANT");
    const family = await makeFamily(s.m.id, { siteId: elsewhere.id });
    const placement = await (await getDb()).placement.findFirstOrThrow({ where: { childId: family.children[0]!.id } });
    expect(await executeCommand(recordBreakdown, await actorFor(stranger.id), form(s, { placementId: placement.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await executeCommand(recordBreakdown, s.consultant, form(s, { placementId: placement.id }))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

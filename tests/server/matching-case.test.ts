import { describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { advanceMatchingStage, openMatchingCase, returnMatchingToSearch, saveMatchingProfile, saveMatchingWish, withdrawMatchingCase } from "@/features/matching/case-commands";
import { listMatchingCases, loadMatchingCase } from "@/features/matching/case-queries";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { makeMatchingCase } from "../support/matching-factories";

async function setting() {
  const m = await makeMunicipality();
  const caseworker = await makeUser("CASEWORKER", m.id);
  const consultant = await makeUser("CONSULTANT", m.id);
  return { m, caseworker, consultant, cw: await actorFor(caseworker.id), co: await actorFor(consultant.id) };
}

const profile = (caseId: string, basedOn: number, over: Record<string, string> = {}) => ({
  caseId, basedOn: String(basedOn), needs: "Ro, faste voksne og hjælp til lektier", resources: "Glad for dyr", school: "3.b på Skovskolen", inSchool: "on",
  siblings: "", hasSiblings: "", placeSiblingsTogether: "", health: "", languageCulture: "Dansk", interests: "Fodbold", network: "Mormor i Ringsted", distanceToParents: "Højst en time", ...over,
});
const wish = (caseId: string, person: string, over: Record<string, string> = {}) => ({
  caseId, person, version: "", words: "Jeg vil gerne blive på min skole", fears: "At jeg ikke må se mor", heardOn: "2026-11-20", heardHow: "Samtale hjemme", notHeard: "", notHeardReason: "", ...over,
});
const caseRow = async (id: string) => (await getDb()).matchingCase.findUniqueOrThrow({ where: { id } });

describe("opening a matching case", () => {
  it("opens one for a child of the caseworker's family, with the consultant taking part, and audits it", async () => {
    const { m, caseworker, consultant, cw } = await setting();
    const family = await makeFamily(m.id, { caseworkerId: caseworker.id });
    const result = await executeCommand(openMatchingCase, cw, { childId: family.children[0]!.id, urgency: "PLANNED", legalBasis: "VOLUNTARY", deadline: "2099-01-31", consultantId: consultant.id });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await caseRow(result.data.caseId)).toMatchObject({ stage: "PROFILE", consultantId: consultant.id, openedById: caseworker.id, municipalityId: m.id });
    expect((await auditRows({ action: "CREATE", recordId: result.data.caseId })).map((r) => r.recordType)).toEqual(["MatchingCase"]);
  });

  it("refuses a second open case for the child, a deadline in the past, a consultant of another municipality, and a child out of reach", async () => {
    const { m, caseworker, cw } = await setting();
    const family = await makeFamily(m.id, { caseworkerId: caseworker.id });
    const childId = family.children[0]!.id;
    const base = { childId, urgency: "ACUTE", legalBasis: "WITHOUT_CONSENT", deadline: "", consultantId: "" };
    expect(await executeCommand(openMatchingCase, cw, { ...base, deadline: "2020-01-01" })).toMatchObject({ ok: false, reason: "MATCH_DEADLINE_PAST", fieldErrors: { deadline: expect.any(Array) } });
    const stranger = await makeUser("CONSULTANT", (await makeMunicipality()).id);
    expect(await executeCommand(openMatchingCase, cw, { ...base, consultantId: stranger.id })).toMatchObject({ ok: false, reason: "MATCH_CONSULTANT_UNKNOWN" });
    expect((await executeCommand(openMatchingCase, cw, base)).ok).toBe(true);
    expect(await executeCommand(openMatchingCase, cw, base)).toMatchObject({ ok: false, reason: "MATCH_CASE_ALREADY_OPEN" });
    const other = await makeFamily(m.id, { caseworkerId: (await makeUser("CASEWORKER", m.id)).id });
    expect(await executeCommand(openMatchingCase, cw, { ...base, childId: other.children[0]!.id })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await (await getDb()).matchingCase.count({ where: { childId: other.children[0]!.id } })).toBe(0);
  });

  it("is refused by the database too when two open cases for one child race", async () => {
    const { m, caseworker } = await setting();
    const { child } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id });
    await expect((await getDb()).matchingCase.create({
      data: { municipalityId: m.id, childId: child.id, openedById: caseworker.id, urgency: "PLANNED", legalBasis: "VOLUNTARY", openedOn: new Date() },
    })).rejects.toThrow();
  });
});

describe("the profile and the wishes", () => {
  it("keeps every saved profile as a version and refuses a save written on an outdated one", async () => {
    const { m, caseworker, consultant, cw, co } = await setting();
    const { matchingCase } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id, consultantId: consultant.id });
    expect((await executeCommand(saveMatchingProfile, cw, profile(matchingCase.id, 0))).ok).toBe(true);
    expect((await executeCommand(saveMatchingProfile, co, profile(matchingCase.id, 1, { needs: "Ro og struktur" }))).ok).toBe(true);
    expect(await executeCommand(saveMatchingProfile, cw, profile(matchingCase.id, 1, { needs: "Overskriver" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    const page = await loadMatchingCase(co, matchingCase.id);
    expect(page?.profiles.map((p) => [p.version, p.needs])).toEqual([[2, "Ro og struktur"], [1, "Ro, faste voksne og hjælp til lektier"]]);
  });

  it("records a wish in the person's words with when it was heard, or why not; anything in between is refused", async () => {
    const { m, caseworker, cw } = await setting();
    const { matchingCase, parent } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id });
    expect(await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, "CHILD", { words: "" }))).toMatchObject({ ok: false, reason: "MATCH_WISH_WORDS_REQUIRED", fieldErrors: { words: expect.any(Array) } });
    expect(await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, "CHILD", { heardOn: "2099-01-01" }))).toMatchObject({ ok: false, reason: "MATCH_HEARD_IN_FUTURE" });
    expect(await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, parent.id, { notHeard: "on", notHeardReason: "" }))).toMatchObject({ ok: false, fieldErrors: { notHeardReason: expect.any(Array) } });
    expect((await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, "CHILD"))).ok).toBe(true);
    expect((await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, parent.id, { notHeard: "on", notHeardReason: "Ville ikke mødes" }))).ok).toBe(true);
    // A second save of the child's wish without the version it was written on is a conflict, not an overwrite.
    expect(await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, "CHILD", { words: "Andet" }))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, "CHILD", { words: "Bo tæt på skolen", version: "1" }))).ok).toBe(true);
    const page = await loadMatchingCase(cw, matchingCase.id);
    expect(page?.wishes.map((w) => [w.isChild, w.wish?.words, w.wish?.notHeardReason])).toEqual([[true, "Bo tæt på skolen", null], [false, "", "Ville ikke mødes"]]);
  });

  it("refuses a wish for a parent of another family", async () => {
    const { m, caseworker, cw } = await setting();
    const { matchingCase } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id });
    const other = await makeFamily(m.id, { caseworkerId: caseworker.id });
    expect(await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, other.parents[0]!.id))).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

describe("the stages", () => {
  it("goes on to the search only when the profile is written and the child and each parent are heard", async () => {
    const { m, caseworker, cw } = await setting();
    const { matchingCase, parent } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id });
    const advance = (version: number) => executeCommand(advanceMatchingStage, cw, { caseId: matchingCase.id, version: String(version), to: "SEARCH" });
    expect(await advance(1)).toMatchObject({ ok: false, reason: "MATCH_PROFILE_MISSING" });
    await executeCommand(saveMatchingProfile, cw, profile(matchingCase.id, 0));
    expect(await advance(1)).toMatchObject({ ok: false, reason: "MATCH_CHILD_NOT_HEARD" });
    await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, "CHILD"));
    expect(await advance(1)).toMatchObject({ ok: false, reason: "MATCH_PARENT_NOT_HEARD" });
    const page = await loadMatchingCase(cw, matchingCase.id);
    expect(page?.steps).toEqual([{ to: "SEARCH", refusal: expect.objectContaining({ reason: "MATCH_PARENT_NOT_HEARD" }) }]);
    await executeCommand(saveMatchingWish, cw, wish(matchingCase.id, parent.id));
    expect((await advance(1)).ok).toBe(true);
    expect((await caseRow(matchingCase.id)).stage).toBe("SEARCH");
    expect(await advance(1)).toMatchObject({ ok: false });
    expect(await executeCommand(advanceMatchingStage, cw, { caseId: matchingCase.id, version: "2", to: "DECISION" })).toMatchObject({ ok: false, reason: "MATCH_STAGE_NOT_NEXT" });
  });

  it("goes back to the search with a reason (dropping the proposal), and is withdrawn with a reason", async () => {
    const { m, caseworker, cw } = await setting();
    const { matchingCase } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id, stage: "VISITS" });
    expect(await executeCommand(returnMatchingToSearch, cw, { caseId: matchingCase.id, version: "1", reason: "" })).toMatchObject({ ok: false, code: "VALIDATION" });
    expect((await executeCommand(returnMatchingToSearch, cw, { caseId: matchingCase.id, version: "1", reason: "Begge steder sagde nej" })).ok).toBe(true);
    expect(await caseRow(matchingCase.id)).toMatchObject({ stage: "SEARCH", proposedCandidateId: null, version: 2 });
    expect(await executeCommand(withdrawMatchingCase, cw, { caseId: matchingCase.id, version: "1", reason: "Barnet bliver hjemme" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await executeCommand(withdrawMatchingCase, cw, { caseId: matchingCase.id, version: "2", reason: "Barnet bliver hjemme" })).ok).toBe(true);
    expect(await caseRow(matchingCase.id)).toMatchObject({ stage: "WITHDRAWN", withdrawnReason: "Barnet bliver hjemme" });
    expect(await executeCommand(saveMatchingProfile, cw, profile(matchingCase.id, 0))).toMatchObject({ ok: false, reason: "MATCH_CASE_ENDED" });
  });

  it("is never withdrawn after the decision", async () => {
    const { m, caseworker, cw } = await setting();
    const { matchingCase } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id, stage: "TRANSITION" });
    expect(await executeCommand(withdrawMatchingCase, cw, { caseId: matchingCase.id, version: "1", reason: "For sent" })).toMatchObject({ ok: false, reason: "MATCH_WITHDRAW_AFTER_DECISION" });
  });
});

describe("who reaches a matching case", () => {
  it("the consultant on the case reads and writes it but cannot move it; everyone else gets not found, audited", async () => {
    const { m, caseworker, consultant, co } = await setting();
    const { matchingCase } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id, consultantId: consultant.id });
    expect(await loadMatchingCase(co, matchingCase.id)).toMatchObject({ canWrite: true, canDecide: false, steps: [] });
    expect((await executeCommand(saveMatchingProfile, co, profile(matchingCase.id, 0))).ok).toBe(true);
    expect(await executeCommand(advanceMatchingStage, co, { caseId: matchingCase.id, version: "1", to: "SEARCH" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await listMatchingCases(co)).map((r) => r.id)).toEqual([matchingCase.id]);

    const site = await makeSite();
    const siteUser = await makeUser("SITE", null);
    await joinSite(siteUser.id, site.id, "STAFF");
    const outsiders = [
      await makeUser("CASEWORKER", m.id), await makeUser("CONSULTANT", m.id), await makeUser("THERAPIST", m.id),
      await makeUser("COORDINATOR", m.id), await makeUser("ADMIN", m.id), siteUser,
    ];
    for (const u of outsiders) {
      const actor = await actorFor(u.id);
      expect(await loadMatchingCase(actor, matchingCase.id), u.role).toBeNull();
      expect(await listMatchingCases(actor).then((r) => r.length).catch(() => 0), u.role).toBe(0);
      expect((await auditRows({ actorId: u.id, action: "ACCESS_DENIED", recordId: matchingCase.id })).length, u.role).toBeGreaterThan(0);
      expect(await executeCommand(saveMatchingProfile, actor, profile(matchingCase.id, 1)), u.role).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect((await caseRow(matchingCase.id)).stage).toBe("PROFILE");
    expect((await auditRows({ actorId: consultant.id, action: "VIEW", recordId: matchingCase.id })).length).toBe(1);
  });
});

describe("who heard the child and the parents", () => {
  it("names the consultant who heard the child when the caseworker writes it down, and keeps that name when someone corrects the words", async () => {
    const { m, caseworker, consultant, cw, co } = await setting();
    const { matchingCase } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id, consultantId: consultant.id });
    expect((await executeCommand(saveMatchingWish, cw, { ...wish(matchingCase.id, "CHILD"), heardById: consultant.id })).ok).toBe(true);
    expect((await executeCommand(saveMatchingWish, cw, { ...wish(matchingCase.id, "CHILD", { words: "Jeg vil bo med min bror", version: "1" }) })).ok).toBe(true);
    const page = await loadMatchingCase(co, matchingCase.id);
    expect(page?.wishes[0]?.wish).toMatchObject({ words: "Jeg vil bo med min bror", heardById: consultant.id, heardBy: consultant.name });
    expect(page?.hearers.map((u) => u.id).sort()).toEqual([caseworker.id, consultant.id].sort());
  });

  it("refuses to name someone who is not on the case as having heard a person, and writes nothing", async () => {
    const { m, caseworker, cw } = await setting();
    const { matchingCase } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id });
    const colleague = await makeUser("CASEWORKER", m.id);
    const elsewhere = await makeUser("CONSULTANT", (await makeMunicipality()).id);
    for (const u of [colleague, elsewhere]) {
      expect(await executeCommand(saveMatchingWish, cw, { ...wish(matchingCase.id, "CHILD"), heardById: u.id }), u.role)
        .toMatchObject({ ok: false, reason: "MATCH_HEARD_BY_UNKNOWN", fieldErrors: { heardById: expect.any(Array) } });
    }
    expect(await (await getDb()).matchingWish.count({ where: { caseId: matchingCase.id } })).toBe(0);
  });

  it("keeps a consultant who has since left the case on record for the wishes they heard", async () => {
    const { m, caseworker, consultant, cw } = await setting();
    const { matchingCase, parent } = await makeMatchingCase(m.id, { caseworkerId: caseworker.id, consultantId: consultant.id });
    expect((await executeCommand(saveMatchingWish, cw, { ...wish(matchingCase.id, parent.id), heardById: consultant.id })).ok).toBe(true);
    const successor = await makeUser("CONSULTANT", m.id);
    await (await getDb()).matchingCase.update({ where: { id: matchingCase.id }, data: { consultantId: successor.id } });
    expect((await executeCommand(saveMatchingWish, cw, { ...wish(matchingCase.id, parent.id, { fears: "At miste kontakten", version: "1" }), heardById: consultant.id })).ok).toBe(true);
    // ...but not for someone else's wish they never heard.
    expect(await executeCommand(saveMatchingWish, cw, { ...wish(matchingCase.id, "CHILD"), heardById: consultant.id })).toMatchObject({ ok: false, reason: "MATCH_HEARD_BY_UNKNOWN" });
  });
});

describe("two caseworkers opening a case for the same child at once", () => {
  // PGlite runs one transaction at a time, so this guards what the users see; the row lock in the command
  // is what makes it hold on PostgreSQL, where the two would otherwise both pass the count.
  it("opens one and tells the other the child already has one (no database error)", async () => {
    const { m, caseworker, cw } = await setting();
    const second = await makeUser("CASEWORKER", m.id);
    const family = await makeFamily(m.id, { caseworkerId: caseworker.id });
    await (await getDb()).familyAssignment.create({ data: { familyId: family.id, userId: second.id, role: "CASEWORKER" } });
    const base = { childId: family.children[0]!.id, urgency: "ACUTE", legalBasis: "VOLUNTARY", deadline: "", consultantId: "" };
    const results = await Promise.all([executeCommand(openMatchingCase, cw, base), executeCommand(openMatchingCase, await actorFor(second.id), base)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, reason: "MATCH_CASE_ALREADY_OPEN", fieldErrors: { childId: expect.any(Array) } });
    expect(await (await getDb()).matchingCase.count({ where: { childId: base.childId } })).toBe(1);
  });
});

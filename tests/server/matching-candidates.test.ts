import { describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { addCandidate, answerReferral, proposeCandidate, rateCandidate, recordMatchVisit, removeCandidate, sendReferral } from "@/features/matching/candidate-commands";
import { loadCandidatesPage } from "@/features/matching/candidate-queries";
import { listReferrals, loadReferral } from "@/features/matching/referral-queries";
import { actorFor, auditRows, joinSite, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { makeCandidate, makeMatchingCase, profileAndWishes } from "../support/matching-factories";

async function setting(stage: "SEARCH" | "SHORTLIST" = "SEARCH") {
  const m = await makeMunicipality();
  const caseworker = await makeUser("CASEWORKER", m.id);
  const consultant = await makeUser("CONSULTANT", m.id);
  const made = await makeMatchingCase(m.id, { caseworkerId: caseworker.id, consultantId: consultant.id, stage, familyName: "Familien Abildgaard" });
  await profileAndWishes(made.matchingCase.id, made.family, caseworker.id);
  const [siteA, siteB] = [await makeSite("Plejefamilien Birk"), await makeSite("Opholdsstedet Egen")];
  await (await getDb()).placementSite.updateMany({ where: { id: { in: [siteA.id, siteB.id] } }, data: { approvedPlaces: 2 } });
  const [staffA, staffB] = [await makeUser("SITE", null), await makeUser("SITE", null)];
  await joinSite(staffA.id, siteA.id, "STAFF");
  await joinSite(staffB.id, siteB.id, "STAFF");
  return {
    m, ...made, caseworker, siteA, siteB,
    cw: await actorFor(caseworker.id), co: await actorFor(consultant.id), a: await actorFor(staffA.id), b: await actorFor(staffB.id),
  };
}

const candidateRow = async (id: string) => (await getDb()).matchingCandidate.findUniqueOrThrow({ where: { id } });

describe("candidates and their § 52 ratings", () => {
  it("adds a site once per case, rates it, and refuses 'not applicable' for a criterion that applies", async () => {
    const s = await setting();
    const added = await executeCommand(addCandidate, s.co, { caseId: s.matchingCase.id, siteId: s.siteA.id });
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(await executeCommand(addCandidate, s.cw, { caseId: s.matchingCase.id, siteId: s.siteA.id })).toMatchObject({ ok: false, reason: "MATCH_SITE_ALREADY_CANDIDATE" });
    const ratings = [
      { criterion: "CHILD_NEEDS_AND_PLAN", rating: "MET", note: "Erfaring med ro og struktur" },
      { criterion: "SCHOOL_CONTINUITY", rating: "NOT_APPLICABLE", note: "" },
    ];
    // The child goes to school (profileAndWishes): the school criterion applies.
    expect(await executeCommand(rateCandidate, s.co, { candidateId: added.data.candidateId, ratings })).toMatchObject({ ok: false, fieldErrors: { "ratings.1.rating": expect.any(Array) } });
    expect(await (await getDb()).candidateRating.count({ where: { candidateId: added.data.candidateId } })).toBe(0);
    expect((await executeCommand(rateCandidate, s.co, { candidateId: added.data.candidateId, ratings: [ratings[0], { ...ratings[1], rating: "PARTLY", note: "Skoleskift kan undgås med kørsel" }] })).ok).toBe(true);
    const page = await loadCandidatesPage(s.cw, s.matchingCase.id);
    expect(page?.comparison.find((r) => r.criterion === "SCHOOL_CONTINUITY")?.cells[0]?.cell).toEqual({ rating: "PARTLY", note: "Skoleskift kan undgås med kørsel" });
    expect(page?.candidates[0]?.vacancies).toBe(2);
  });

  it("refuses adding sites before the search and removing a site that has had the referral", async () => {
    const s = await setting();
    const early = await makeMatchingCase(s.m.id, { caseworkerId: s.caseworker.id });
    expect(await executeCommand(addCandidate, s.cw, { caseId: early.matchingCase.id, siteId: s.siteA.id })).toMatchObject({ ok: false, reason: "MATCH_STAGE_NOT_NEXT" });
    const sent = await makeCandidate(s.matchingCase.id, s.siteA.id, s.caseworker.id, { sent: true });
    expect(await executeCommand(removeCandidate, s.cw, { candidateId: sent.id, version: "1" })).toMatchObject({ ok: false, reason: "MATCH_CANDIDATE_LOCKED" });
    const unsent = await makeCandidate(s.matchingCase.id, s.siteB.id, s.caseworker.id);
    expect((await executeCommand(removeCandidate, s.cw, { candidateId: unsent.id, version: "1" })).ok).toBe(true);
  });
});

describe("the anonymised referral and the site's answer", () => {
  it("is refused while the text names the family, and once sent holds no name or birth date", async () => {
    const s = await setting();
    const candidate = await makeCandidate(s.matchingCase.id, s.siteA.id, s.caseworker.id);
    const db = await getDb();
    await db.matchingProfile.create({ data: { caseId: s.matchingCase.id, version: 2, needs: `${s.child.name} har brug for ro`, createdById: s.caseworker.id } });
    expect(await executeCommand(sendReferral, s.cw, { candidateId: candidate.id, version: "1" })).toMatchObject({ ok: false, reason: "MATCH_REFERRAL_IDENTIFIES", fieldErrors: { referral: expect.any(Array) } });
    expect((await candidateRow(candidate.id)).referralSentOn).toBeNull();
    await db.matchingProfile.create({ data: { caseId: s.matchingCase.id, version: 3, needs: "Barnet har brug for ro i familien", createdById: s.caseworker.id } });
    expect((await executeCommand(sendReferral, s.cw, { candidateId: candidate.id, version: "1" })).ok).toBe(true);
    const stored = JSON.stringify((await candidateRow(candidate.id)).referral);
    for (const secret of [s.child.name, s.parent.name, "Abildgaard", "2018-04-01"]) expect(stored).not.toContain(secret);
    expect(stored).toContain("Barnet har brug for ro i familien");
    expect(await executeCommand(sendReferral, s.cw, { candidateId: candidate.id, version: "2" })).toMatchObject({ ok: false, reason: "MATCH_REFERRAL_CLOSED" });
  });

  it("is read and answered only by its own site, never shows the child's name, and others get not found", async () => {
    const s = await setting("SHORTLIST");
    const toA = await makeCandidate(s.matchingCase.id, s.siteA.id, s.caseworker.id, { sent: true });
    const unsentB = await makeCandidate(s.matchingCase.id, s.siteB.id, s.caseworker.id);
    const seen = await loadReferral(s.a, toA.id);
    expect(seen).toMatchObject({ child: null, open: true, answer: "PENDING" });
    expect(JSON.stringify(seen)).not.toContain(s.child.name);
    expect((await listReferrals(s.a)).map((r) => r.id)).toEqual([toA.id]);
    expect(await listReferrals(s.b)).toEqual([]);
    expect(await loadReferral(s.b, toA.id)).toBeNull();
    expect(await loadReferral(s.b, unsentB.id)).toBeNull();
    expect((await auditRows({ actorId: s.b.id, action: "ACCESS_DENIED", recordId: toA.id })).length).toBe(1);
    expect(await executeCommand(answerReferral, s.b, { candidateId: toA.id, version: "1", answer: "ACCEPTED", note: "" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await executeCommand(answerReferral, s.a, { candidateId: toA.id, version: "1", answer: "QUESTION", note: "" })).toMatchObject({ ok: false, fieldErrors: { note: expect.any(Array) } });
    expect((await executeCommand(answerReferral, s.a, { candidateId: toA.id, version: "1", answer: "ACCEPTED", note: "Vi har plads fra januar" })).ok).toBe(true);
    expect(await executeCommand(answerReferral, s.a, { candidateId: toA.id, version: "1", answer: "DECLINED", note: "" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await candidateRow(toA.id)).toMatchObject({ answer: "ACCEPTED", answerNote: "Vi har plads fra januar" });
    // The caseworker and the consultant are not sites: the site's command is not theirs.
    expect(await executeCommand(answerReferral, s.cw, { candidateId: toA.id, version: "2", answer: "DECLINED", note: "" })).toMatchObject({ ok: false });
  });

  it("is closed to answers once the case is decided", async () => {
    const s = await setting();
    const toA = await makeCandidate(s.matchingCase.id, s.siteA.id, s.caseworker.id, { sent: true });
    await (await getDb()).matchingCase.update({ where: { id: s.matchingCase.id }, data: { stage: "TRANSITION" } });
    expect(await executeCommand(answerReferral, s.a, { candidateId: toA.id, version: "1", answer: "ACCEPTED", note: "" })).toMatchObject({ ok: false, reason: "MATCH_REFERRAL_CLOSED" });
  });
});

describe("visits and the proposal", () => {
  it("records visits and proposes only a site that said yes", async () => {
    const s = await setting("SHORTLIST");
    const yes = await makeCandidate(s.matchingCase.id, s.siteA.id, s.caseworker.id, { answer: "ACCEPTED" });
    const no = await makeCandidate(s.matchingCase.id, s.siteB.id, s.caseworker.id, { answer: "DECLINED" });
    const visit = { visitedOn: "2026-11-20", childHowWasIt: "Hunden var sød", childNeedsNow: "Se mit værelse igen", parentsHowWasIt: "Trygt", parentsNeedsNow: "" };
    expect(await executeCommand(recordMatchVisit, s.cw, { candidateId: no.id, ...visit })).toMatchObject({ ok: false, reason: "MATCH_CANDIDATE_NOT_ACCEPTED" });
    expect(await executeCommand(recordMatchVisit, s.cw, { candidateId: yes.id, ...visit, visitedOn: "2099-01-01" })).toMatchObject({ ok: false, reason: "MATCH_VISIT_IN_FUTURE" });
    expect((await executeCommand(recordMatchVisit, s.co, { candidateId: yes.id, ...visit })).ok).toBe(true);
    expect(await executeCommand(proposeCandidate, s.cw, { caseId: s.matchingCase.id, version: "1", candidateId: no.id })).toMatchObject({ ok: false, reason: "MATCH_CANDIDATE_NOT_ACCEPTED" });
    expect((await executeCommand(proposeCandidate, s.cw, { caseId: s.matchingCase.id, version: "1", candidateId: yes.id })).ok).toBe(true);
    const page = await loadCandidatesPage(s.co, s.matchingCase.id);
    expect(page?.candidates.map((x) => [x.site.name, x.proposed, x.visits.length])).toEqual([["Plejefamilien Birk", true, 1], ["Opholdsstedet Egen", false, 0]]);
  });

  it("gives not found to a therapist, another caseworker and a site on the case's candidate pages and commands", async () => {
    const s = await setting();
    const c = await makeCandidate(s.matchingCase.id, s.siteA.id, s.caseworker.id);
    for (const u of [await makeUser("THERAPIST", s.m.id), await makeUser("CASEWORKER", s.m.id), await makeUser("COORDINATOR", s.m.id)]) {
      const actor = await actorFor(u.id);
      expect(await loadCandidatesPage(actor, s.matchingCase.id), u.role).toBeNull();
      expect(await executeCommand(rateCandidate, actor, { candidateId: c.id, ratings: [] }), u.role).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await executeCommand(addCandidate, actor, { caseId: s.matchingCase.id, siteId: s.siteB.id }), u.role).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
    expect(await loadCandidatesPage(s.a, s.matchingCase.id)).toBeNull();
  });
});

describe("the sites' matching profiles", () => {
  it("are kept by a consultant for the sites they consult for, version-checked; other sites are not found", async () => {
    const { saveSiteMatchProfile, loadSiteMatchProfile } = await import("@/features/matching/site-profile");
    const m = await makeMunicipality();
    const user = await makeUser("CONSULTANT", m.id);
    const [mine, other] = [await makeSite("Plejefamilien Kvist"), await makeSite("Plejefamilien Ask")];
    await joinSite(user.id, mine.id, "CONSULTANT");
    const co = await actorFor(user.id);
    const fields = { targetGroups: "Børn 6-12 år", competences: "Traumer", household: "To egne børn", pets: "Hund", parentCollaboration: "Gode erfaringer", location: "Nær Ringsted" };
    expect((await executeCommand(saveSiteMatchProfile, co, { siteId: mine.id, version: "", ...fields })).ok).toBe(true);
    expect(await executeCommand(saveSiteMatchProfile, co, { siteId: mine.id, version: "", ...fields, pets: "Kat" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect((await executeCommand(saveSiteMatchProfile, co, { siteId: mine.id, version: "1", ...fields, pets: "Kat" })).ok).toBe(true);
    expect((await loadSiteMatchProfile(co, mine.id))?.profile).toMatchObject({ pets: "Kat", version: 2 });
    expect(await executeCommand(saveSiteMatchProfile, co, { siteId: other.id, version: "", ...fields })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await loadSiteMatchProfile(co, other.id)).toBeNull();
    const caseworker = await actorFor((await makeUser("CASEWORKER", m.id)).id);
    expect(await executeCommand(saveSiteMatchProfile, caseworker, { siteId: mine.id, version: "2", ...fields })).toMatchObject({ ok: false });
  });
});

import { describe, expect, it } from "vitest";
import { SECTION_52_CRITERIA } from "@/domain/matching";
import { todayInCopenhagen } from "@/domain/method";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { siteChildScope } from "@/server/authz/scope";
import { decideMatch, recordDecisionNotice, recordMove } from "@/features/matching/decision-commands";
import { advanceMatchingStage } from "@/features/matching/case-commands";
import { loadDecisionPage } from "@/features/matching/decision-queries";
import { loadReferral } from "@/features/matching/referral-queries";
import { actorFor, joinSite, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { makeCandidate, makeMatchingCase, profileAndWishes } from "../support/matching-factories";

const TODAY = todayInCopenhagen(new Date());

async function setting(opts: { places?: number; answerB?: "DECLINED" | "ACCEPTED"; placedAt?: boolean } = {}) {
  const db = await getDb();
  const m = await makeMunicipality();
  const caseworker = await makeUser("CASEWORKER", m.id);
  const made = await makeMatchingCase(m.id, { caseworkerId: caseworker.id, stage: "DECISION" });
  await profileAndWishes(made.matchingCase.id, made.family, caseworker.id);
  const [siteA, siteB] = [await makeSite("Plejefamilien Birk"), await makeSite("Opholdsstedet Egen")];
  await db.placementSite.update({ where: { id: siteA.id }, data: { approvedPlaces: opts.places ?? 2 } });
  await db.placementSite.update({ where: { id: siteB.id }, data: { approvedPlaces: 2 } });
  const a = await makeCandidate(made.matchingCase.id, siteA.id, caseworker.id, { answer: "ACCEPTED" });
  const b = await makeCandidate(made.matchingCase.id, siteB.id, caseworker.id, { answer: opts.answerB ?? "DECLINED" });
  await db.matchingCase.update({ where: { id: made.matchingCase.id }, data: { proposedCandidateId: a.id } });
  const [staffA, staffB] = [await makeUser("SITE", null), await makeUser("SITE", null)];
  await joinSite(staffA.id, siteA.id, "STAFF");
  await joinSite(staffB.id, siteB.id, "STAFF");
  const wishes = await db.matchingWish.findMany({ where: { caseId: made.matchingCase.id } });
  return { ...made, m, caseworker, siteA, siteB, a, b, wishes, cw: await actorFor(caseworker.id), staffA: await actorFor(staffA.id), staffB: await actorFor(staffB.id) };
}

function form(s: Awaited<ReturnType<typeof setting>>, over: Record<string, unknown> = {}) {
  return {
    caseId: s.matchingCase.id, version: "1", candidateId: s.a.id, decidedOn: TODAY, moveOn: TODAY,
    criteria: Object.fromEntries(SECTION_52_CRITERIA.map((k) => [k, { rating: k === "SIBLINGS_TOGETHER" ? "NOT_APPLICABLE" : "MET", reason: "Begrundet" }])),
    wishes: Object.fromEntries(s.wishes.map((w) => [w.id, { answer: "FOLLOWED", reason: "" }])),
    ...over,
  };
}

async function nothingChanged(s: Awaited<ReturnType<typeof setting>>) {
  const db = await getDb();
  expect(await db.matchingDecision.count({ where: { caseId: s.matchingCase.id } })).toBe(0);
  expect(await db.placement.count({ where: { childId: s.child.id } })).toBe(0);
  expect((await db.matchingCase.findUniqueOrThrow({ where: { id: s.matchingCase.id } })).stage).toBe("DECISION");
}

describe("the § 52 decision", () => {
  it("is refused, each on its field and with nothing written, without reasons, against a wish without a reason, for a declined site", async () => {
    const s = await setting();
    const f = form(s);
    const noReason = { ...f, criteria: { ...f.criteria, CHILD_NEEDS_AND_PLAN: { rating: "MET", reason: "" } } };
    expect(await executeCommand(decideMatch, s.cw, noReason)).toMatchObject({ ok: false, code: "RULE", fieldErrors: { "criteria.CHILD_NEEDS_AND_PLAN.reason": expect.any(Array) } });
    const childWish = s.wishes.find((w) => w.person === "CHILD")!;
    const against = { ...f, wishes: { ...f.wishes, [childWish.id]: { answer: "NOT_FOLLOWED", reason: "" } } };
    expect(await executeCommand(decideMatch, s.cw, against)).toMatchObject({ ok: false, fieldErrors: { [`wishes.${childWish.id}.reason`]: expect.any(Array) } });
    expect(await executeCommand(decideMatch, s.cw, { ...f, candidateId: s.b.id })).toMatchObject({ ok: false, fieldErrors: { candidateId: [{ key: "reasons.MATCH_CANDIDATE_NOT_ACCEPTED" }] } });
    expect(await executeCommand(decideMatch, s.cw, { ...f, criteria: { ...f.criteria, SCHOOL_CONTINUITY: { rating: "NOT_APPLICABLE", reason: "x" } } })).toMatchObject({ ok: false, fieldErrors: { "criteria.SCHOOL_CONTINUITY.rating": expect.any(Array) } });
    expect(await executeCommand(decideMatch, s.cw, { ...f, moveOn: "2020-01-01" })).toMatchObject({ ok: false, fieldErrors: { moveOn: expect.any(Array) } });
    await nothingChanged(s);
  });

  it("is refused for a site without a free place", async () => {
    const s = await setting({ places: 0 });
    expect(await executeCommand(decideMatch, s.cw, form(s))).toMatchObject({ ok: false, fieldErrors: { candidateId: [{ key: "reasons.MATCH_NO_VACANCY" }] } });
    await nothingChanged(s);
  });

  it("creates the placement with the decision: the chosen site sees the child and its name, the other site does not", async () => {
    const s = await setting({ answerB: "ACCEPTED" });
    const childWish = s.wishes.find((w) => w.person === "CHILD")!;
    const f = form(s);
    const result = await executeCommand(decideMatch, s.cw, { ...f, wishes: { ...f.wishes, [childWish.id]: { answer: "PARTLY", reason: "Hund er ikke muligt, men der er katte" } } });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const db = await getDb();
    expect(await db.placement.findUniqueOrThrow({ where: { id: result.data.placementId } })).toMatchObject({ siteId: s.siteA.id, endDate: null, legalBasis: "VOLUNTARY" });
    expect(await db.matchingDecision.findUniqueOrThrow({ where: { caseId: s.matchingCase.id } })).toMatchObject({ childWishOutcome: "PARTLY", parentWishOutcome: "FOLLOWED" });
    expect((await db.matchingCase.findUniqueOrThrow({ where: { id: s.matchingCase.id } })).stage).toBe("TRANSITION");
    expect(await db.child.count({ where: { id: s.child.id, ...siteChildScope(s.staffA) } })).toBe(1);
    expect(await db.child.count({ where: { id: s.child.id, ...siteChildScope(s.staffB) } })).toBe(0);
    await db.matchingCandidate.updateMany({ where: { id: { in: [s.a.id, s.b.id] } }, data: { referralSentOn: new Date(), referral: { ageYears: 8, needs: "Ro" } } });
    expect((await loadReferral(s.staffA, s.a.id))?.child?.name).toBe(s.child.name);
    expect((await loadReferral(s.staffB, s.b.id))?.child).toBeNull();
    // A second decision (a stale form, or a double click) is a conflict, not a second placement.
    expect(await executeCommand(decideMatch, s.cw, form(s))).toMatchObject({ ok: false });
    expect(await db.placement.count({ where: { childId: s.child.id } })).toBe(1);
    const page = await loadDecisionPage(s.cw, s.matchingCase.id);
    expect(page?.decision?.wishes.find((w) => w.isChild)).toMatchObject({ answer: "PARTLY", reason: "Hund er ikke muligt, men der er katte", words: "Jeg vil gerne have en hund" });
  });

  it("moves a child who is placed elsewhere: the old placement ends on the move day", async () => {
    const s = await setting();
    const db = await getDb();
    const old = await makeSite("Døgninstitutionen Gammel");
    const before = await db.placement.create({ data: { childId: s.child.id, siteId: old.id, type: "CHILDRENS_HOME", legalBasis: "VOLUNTARY", startDate: new Date("2025-01-01T00:00:00Z") } });
    expect((await executeCommand(decideMatch, s.cw, form(s))).ok).toBe(true);
    expect(await db.placement.findUniqueOrThrow({ where: { id: before.id } })).toMatchObject({ endReasonKind: "MOVED", endDate: new Date(`${TODAY}T00:00:00Z`) });
    expect(await db.placement.count({ where: { childId: s.child.id, endDate: null } })).toBe(1);
  });
});

describe("after the decision", () => {
  it("starts the first year only when every party is told and the move is recorded", async () => {
    const s = await setting();
    expect((await executeCommand(decideMatch, s.cw, form(s))).ok).toBe(true);
    const advance = async () => executeCommand(advanceMatchingStage, s.cw, { caseId: s.matchingCase.id, version: String((await (await getDb()).matchingCase.findUniqueOrThrow({ where: { id: s.matchingCase.id } })).version), to: "FIRST_YEAR" });
    expect(await advance()).toMatchObject({ ok: false, reason: "MATCH_NOT_MOVED" });
    expect((await executeCommand(recordMove, s.cw, { caseId: s.matchingCase.id, version: "2", moveDate: TODAY })).ok).toBe(true);
    expect(await advance()).toMatchObject({ ok: false, reason: "MATCH_PARTIES_NOT_INFORMED" });
    // The child of the factory is 8: not a party. The parent with custody is.
    const page = await loadDecisionPage(s.cw, s.matchingCase.id);
    expect(page?.parties.map((p) => p.kind)).toEqual(["PARENT"]);
    expect(await executeCommand(recordDecisionNotice, s.cw, { caseId: s.matchingCase.id, partyKind: "CHILD", partyId: s.child.id, communicatedOn: TODAY, how: "" })).toMatchObject({ ok: false, reason: "MATCH_NOT_A_PARTY" });
    expect((await executeCommand(recordDecisionNotice, s.cw, { caseId: s.matchingCase.id, partyKind: "PARENT", partyId: s.parent.id, communicatedOn: TODAY, how: "Brev og samtale" })).ok).toBe(true);
    expect((await advance()).ok).toBe(true);
  });

  it("gives not found to anyone but the caseworker on decisions", async () => {
    const s = await setting();
    for (const u of [await makeUser("THERAPIST", s.m.id), await makeUser("CASEWORKER", s.m.id), await makeUser("CONSULTANT", s.m.id)]) {
      const actor = await actorFor(u.id);
      expect(await executeCommand(decideMatch, actor, form(s)), u.role).toMatchObject({ ok: false });
      expect(await loadDecisionPage(actor, s.matchingCase.id), u.role).toBeNull();
    }
    expect(await executeCommand(decideMatch, s.staffA, form(s))).toMatchObject({ ok: false });
    await nothingChanged(s);
  });
});

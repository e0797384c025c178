import { describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { answerFileRequest, inviteParent, offerPlanToParents, reopenParentAccess, shareSiteWithParents, suspendParentAccess } from "@/features/parent-access/commands";
import { openFileRequests, parentAccessRows } from "@/features/parent-access/queries";
import { commentOnPlan, rateGoals, requestFileAccess, respondToPlan } from "@/features/portal/commands";
import { loadPortalOverview } from "@/features/portal/overview-queries";
import { loadPortalPlan } from "@/features/portal/plan-queries";
import { savePlanDraft } from "@/features/plan/commands";
import { ownMatchingCases } from "@/features/portal/matching-queries";
import { loadActor } from "@/server/auth/load-actor";
import { actorFor, auditRows, makeFamily, makeMunicipality, makeUser } from "../support/factories";

const at = { now: new Date("2026-11-30T09:00:00Z") };

/**
 * A family with two separated parents (the second with an address the first must never see), an agreed plan
 * with two goals and a draft, a placement at a site with an address, and a parent login for the first parent.
 */
async function setting() {
  const db = await getDb();
  const m = await makeMunicipality();
  const caseworker = await makeUser("CASEWORKER", m.id);
  const site = await db.placementSite.create({ data: { name: `Plejefamilien ${randomUUID().slice(0, 6)}`, kind: "GENERAL_FOSTER_FAMILY", address: "Skjultvej 9, 4000 Roskilde", phone: "11 22 33 44" } });
  const family = await makeFamily(m.id, { caseworkerId: caseworker.id, siteId: site.id });
  const first = family.parents[0]!;
  const second = await db.parent.create({ data: { familyId: family.id, name: "Anden Forælder", address: "Beskyttetvej 1, 2100 København Ø", phone: "99 88 77 66", email: `anden-${randomUUID()}@example.dk` } });
  const plan = await db.actionPlan.create({ data: { familyId: family.id } });
  const agreed = await db.actionPlanVersion.create({
    data: {
      planId: plan.id, number: 1, status: "AGREED", agreedOn: new Date("2026-10-01T00:00:00Z"), agreedHow: "IN_PERSON", draftedById: caseworker.id, agreedById: caseworker.id,
      goals: { create: [{ lineageId: randomUUID(), position: 0, title: "Holde aftaler", parentsWords: "Jeg kommer, når jeg har sagt det." }, { lineageId: randomUUID(), position: 1, title: "Stoffri til samvær" }] },
    },
    include: { goals: true },
  });
  const draft = await db.actionPlanVersion.create({
    data: { planId: plan.id, number: 2, draftedById: caseworker.id, goals: { create: [{ lineageId: agreed.goals[0]!.lineageId, position: 0, title: "Holde aftaler" }, { lineageId: randomUUID(), position: 1, title: "Ny bolig" }] } },
  });
  const cw = await actorFor(caseworker.id);
  const login = await db.user.create({ data: { email: `parent-${randomUUID()}@example.dk`, name: first.name, role: "PARENT", municipalityId: m.id, parentId: first.id, passwordHash: "x" } });
  return { db, m, cw, family, first, second, site, agreed, draft, parent: await actorFor(login.id), loginId: login.id };
}

describe("a parent's own reach", () => {
  it("reads their own family only, without the other parent's details or the site's address until it is shared, and is audited", async () => {
    const s = await setting();
    const overview = await loadPortalOverview(s.parent, at.now);
    const text = JSON.stringify(overview);
    expect(overview?.parentName).toBe(s.first.name);
    expect(text).not.toContain("Beskyttetvej");
    expect(text).not.toContain("99 88 77 66");
    expect(text).not.toContain("Anden Forælder");
    expect(text).not.toContain("Skjultvej");
    expect(overview?.children[0]?.site).toMatchObject({ name: s.site.name, address: null, phone: null });
    expect(await auditRows({ actorId: s.parent.id, action: "VIEW", familyId: s.family.id })).not.toHaveLength(0);

    const placement = await s.db.placement.findFirstOrThrow({ where: { child: { familyId: s.family.id } } });
    expect(await executeCommand(shareSiteWithParents, s.cw, { familyId: s.family.id, placementId: placement.id, rowVersion: placement.version, shared: "on" }, at)).toMatchObject({ ok: true });
    expect((await loadPortalOverview(s.parent, at.now))?.children[0]?.site).toMatchObject({ address: "Skjultvej 9, 4000 Roskilde", phone: "11 22 33 44" });
  });

  it("never sees a draft the caseworker has not put before them, and a parent of another family reaches nothing of this one", async () => {
    const s = await setting();
    const other = await setting();
    const plan = await loadPortalPlan(s.parent);
    expect(plan?.offered).toBeNull();
    expect(plan?.agreed?.goals.map((g) => g.title)).toEqual(["Holde aftaler", "Stoffri til samvær"]);
    const foreign = await executeCommand(respondToPlan, other.parent, { planVersionId: s.draft.id, rowVersion: 1, answer: "AGREE" }, at);
    expect(foreign).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const notOffered = await executeCommand(respondToPlan, s.parent, { planVersionId: s.draft.id, rowVersion: 1, answer: "AGREE" }, at);
    expect(notOffered).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await auditRows({ actorId: other.parent.id, action: "ACCESS_DENIED" })).not.toHaveLength(0);
  });
});

describe("what never reaches a parent's page", () => {
  it("holds none of the journal, the proposals, the site's observations, the therapist's notes, the consultant's comments or the candidates", async () => {
    const s = await setting();
    const other = await setting();
    const child = s.family.children[0]!;
    await s.db.journalEntry.create({ data: { familyId: s.family.id, occurredOn: new Date("2026-11-20T00:00:00Z"), kind: "NOTE", title: "Journalnotat", text: "HEMMELIG-JOURNAL", authorId: s.cw.id, authorRole: "CASEWORKER", authorName: "R" } });
    await s.db.planProposal.create({ data: { familyId: s.family.id, planVersionNumber: 1, body: "HEMMELIGT-FORSLAG", proposedById: s.cw.id } });
    const contact = await s.db.contactPlan.create({ data: { childId: child.id, sessions: { create: [{ date: new Date("2026-11-25T00:00:00Z"), status: "HELD", observation: "HEMMELIG-OBSERVATION" }, { date: new Date("2026-12-02T00:00:00Z") }] } } });
    await s.db.contactPlanComment.create({ data: { contactPlanId: contact.id, authorId: s.cw.id, body: "HEMMELIG-KONSULENT" } });
    const phase = await s.db.phase.findFirstOrThrow({ where: { familyId: s.family.id } });
    await s.db.followUp.create({ data: { familyId: s.family.id, phaseId: phase.id, date: new Date("2026-11-10T00:00:00Z"), heldById: s.cw.id, agreedUntilNext: "HEMMELIG-AFTALE", requestId: randomUUID(), ratings: { create: [{ goalId: s.agreed.goals[0]!.id, rating: 4, note: "HEMMELIG-NOTE" }] } } });
    const mc = await s.db.matchingCase.create({ data: { municipalityId: s.m.id, childId: child.id, openedById: s.cw.id, urgency: "PLANNED", legalBasis: "VOLUNTARY", stage: "SHORTLIST", openedOn: new Date("2026-11-02T00:00:00Z") } });
    const candidateSite = await s.db.placementSite.create({ data: { name: "HEMMELIG-KANDIDAT", kind: "CHILDRENS_HOME" } });
    await s.db.matchingCandidate.create({ data: { caseId: mc.id, siteId: candidateSite.id, proposedById: s.cw.id, answerNote: "HEMMELIGT-SVAR" } });
    await s.db.parentPlanComment.create({ data: { familyId: s.family.id, parentId: s.second.id, text: "HEMMELIG-MOR" } });
    await s.db.parentGoalRating.create({ data: { familyId: s.family.id, parentId: s.second.id, goalId: s.agreed.goals[0]!.id, rating: 2, note: "HEMMELIG-MORS-VURDERING", ratedOn: new Date("2026-11-20T00:00:00Z") } });
    await executeCommand(offerPlanToParents, other.cw, { familyId: other.family.id, planVersionId: other.draft.id, rowVersion: 1 }, at);

    const plan = await loadPortalPlan(s.parent);
    const shown = JSON.stringify([
      await loadPortalOverview(s.parent, at.now), plan,
      [...(await (await import("@/features/portal/progress-queries")).progressFor(s.db, s.family.id, s.first.id, plan!.agreed!.goals.map((g) => g.lineageId))).values()],
      await (await import("@/features/portal/comment-queries")).loadOwnComments(s.parent),
      await (await import("@/features/portal/file-queries")).loadOwnFileRequests(s.parent),
      await ownMatchingCases(s.db, s.family.id, s.first.id),
    ]);
    for (const secret of ["HEMMELIG", "Beskyttetvej", "99 88 77 66", "Anden Forælder", "Skjultvej", other.family.displayName, other.first.name]) expect(shown).not.toContain(secret);
    // What the parent should see is there: the therapist's score (without its note) and the coming session.
    expect(shown).toContain("2026-11-10");
    expect(shown).toContain("2026-12-02");
  });
});

describe("the search for a new home, as the parent follows it", () => {
  it("shows the parent's own wish and the stage, never the child's or the other parent's wish", async () => {
    const s = await setting();
    const c = await s.db.matchingCase.create({
      data: { municipalityId: s.m.id, childId: s.family.children[0]!.id, openedById: s.cw.id, urgency: "PLANNED", legalBasis: "VOLUNTARY", stage: "SHORTLIST", openedOn: new Date("2026-11-02T00:00:00Z") },
    });
    await s.db.matchingWish.createMany({
      data: [
        { caseId: c.id, person: s.first.id, words: "Tæt på skolen", heardOn: new Date("2026-11-03T00:00:00Z") },
        { caseId: c.id, person: s.second.id, words: "Hemmeligt ønske fra mor" },
        { caseId: c.id, person: "CHILD", words: "Barnets egne ord" },
      ],
    });
    const cases = await ownMatchingCases(s.db, s.family.id, s.first.id);
    expect(cases).toEqual([expect.objectContaining({ stage: "SHORTLIST", wish: { words: "Tæt på skolen", fears: "", heardOn: "2026-11-03" }, decision: null })]);
    expect(JSON.stringify(cases)).not.toMatch(/Hemmeligt|Barnets egne/);
  });
});

describe("agreeing to a plan in the portal", () => {
  it("agrees to the offered draft: it becomes the plan, agreed in the portal by this parent, the earlier one history", async () => {
    const s = await setting();
    expect(await executeCommand(offerPlanToParents, s.cw, { familyId: s.family.id, planVersionId: s.draft.id, rowVersion: 1 }, at)).toMatchObject({ ok: true });
    const offered = (await loadPortalPlan(s.parent))!.offered!;
    expect(offered.goals.map((g) => g.title)).toEqual(["Holde aftaler", "Ny bolig"]);
    const result = await executeCommand(respondToPlan, s.parent, { planVersionId: offered.id, rowVersion: offered.rowVersion, answer: "AGREE", reason: "" }, at);
    expect(result).toMatchObject({ ok: true });
    const versions = await s.db.actionPlanVersion.findMany({ where: { planId: s.draft.planId }, orderBy: { number: "asc" } });
    expect(versions.map((v) => v.status)).toEqual(["SUPERSEDED", "AGREED"]);
    expect(versions[1]).toMatchObject({ agreedHow: "PORTAL", agreedById: s.parent.id });
    const response = await s.db.planResponse.findFirstOrThrow({ where: { planVersionId: s.draft.id } });
    expect(response).toMatchObject({ agreed: true, parentId: s.first.id, versionSeen: 1 });
  });

  it("refuses an answer to a draft changed since the parent read it, changing nothing; saying no needs a reason", async () => {
    const s = await setting();
    await executeCommand(offerPlanToParents, s.cw, { familyId: s.family.id, planVersionId: s.draft.id, rowVersion: 1 }, at);
    const saved = await executeCommand(savePlanDraft, s.cw, {
      familyId: s.family.id, basedOnVersionId: s.draft.id, basedOnRowVersion: 1, parentsAccount: "Ændret",
      goals: [{ title: "Holde aftaler", status: "ACTIVE" }, { title: "Ny bolig", status: "ACTIVE" }],
    }, at);
    expect(saved).toMatchObject({ ok: true });
    const stale = await executeCommand(respondToPlan, s.parent, { planVersionId: s.draft.id, rowVersion: 1, answer: "AGREE" }, at);
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await s.db.planResponse.count({ where: { planVersionId: s.draft.id } })).toBe(0);
    expect((await s.db.actionPlanVersion.findUniqueOrThrow({ where: { id: s.draft.id } })).status).toBe("DRAFT");
    // The new state of the draft is what the parent now reads.
    expect((await loadPortalPlan(s.parent))?.offered?.parentsAccount).toBe("Ændret");

    const noReason = await executeCommand(respondToPlan, s.parent, { planVersionId: s.draft.id, rowVersion: 2, answer: "DISAGREE", reason: " " }, at);
    expect(noReason).toMatchObject({ ok: false, code: "RULE", reason: "PORTAL_DISAGREE_REASON_REQUIRED" });
    const no = await executeCommand(respondToPlan, s.parent, { planVersionId: s.draft.id, rowVersion: 2, answer: "DISAGREE", reason: "Boligen er ikke mit mål nu." }, at);
    expect(no).toMatchObject({ ok: true });
    expect((await s.db.actionPlanVersion.findUniqueOrThrow({ where: { id: s.draft.id } })).status).toBe("DRAFT");
  });
});

describe("a parent's own ratings, comments and requests", () => {
  it("rates the agreed plan's goals 0–10, corrects the same day, and is refused off the scale or for another goal", async () => {
    const s = await setting();
    const other = await setting();
    const [g1, g2] = s.agreed.goals;
    const rate = (ratings: unknown[]) => executeCommand(rateGoals, s.parent, { ratings }, at);
    expect(await rate([{ goalId: g1!.id, rating: "11", note: "" }])).toMatchObject({ ok: false, code: "RULE", reason: "RATING_OUT_OF_RANGE" });
    expect(await rate([{ goalId: other.agreed.goals[0]!.id, rating: "5", note: "" }])).toMatchObject({ ok: false, reason: "PORTAL_GOAL_NOT_IN_PLAN" });
    expect(await rate([{ goalId: s.draft.id, rating: "5", note: "" }])).toMatchObject({ ok: false, reason: "PORTAL_GOAL_NOT_IN_PLAN" });
    expect(await rate([{ goalId: g1!.id, rating: "", note: "" }])).toMatchObject({ ok: false, reason: "PORTAL_NOTHING_RATED" });
    expect(await s.db.parentGoalRating.count({ where: { familyId: s.family.id } })).toBe(0);

    expect(await rate([{ goalId: g1!.id, rating: "6", note: "Jeg kom til alle samvær." }, { goalId: g2!.id, rating: "", note: "" }])).toMatchObject({ ok: true, data: { rated: 1 } });
    expect(await rate([{ goalId: g1!.id, rating: "7", note: "Rettet." }])).toMatchObject({ ok: true });
    const rows = await s.db.parentGoalRating.findMany({ where: { familyId: s.family.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ rating: 7, note: "Rettet.", parentId: s.first.id });
  });

  it("asks for access to the file once at a time, due in 7 working days, on the caseworker's home until answered", async () => {
    const s = await setting();
    const asked = await executeCommand(requestFileAccess, s.parent, { text: "Alle notater fra 2026" }, at);
    expect(asked).toMatchObject({ ok: true, data: { dueOn: "2026-12-09" } });
    expect(await executeCommand(requestFileAccess, s.parent, { text: "" }, at)).toMatchObject({ ok: false, reason: "PORTAL_FILE_REQUEST_OPEN" });
    const home = await openFileRequests(s.db, s.cw, new Date("2026-12-10T09:00:00Z"));
    expect(home).toEqual([expect.objectContaining({ familyId: s.family.id, dueOn: "2026-12-09", overdue: true })]);
    const request = await s.db.fileAccessRequest.findFirstOrThrow({ where: { familyId: s.family.id } });
    expect(await executeCommand(answerFileRequest, s.cw, { familyId: s.family.id, requestId: request.id, rowVersion: 1, answeredOn: "2026-12-01" }, at)).toMatchObject({ ok: false, reason: "FILE_REQUEST_ANSWER_IN_FUTURE" });
    expect(await executeCommand(answerFileRequest, s.cw, { familyId: s.family.id, requestId: request.id, rowVersion: 1, answeredOn: "2026-11-30" }, at)).toMatchObject({ ok: true });
    expect(await openFileRequests(s.db, s.cw, at.now)).toEqual([]);
    expect(await executeCommand(commentOnPlan, s.parent, { text: "Jeg vil gerne have mere samvær i weekenderne." }, at)).toMatchObject({ ok: true });
  });
});

describe("the caseworker's side of the access", () => {
  it("invites a parent once (again while unused), refuses a taken address, suspends at once and reopens", async () => {
    const s = await setting();
    const parentId = s.second.id;
    const email = `ny-${randomUUID()}@example.dk`;
    const invited = await executeCommand(inviteParent, s.cw, { familyId: s.family.id, parentId, email }, at);
    expect(invited).toMatchObject({ ok: true });
    const user = await s.db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: "PARENT", parentId, municipalityId: s.m.id });
    expect((await parentAccessRows(s.db, s.family.id)).find((r) => r.parentId === parentId)?.state).toBe("INVITED");
    expect(await executeCommand(inviteParent, s.cw, { familyId: s.family.id, parentId, email }, at)).toMatchObject({ ok: true });
    expect(await s.db.accountToken.count({ where: { userId: user.id, usedAt: null } })).toBe(1);
    expect(await executeCommand(inviteParent, s.cw, { familyId: s.family.id, parentId: s.first.id, email }, at)).toMatchObject({ ok: false, reason: "PARENT_ACCESS_EXISTS" });

    const before = await s.db.userSession.create({ data: { id: randomUUID(), userId: s.loginId, lastSeenAt: at.now, expiresAt: new Date("2026-12-30T00:00:00Z") } });
    expect(await executeCommand(suspendParentAccess, s.cw, { familyId: s.family.id, parentId: s.first.id }, at)).toMatchObject({ ok: true });
    expect(await loadActor(s.loginId)).toBeNull();
    expect((await s.db.userSession.findUniqueOrThrow({ where: { id: before.id } })).revokedAt).not.toBeNull();
    expect(await executeCommand(reopenParentAccess, s.cw, { familyId: s.family.id, parentId: s.first.id }, at)).toMatchObject({ ok: true });
    expect(await loadActor(s.loginId)).not.toBeNull();
  });

  it("answers another caseworker's family and the parent's own attempts at staff actions with not found", async () => {
    const s = await setting();
    const stranger: Actor = await actorFor((await makeUser("CASEWORKER", s.m.id)).id);
    expect(await executeCommand(inviteParent, stranger, { familyId: s.family.id, parentId: s.second.id, email: `x-${randomUUID()}@example.dk` }, at)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await executeCommand(offerPlanToParents, s.parent, { familyId: s.family.id, planVersionId: s.draft.id, rowVersion: 1 }, at)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await executeCommand(savePlanDraft, s.parent, { familyId: s.family.id, basedOnVersionId: s.draft.id, basedOnRowVersion: 1, parentsAccount: "", goals: [] }, at)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });
});

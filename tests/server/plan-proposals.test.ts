import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { agreePlan, discardPlanDraft, savePlanDraft } from "@/features/plan/commands";
import { acceptPlanProposal, declinePlanProposal, proposePlanChange } from "@/features/plan/proposal-commands";
import { loadPlanProposals } from "@/features/plan/proposal-queries";
import { loadPlanContacts } from "@/features/plan/print-data";
import { notificationsFor } from "@/features/notifications/queries";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// The therapist's voice on the plan (issue 10, item 6) and discarding a draft (item 8): a family
// with an agreed plan, its caseworker and therapist, and people who must not reach it.
const at = { now: new Date("2026-10-01T10:00:00Z") };
const day = (d: string) => new Date(`${d}T00:00:00Z`);
let cw: Actor, th: Actor, otherTh: Actor, co: Actor, cons: Actor, awayCw: Actor;
let familyId: string, closedFamilyId: string;
let v1: { id: string }, closedV1: { id: string };

/** The case plus the proposals: a refused change must leave both as they were. */
async function fingerprint(): Promise<string> {
  const proposals = await (await getDb()).planProposal.findMany({ orderBy: { id: "asc" } });
  return (await caseFingerprint()) + JSON.stringify(proposals);
}

async function refusedWithoutChange(run: () => Promise<unknown>, expected: Record<string, unknown>) {
  const before = await fingerprint();
  const result = await run();
  expect(result).toMatchObject({ ok: false, ...expected });
  expect(await fingerprint()).toBe(before);
  return result;
}

const propose = (by: Actor, input: Record<string, unknown>) =>
  executeCommand(proposePlanChange, by, { familyId, planVersionId: v1.id, goalLineageId: "", body: "Samværet kunne flyttes til weekenden.", ...input }, at);

async function proposalRow(id: string) {
  return (await getDb()).planProposal.findUniqueOrThrow({ where: { id } });
}

async function versionsOf(fid: string) {
  return (await getDb()).actionPlanVersion.findMany({ where: { plan: { familyId: fid } }, orderBy: { number: "asc" }, include: { goals: { orderBy: { position: "asc" } } } });
}

beforeAll(async () => {
  const db = await getDb();
  const m = await makeMunicipality("Faxe");
  const away = await makeMunicipality("Vejle");
  const site = await makeSite();
  const users = {
    cw: await makeUser("CASEWORKER", m.id), th: await makeUser("THERAPIST", m.id), otherTh: await makeUser("THERAPIST", m.id),
    co: await makeUser("COORDINATOR", m.id), cons: await makeUser("CONSULTANT", m.id), awayCw: await makeUser("CASEWORKER", away.id),
  };
  await joinSite(users.cons.id, (await makeSite()).id, "CONSULTANT");
  const family = await makeFamily(m.id, { caseworkerId: users.cw.id, therapistId: users.th.id, siteId: site.id });
  familyId = family.id;
  const plan = await db.actionPlan.create({
    data: {
      familyId,
      versions: {
        create: [{
          number: 1, status: "AGREED", agreedOn: day("2026-09-10"), agreedHow: "IN_PERSON", draftedById: users.cw.id, parentsAccount: "Vi vil have Oskar hjem.",
          goals: { create: [{ lineageId: "l-calm", position: 0, title: "Rolige samvær" }, { lineageId: "l-routine", position: 1, title: "Faste rutiner" }] },
        }],
      },
    },
    include: { versions: true },
  });
  v1 = plan.versions[0]!;
  const closed = await makeFamily(m.id, { caseworkerId: users.cw.id, therapistId: users.th.id });
  closedFamilyId = closed.id;
  const closedPlan = await db.actionPlan.create({
    data: { familyId: closed.id, versions: { create: [{ number: 1, status: "AGREED", agreedOn: day("2026-09-10"), agreedHow: "PHONE", draftedById: users.cw.id }] } },
    include: { versions: true },
  });
  closedV1 = closedPlan.versions[0]!;
  await db.family.update({ where: { id: closed.id }, data: { stage: "CLOSED", closedOn: day("2026-09-20"), closeReason: "Hjemgivet" } });
  cw = await actorFor(users.cw.id);
  th = await actorFor(users.th.id);
  otherTh = await actorFor(users.otherTh.id);
  co = await actorFor(users.co.id);
  cons = await actorFor(users.cons.id);
  awayCw = await actorFor(users.awayCw.id);
});

describe("the therapist proposes", () => {
  it("writes a proposal against the plan in force, about one of its goals, on the audit log", async () => {
    const result = await propose(th, { goalLineageId: "l-calm" });
    expect(result).toMatchObject({ ok: true });
    const id = (result as { data: { proposalId: string } }).data.proposalId;
    expect(await proposalRow(id)).toMatchObject({
      familyId, planVersionId: v1.id, planVersionNumber: 1, goalLineageId: "l-calm", goalTitle: "Rolige samvær", status: "OPEN", proposedById: th.id,
    });
    expect(await auditRows({ actorId: th.id, action: "CREATE", recordId: id })).toHaveLength(1);
  });

  it("is not found for a therapist who is not on the family, and the attempt is audited", async () => {
    const denied = (await auditRows({ actorId: otherTh.id, action: "ACCESS_DENIED" })).length;
    await refusedWithoutChange(() => propose(otherTh, {}), { code: "NOT_FOUND" });
    expect(await auditRows({ actorId: otherTh.id, action: "ACCESS_DENIED" })).toHaveLength(denied + 1);
  });

  it("is refused to the caseworker, the coordinator and a caseworker of another municipality (not theirs to propose)", async () => {
    for (const actor of [cw, co, awayCw]) {
      const denied = (await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).length;
      await refusedWithoutChange(() => propose(actor, {}), { code: "NOT_FOUND" });
      expect(await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).toHaveLength(denied + 1);
    }
  });

  it("needs a text, and a goal that is in the plan", async () => {
    const empty = await refusedWithoutChange(() => propose(th, { body: "   " }), { code: "VALIDATION" });
    expect(empty).toMatchObject({ fieldErrors: { body: [{ key: "validation.required" }] } });
    await refusedWithoutChange(() => propose(th, { goalLineageId: "l-not-there" }), {
      code: "RULE", reason: "PROPOSAL_GOAL_NOT_IN_PLAN", fieldErrors: { goalLineageId: [{ key: "reasons.PROPOSAL_GOAL_NOT_IN_PLAN" }] },
    });
  });

  it("is refused on a closed case", async () => {
    await refusedWithoutChange(
      () => executeCommand(proposePlanChange, th, { familyId: closedFamilyId, planVersionId: closedV1.id, body: "Noget" }, at),
      { code: "RULE", reason: "CASE_CLOSED" },
    );
  });
});

describe("the caseworker decides", () => {
  let first: string, second: string, third: string;

  it("sees the open proposals; so does the therapist, and nobody outside the family", async () => {
    second = ((await propose(th, { body: "Et mål om skolen." })) as { data: { proposalId: string } }).data.proposalId;
    third = ((await propose(th, { body: "Forældrene ønsker færre møder." })) as { data: { proposalId: string } }).data.proposalId;
    const forCw = await loadPlanProposals(cw, familyId);
    expect(forCw?.can).toMatchObject({ decide: true, propose: false });
    expect(forCw?.proposals.filter((p) => p.status === "OPEN")).toHaveLength(3);
    first = forCw!.proposals.find((p) => p.goalTitle === "Rolige samvær")!.id;
    const forTh = await loadPlanProposals(th, familyId);
    expect(forTh?.can).toMatchObject({ decide: false, propose: true });
    expect(forTh?.current).toMatchObject({ id: v1.id, number: 1, goals: [{ value: "l-calm" }, { value: "l-routine" }] });
    expect(await loadPlanProposals(otherTh, familyId)).toBeNull();
    expect(await loadPlanProposals(cons, familyId)).toBeNull();
    expect(await loadPlanProposals(awayCw, familyId)).toBeNull();
  });

  it("accepts into a new draft copied from the plan in force when there is none, and the draft then awaits agreement", async () => {
    const row = await proposalRow(first);
    const result = await executeCommand(acceptPlanProposal, cw, { familyId, proposalId: first, rowVersion: row.version }, at);
    expect(result).toMatchObject({ ok: true, data: { draftNumber: 2, newDraft: true } });
    const versions = await versionsOf(familyId);
    expect(versions.map((v) => [v.number, v.status])).toEqual([[1, "AGREED"], [2, "DRAFT"]]);
    const draft = versions[1]!;
    expect(draft.parentsAccount).toBe("Vi vil have Oskar hjem.");
    expect(draft.goals.map((g) => [g.lineageId, g.title])).toEqual([["l-calm", "Rolige samvær"], ["l-routine", "Faste rutiner"]]);
    expect(await proposalRow(first)).toMatchObject({ status: "ACCEPTED", decidedById: cw.id, draftVersionId: draft.id, draftNumber: 2 });
    expect(await auditRows({ actorId: cw.id, action: "UPDATE", recordId: first })).toHaveLength(1);
    expect(await auditRows({ actorId: cw.id, action: "CREATE", recordId: draft.id })).toHaveLength(1);
    const reminders = await notificationsFor(cw, at.now);
    expect(reminders.filter((n) => n.kind === "PLAN_AWAITING_AGREEMENT" && n.familyId === familyId)).toHaveLength(1);
  });

  it("notes the next accepted proposal on the existing draft instead of starting another", async () => {
    const draftBefore = (await versionsOf(familyId))[1]!;
    const result = await executeCommand(acceptPlanProposal, cw, { familyId, proposalId: second, rowVersion: (await proposalRow(second)).version }, at);
    expect(result).toMatchObject({ ok: true, data: { draftVersionId: draftBefore.id, draftNumber: 2, newDraft: false } });
    const after = await versionsOf(familyId);
    expect(after).toHaveLength(2);
    expect(after[1]).toEqual(draftBefore);
    const inDraft = (await loadPlanProposals(cw, familyId))!.proposals.filter((p) => p.draftVersionId === draftBefore.id);
    expect(inDraft.map((p) => p.id).sort()).toEqual([first, second].sort());
  });

  it("is a conflict to decide a proposal on a stale form, and nothing changes", async () => {
    await refusedWithoutChange(() => executeCommand(acceptPlanProposal, cw, { familyId, proposalId: first, rowVersion: 1 }, at), { code: "CONFLICT" });
    await refusedWithoutChange(() => executeCommand(declinePlanProposal, cw, { familyId, proposalId: second, rowVersion: 1, reason: "Nej" }, at), { code: "CONFLICT" });
  });

  it("lets only the caseworker decide: the therapist gets not found", async () => {
    const { version } = await proposalRow(third);
    await refusedWithoutChange(() => executeCommand(acceptPlanProposal, th, { familyId, proposalId: third, rowVersion: version }, at), { code: "NOT_FOUND" });
    await refusedWithoutChange(() => executeCommand(declinePlanProposal, th, { familyId, proposalId: third, rowVersion: version, reason: "x" }, at), { code: "NOT_FOUND" });
    await refusedWithoutChange(() => executeCommand(acceptPlanProposal, awayCw, { familyId, proposalId: third, rowVersion: version }, at), { code: "NOT_FOUND" });
  });

  it("declines only with a reason, which the therapist then reads", async () => {
    const { version } = await proposalRow(third);
    const blank = await refusedWithoutChange(
      () => executeCommand(declinePlanProposal, cw, { familyId, proposalId: third, rowVersion: version, reason: "" }, at),
      { code: "VALIDATION" },
    );
    expect(blank).toMatchObject({ fieldErrors: { reason: [{ key: "validation.required" }] } });
    const result = await executeCommand(declinePlanProposal, cw, { familyId, proposalId: third, rowVersion: version, reason: "Møderne er aftalt i handleplanen." }, at);
    expect(result).toMatchObject({ ok: true });
    expect(await auditRows({ actorId: cw.id, action: "UPDATE", recordId: third })).toHaveLength(1);
    const seen = (await loadPlanProposals(th, familyId))!.proposals.find((p) => p.id === third);
    expect(seen).toMatchObject({ status: "DECLINED", declineReason: "Møderne er aftalt i handleplanen.", decidedBy: expect.any(String), stale: false });
    // Decided is decided: a second decision with the current row version is refused by the rule.
    const again = await proposalRow(third);
    await refusedWithoutChange(() => executeCommand(acceptPlanProposal, cw, { familyId, proposalId: third, rowVersion: again.version }, at), { code: "RULE", reason: "PROPOSAL_ALREADY_DECIDED" });
  });
});

describe("discarding a draft", () => {
  it("never discards an agreed version, and not on a stale form or for the therapist", async () => {
    const [agreed, draft] = await versionsOf(familyId);
    await refusedWithoutChange(() => executeCommand(discardPlanDraft, cw, { familyId, planVersionId: agreed!.id, rowVersion: agreed!.version }, at), { code: "RULE", reason: "ONLY_DRAFT_CAN_BE_DISCARDED" });
    await refusedWithoutChange(() => executeCommand(discardPlanDraft, cw, { familyId, planVersionId: draft!.id, rowVersion: draft!.version + 1 }, at), { code: "CONFLICT" });
    await refusedWithoutChange(() => executeCommand(discardPlanDraft, th, { familyId, planVersionId: draft!.id, rowVersion: draft!.version }, at), { code: "NOT_FOUND" });
    await refusedWithoutChange(() => executeCommand(discardPlanDraft, awayCw, { familyId, planVersionId: draft!.id, rowVersion: draft!.version }, at), { code: "NOT_FOUND" });
  });

  it("removes the draft and its goals; the reminder goes, the agreed plan stays, accepted proposals keep the draft's number", async () => {
    const [agreed, draft] = await versionsOf(familyId);
    const result = await executeCommand(discardPlanDraft, cw, { familyId, planVersionId: draft!.id, rowVersion: draft!.version }, at);
    expect(result).toMatchObject({ ok: true });
    expect(await versionsOf(familyId)).toEqual([agreed]);
    expect(await (await getDb()).goal.count({ where: { planVersionId: draft!.id } })).toBe(0);
    expect(await (await getDb()).auditEvent.count({ where: { actorId: cw.id, action: "DELETE", recordType: "ActionPlanVersion", recordId: draft!.id, familyId } })).toBe(1);
    const reminders = await notificationsFor(cw, at.now);
    expect(reminders.filter((n) => n.kind === "PLAN_AWAITING_AGREEMENT" && n.familyId === familyId)).toHaveLength(0);
    const accepted = (await loadPlanProposals(th, familyId))!.proposals.filter((p) => p.status === "ACCEPTED");
    expect(accepted).toHaveLength(2);
    for (const p of accepted) expect(p).toMatchObject({ draftNumber: 2, draftVersionId: null, draftDiscarded: true });
  });
});

describe("a plan agreed anew", () => {
  it("marks older proposals as written against their version, and a proposal on the old version is a conflict", async () => {
    const open = ((await propose(th, { body: "Gælder stadig version 1." })) as { data: { proposalId: string } }).data.proposalId;
    const saved = await executeCommand(savePlanDraft, cw, {
      familyId, basedOnVersionId: v1.id, basedOnRowVersion: 1, parentsAccount: "",
      goals: [{ lineageId: "l-calm", title: "Rolige samvær", status: "ACTIVE" }],
    }, at);
    expect(saved).toMatchObject({ ok: true });
    const draftId = (saved as { data: { planVersionId: string } }).data.planVersionId;
    expect(await executeCommand(agreePlan, cw, { familyId, planVersionId: draftId, rowVersion: 1, agreedOn: "2026-10-01", agreedHow: "IN_PERSON" }, at)).toMatchObject({ ok: true });

    const seen = (await loadPlanProposals(th, familyId))!;
    // The discarded draft's number is free again: agreed versions stay numbered 1, 2, 3 …
    expect(seen.current).toMatchObject({ id: draftId, number: 2 });
    expect(seen.proposals.find((p) => p.id === open)).toMatchObject({ status: "OPEN", stale: true, writtenAgainst: 1 });
    await refusedWithoutChange(() => propose(th, {}), { code: "CONFLICT" });
    expect(await propose(th, { planVersionId: draftId })).toMatchObject({ ok: true });
  });
});

describe("the printed plan's contacts", () => {
  it("names the caseworker and therapist with their e-mail, and lists only coming meetings the parents are invited to", async () => {
    const db = await getDb();
    const m = (await db.family.findUniqueOrThrow({ where: { id: familyId } })).municipalityId;
    const meeting = (startsAt: string, parents: boolean, purpose: string) => db.meeting.create({
      data: {
        municipalityId: m, familyId, startsAt: new Date(startsAt), endsAt: new Date(new Date(startsAt).getTime() + 3_600_000), purpose, agenda: [], calledById: cw.id, location: "Rådhuset",
        participants: { create: parents ? [{ kind: "PARENT", name: "Lise" }] : [{ kind: "USER", userId: cw.id, name: "Rådgiver" }] },
      },
    });
    await meeting("2026-09-30T08:00:00Z", true, "I går");
    await meeting("2026-10-01T06:00:00Z", true, "I dag tidligt");
    await meeting("2026-10-05T08:00:00Z", true, "Næste uge");
    await meeting("2026-10-06T08:00:00Z", false, "Uden forældre");
    const contacts = await loadPlanContacts(cw, familyId, at.now);
    expect(contacts?.caseworkers).toEqual([{ id: cw.id, name: cw.name, email: cw.email }]);
    expect(contacts?.therapists).toEqual([{ id: th.id, name: th.name, email: th.email }]);
    expect(contacts?.meetings.map((x) => x.purpose)).toEqual(["I dag tidligt", "Næste uge"]);
    expect(await loadPlanContacts(otherTh, familyId, at.now)).toBeNull();
  });
});

import "server-only";
import { checkAdvance, checkDeadline, checkReturnToSearch, checkWish, checkWithdraw, type MatchingRefusal, type MatchingStage } from "@/domain/matching";
import { defineCommand, type CommandContext } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import { toDbDate } from "@/server/dates";
import { reachMatchingCase } from "./access";
import { loadMatchingSnapshot } from "./snapshot";
import { wishHearers } from "./wish-hearers";
import { advanceStageInput, openMatchingCaseInput, saveProfileInput, saveWishInput, stageReasonInput } from "./case-schemas";

// The matching case itself: opening it, the child's profile, the wishes of the child and the parents, and
// its stages. The rules are the domain's (src/domain/matching/stages.ts); these commands apply them to the
// recorded facts inside the transaction.

const refuse = (r: MatchingRefusal) => ruleViolation(r.reason, r.params, r.field);

async function reach(ctx: CommandContext, caseId: string, permission: "matching.write" | "matching.decide") {
  const found = await reachMatchingCase(ctx.tx, ctx.actor, caseId, permission);
  if (!found) throw notFound();
  await ctx.tx.$queryRaw`SELECT 1 FROM "MatchingCase" WHERE "id" = ${found.id} FOR UPDATE`;
  return found;
}

/** Bumps the case's version at the version the form was opened on: a stale form is a conflict. */
async function bump(ctx: CommandContext, caseId: string, version: number, data: Record<string, unknown> = {}) {
  const { count } = await ctx.tx.matchingCase.updateMany({ where: { id: caseId, version }, data: { ...data, version: { increment: 1 } } });
  if (count !== 1) throw conflict();
}

export const openMatchingCase = defineCommand({
  name: "openMatchingCase",
  permission: "matching.open",
  input: openMatchingCaseInput,
  async run(ctx, input) {
    const { tx, actor, today, audit } = ctx;
    const child = await tx.child.findFirst({
      where: { id: input.childId, family: familyScope(actor, "matching.open") },
      select: { id: true, family: { select: { id: true, municipalityId: true } } },
    });
    if (!child) throw notFound();
    // Two caseworkers opening a case for the same child at once: the second waits here and then finds the
    // first case below, so it is told the child already has one instead of hitting the unique index.
    await tx.$queryRaw`SELECT 1 FROM "Child" WHERE "id" = ${child.id} FOR UPDATE`;
    const late = checkDeadline(input.deadline, today);
    if (late) throw refuse(late);
    if (input.consultantId) {
      const consultant = await tx.user.count({ where: { id: input.consultantId, role: "CONSULTANT", active: true, municipalityId: child.family.municipalityId } });
      if (!consultant) throw ruleViolation("MATCH_CONSULTANT_UNKNOWN", undefined, "consultantId");
    }
    const open = await tx.matchingCase.count({ where: { childId: child.id, stage: { notIn: ["CLOSED", "WITHDRAWN"] } } });
    if (open) throw ruleViolation("MATCH_CASE_ALREADY_OPEN", undefined, "childId");
    const created = await tx.matchingCase.create({
      data: {
        municipalityId: child.family.municipalityId, childId: child.id, openedById: actor.id, consultantId: input.consultantId,
        urgency: input.urgency, legalBasis: input.legalBasis, deadline: input.deadline ? toDbDate(input.deadline) : null, openedOn: toDbDate(today),
      },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "MatchingCase", recordId: created.id, familyId: child.family.id, details: { urgency: input.urgency, legalBasis: input.legalBasis } });
    return { caseId: created.id };
  },
});

export const saveMatchingProfile = defineCommand({
  name: "saveMatchingProfile",
  permission: "matching.write",
  input: saveProfileInput,
  async run(ctx, input) {
    const c = await reach(ctx, input.caseId, "matching.write");
    if (c.stage === "CLOSED" || c.stage === "WITHDRAWN") throw ruleViolation("MATCH_CASE_ENDED", undefined, "needs");
    const newest = await ctx.tx.matchingProfile.findFirst({ where: { caseId: c.id }, orderBy: { version: "desc" }, select: { version: true } });
    // The form names the version it was written on: someone else's newer version is not overwritten.
    if ((newest?.version ?? 0) !== input.basedOn) throw conflict();
    const { caseId: _c, basedOn: _b, ...fields } = input;
    const row = await ctx.tx.matchingProfile.create({ data: { caseId: c.id, version: input.basedOn + 1, ...fields, createdById: ctx.actor.id }, select: { id: true, version: true } });
    await ctx.audit({ action: "CREATE", recordType: "MatchingProfile", recordId: row.id, familyId: c.child.familyId, details: { caseId: c.id, version: row.version } });
    return { caseId: c.id, version: row.version };
  },
});

export const saveMatchingWish = defineCommand({
  name: "saveMatchingWish",
  permission: "matching.write",
  input: saveWishInput,
  async run(ctx, input) {
    const { tx, actor, today, audit } = ctx;
    const c = await reach(ctx, input.caseId, "matching.write");
    if (c.stage === "CLOSED" || c.stage === "WITHDRAWN") throw ruleViolation("MATCH_CASE_ENDED", undefined, "words");
    if (input.person !== "CHILD") {
      const parent = await tx.parent.count({ where: { id: input.person, familyId: c.child.familyId } });
      if (!parent) throw notFound();
    }
    const refusal = checkWish(input, today);
    if (refusal) throw refuse(refusal);
    const existing = await tx.matchingWish.findUnique({ where: { caseId_person: { caseId: c.id, person: input.person } }, select: { id: true, version: true, heardById: true } });
    // A form that names nobody keeps who is on record; a first hearing defaults to the one writing it down.
    const heardById = input.notHeard ? null : (input.heardById ?? existing?.heardById ?? actor.id);
    if (heardById) {
      const { consultantId } = await tx.matchingCase.findUniqueOrThrow({ where: { id: c.id }, select: { consultantId: true } });
      const hearers = await wishHearers(tx, { municipalityId: c.municipalityId, familyId: c.child.familyId, consultantId }, [existing?.heardById ?? null]);
      if (!hearers.some((u) => u.id === heardById)) throw ruleViolation("MATCH_HEARD_BY_UNKNOWN", undefined, "heardById");
    }
    const data = {
      words: input.notHeard ? "" : input.words, fears: input.notHeard ? "" : input.fears,
      heardOn: !input.notHeard && input.heardOn ? toDbDate(input.heardOn) : null, heardHow: input.notHeard ? "" : input.heardHow,
      heardById, notHeardReason: input.notHeard ? input.notHeardReason : null,
    };
    let wishId: string;
    if (existing) {
      if (input.version !== existing.version) throw conflict();
      const { count } = await tx.matchingWish.updateMany({ where: { id: existing.id, version: existing.version }, data: { ...data, version: { increment: 1 } } });
      if (count !== 1) throw conflict();
      wishId = existing.id;
    } else {
      if (input.version !== null) throw conflict();
      wishId = (await tx.matchingWish.create({ data: { caseId: c.id, person: input.person, ...data }, select: { id: true } })).id;
    }
    await audit({ action: existing ? "UPDATE" : "CREATE", recordType: "MatchingWish", recordId: wishId, familyId: c.child.familyId, details: { caseId: c.id, person: input.person === "CHILD" ? "CHILD" : "PARENT", heard: !input.notHeard } });
    return { caseId: c.id };
  },
});

type Reached = NonNullable<Awaited<ReturnType<typeof reachMatchingCase>>>;
type StageStep = { refusal: MatchingRefusal | null; to: MatchingStage; data?: Record<string, unknown>; details?: Record<string, string> };

/** One change of stage: reach the case, ask the domain, write the new stage at the form's version, audit it. */
async function changeStage(ctx: CommandContext, input: { caseId: string; version: number }, step: (c: Reached) => Promise<StageStep> | StageStep) {
  const c = await reach(ctx, input.caseId, "matching.decide");
  const { refusal, to, data = {}, details = {} } = await step(c);
  if (refusal) throw refuse(refusal);
  await bump(ctx, c.id, input.version, { stage: to, ...data });
  await ctx.audit({ action: "UPDATE", recordType: "MatchingCase", recordId: c.id, familyId: c.child.familyId, details: { from: c.stage, to, ...details } });
  return { caseId: c.id };
}

export const advanceMatchingStage = defineCommand({
  name: "advanceMatchingStage",
  permission: "matching.decide",
  input: advanceStageInput,
  run: (ctx, input) => changeStage(ctx, input, async (c) => ({
    refusal: checkAdvance(await loadMatchingSnapshot(ctx.tx, c.id), input.to, ctx.today),
    to: input.to,
    data: input.to === "CLOSED" ? { closedOn: toDbDate(ctx.today) } : {},
  })),
});

export const returnMatchingToSearch = defineCommand({
  name: "returnMatchingToSearch",
  permission: "matching.decide",
  input: stageReasonInput,
  run: (ctx, input) => changeStage(ctx, input, (c) => ({
    refusal: checkReturnToSearch(c, input.reason), to: "SEARCH", data: { proposedCandidateId: null }, details: { reason: input.reason },
  })),
});

export const withdrawMatchingCase = defineCommand({
  name: "withdrawMatchingCase",
  permission: "matching.decide",
  input: stageReasonInput,
  run: (ctx, input) => changeStage(ctx, input, (c) => ({
    refusal: checkWithdraw(c, input.reason), to: "WITHDRAWN", data: { withdrawnReason: input.reason, closedOn: toDbDate(ctx.today) },
  })),
});

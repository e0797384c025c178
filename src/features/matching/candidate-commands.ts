import "server-only";
import {
  checkAddCandidate, checkReferralAnswer, checkSendReferral, criterionMayBeNotApplicable, isDecided, isEnded, type MatchingRefusal,
} from "@/domain/matching";
import { defineCommand, type CommandContext } from "@/server/command";
import { AppError, conflict, notFound, ruleViolation, type FieldErrors } from "@/server/errors";
import { toDbDate } from "@/server/dates";
import { reachMatchingCase, reachReferral } from "./access";
import { loadMatchingSnapshot } from "./snapshot";
import { referralDraft } from "./referral-text";
import { addCandidateInput, answerReferralInput, candidateRefInput, proposeCandidateInput, rateCandidateInput, recordVisitInput } from "./candidate-schemas";

// Candidates: the sites proposed for a case, their § 52 ratings, the anonymised referral each is sent, the
// site's answer, the match visits, and the one proposed for the decision. No ranking: people rate and decide.

const refuse = (r: MatchingRefusal) => ruleViolation(r.reason, r.params, r.field);

async function reachCase(ctx: CommandContext, caseId: string) {
  const c = await reachMatchingCase(ctx.tx, ctx.actor, caseId, "matching.write");
  if (!c) throw notFound();
  await ctx.tx.$queryRaw`SELECT 1 FROM "MatchingCase" WHERE "id" = ${c.id} FOR UPDATE`;
  return c;
}

/** The candidate, through the case the actor reaches (never by its id alone), with the case locked. */
async function reachCandidate(ctx: CommandContext, candidateId: string) {
  const row = await ctx.tx.matchingCandidate.findUnique({ where: { id: candidateId }, select: { caseId: true } });
  if (!row) throw notFound();
  const c = await reachCase(ctx, row.caseId);
  const candidate = await ctx.tx.matchingCandidate.findUniqueOrThrow({ where: { id: candidateId }, select: { id: true, siteId: true, version: true, answer: true, referralSentOn: true } });
  return { c, candidate };
}

export const addCandidate = defineCommand({
  name: "addCandidate",
  permission: "matching.write",
  input: addCandidateInput,
  async run(ctx, input) {
    const c = await reachCase(ctx, input.caseId);
    const site = await ctx.tx.placementSite.count({ where: { id: input.siteId } });
    if (!site) throw ruleViolation("MATCH_STAGE_NOT_NEXT", undefined, "siteId");
    const snapshot = await loadMatchingSnapshot(ctx.tx, c.id);
    const refusal = checkAddCandidate(snapshot.stage, snapshot.candidates, input.siteId);
    if (refusal) throw refuse(refusal);
    const row = await ctx.tx.matchingCandidate.create({ data: { caseId: c.id, siteId: input.siteId, proposedById: ctx.actor.id }, select: { id: true } });
    await ctx.audit({ action: "CREATE", recordType: "MatchingCandidate", recordId: row.id, familyId: c.child.familyId, details: { caseId: c.id, siteId: input.siteId } });
    return { caseId: c.id, candidateId: row.id };
  },
});

export const removeCandidate = defineCommand({
  name: "removeCandidate",
  permission: "matching.write",
  input: candidateRefInput,
  async run(ctx, input) {
    const { c, candidate } = await reachCandidate(ctx, input.candidateId);
    if (isEnded(c.stage) || isDecided(c.stage)) throw ruleViolation("MATCH_CASE_ENDED", undefined, "candidateId");
    // A site that has been told of the child stays on record: what it was sent is part of the case.
    if (candidate.referralSentOn) throw ruleViolation("MATCH_CANDIDATE_LOCKED", undefined, "candidateId");
    if (candidate.version !== input.version) throw conflict();
    await ctx.tx.matchingCandidate.delete({ where: { id: candidate.id } });
    await ctx.audit({ action: "DELETE", recordType: "MatchingCandidate", recordId: candidate.id, familyId: c.child.familyId, details: { caseId: c.id, siteId: candidate.siteId } });
    return { caseId: c.id };
  },
});

export const rateCandidate = defineCommand({
  name: "rateCandidate",
  permission: "matching.write",
  input: rateCandidateInput,
  async run(ctx, input) {
    const { c, candidate } = await reachCandidate(ctx, input.candidateId);
    if (isEnded(c.stage) || isDecided(c.stage)) throw ruleViolation("MATCH_CASE_ENDED", undefined, "ratings");
    const profile = await ctx.tx.matchingProfile.findFirst({ where: { caseId: c.id }, orderBy: { version: "desc" }, select: { inSchool: true, hasSiblings: true } });
    const context = { inSchool: profile?.inSchool ?? true, hasSiblings: profile?.hasSiblings ?? true };
    const fieldErrors: FieldErrors = {};
    input.ratings.forEach((r, i) => {
      if (r.rating === "NOT_APPLICABLE" && !criterionMayBeNotApplicable(r.criterion, context)) fieldErrors[`ratings.${i}.rating`] = [{ key: "reasons.MATCH_CRITERION_NOT_APPLICABLE" }];
    });
    if (Object.keys(fieldErrors).length) throw new AppError("RULE", "MATCH_CRITERION_NOT_APPLICABLE", { reason: "MATCH_CRITERION_NOT_APPLICABLE", fieldErrors });
    for (const r of input.ratings) {
      const where = { candidateId_criterion: { candidateId: candidate.id, criterion: r.criterion } };
      if (r.rating === null) await ctx.tx.candidateRating.deleteMany({ where: { candidateId: candidate.id, criterion: r.criterion } });
      else await ctx.tx.candidateRating.upsert({ where, create: { candidateId: candidate.id, criterion: r.criterion, rating: r.rating, note: r.note, ratedById: ctx.actor.id }, update: { rating: r.rating, note: r.note, ratedById: ctx.actor.id } });
    }
    await ctx.audit({ action: "UPDATE", recordType: "CandidateRating", recordId: candidate.id, familyId: c.child.familyId, details: { caseId: c.id, rated: input.ratings.filter((r) => r.rating).length } });
    return { caseId: c.id, candidateId: candidate.id };
  },
});

export const sendReferral = defineCommand({
  name: "sendReferral",
  permission: "matching.write",
  input: candidateRefInput,
  async run(ctx, input) {
    const { c, candidate } = await reachCandidate(ctx, input.candidateId);
    if (candidate.version !== input.version) throw conflict();
    const draft = await referralDraft(ctx.tx, c.id, ctx.today);
    if (!draft) throw ruleViolation("MATCH_PROFILE_MISSING", undefined, "referral");
    const snapshot = await loadMatchingSnapshot(ctx.tx, c.id);
    const refusal = checkSendReferral(snapshot.stage, snapshot.candidates.find((x) => x.id === candidate.id)!, draft.referral, draft.identifiers);
    if (refusal) throw refuse(refusal);
    const { count } = await ctx.tx.matchingCandidate.updateMany({
      where: { id: candidate.id, version: input.version, referralSentOn: null },
      data: { referralSentOn: toDbDate(ctx.today), referral: { ...draft.referral, sentOn: ctx.today }, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict();
    await ctx.audit({ action: "UPDATE", recordType: "MatchingCandidate", recordId: candidate.id, familyId: c.child.familyId, details: { caseId: c.id, referralSent: true } });
    return { caseId: c.id, candidateId: candidate.id };
  },
});

export const recordMatchVisit = defineCommand({
  name: "recordMatchVisit",
  permission: "matching.write",
  input: recordVisitInput,
  async run(ctx, input) {
    const { c, candidate } = await reachCandidate(ctx, input.candidateId);
    if (isEnded(c.stage)) throw ruleViolation("MATCH_CASE_ENDED", undefined, "visitedOn");
    if (candidate.answer !== "ACCEPTED") throw ruleViolation("MATCH_CANDIDATE_NOT_ACCEPTED", undefined, "visitedOn");
    if (input.visitedOn > ctx.today) throw ruleViolation("MATCH_VISIT_IN_FUTURE", undefined, "visitedOn");
    const { candidateId: _c, visitedOn, ...answers } = input;
    const row = await ctx.tx.matchVisit.create({ data: { candidateId: candidate.id, visitedOn: toDbDate(visitedOn), ...answers, recordedById: ctx.actor.id }, select: { id: true } });
    await ctx.audit({ action: "CREATE", recordType: "MatchVisit", recordId: row.id, familyId: c.child.familyId, details: { caseId: c.id, candidateId: candidate.id } });
    return { caseId: c.id, candidateId: candidate.id };
  },
});

export const proposeCandidate = defineCommand({
  name: "proposeCandidate",
  permission: "matching.write",
  input: proposeCandidateInput,
  async run(ctx, input) {
    const c = await reachCase(ctx, input.caseId);
    if (isEnded(c.stage) || isDecided(c.stage)) throw ruleViolation("MATCH_CASE_ENDED", undefined, "candidateId");
    const candidate = await ctx.tx.matchingCandidate.findFirst({ where: { id: input.candidateId, caseId: c.id }, select: { id: true, answer: true } });
    if (!candidate) throw notFound();
    if (candidate.answer !== "ACCEPTED") throw ruleViolation("MATCH_CANDIDATE_NOT_ACCEPTED", undefined, "candidateId");
    const { count } = await ctx.tx.matchingCase.updateMany({ where: { id: c.id, version: input.version }, data: { proposedCandidateId: candidate.id, version: { increment: 1 } } });
    if (count !== 1) throw conflict();
    await ctx.audit({ action: "UPDATE", recordType: "MatchingCase", recordId: c.id, familyId: c.child.familyId, details: { proposedCandidateId: candidate.id } });
    return { caseId: c.id };
  },
});

/** The site's answer to a referral sent to it: yes, no, or a question, until the decision. */
export const answerReferral = defineCommand({
  name: "answerReferral",
  permission: "referral.answer",
  input: answerReferralInput,
  async run(ctx, input) {
    const found = await reachReferral(ctx.tx, ctx.actor, input.candidateId);
    if (!found) throw notFound();
    await ctx.tx.$queryRaw`SELECT 1 FROM "MatchingCase" WHERE "id" = ${found.caseId} FOR UPDATE`;
    const snapshot = await loadMatchingSnapshot(ctx.tx, found.caseId);
    const candidate = snapshot.candidates.find((x) => x.id === found.id)!;
    const refusal = checkReferralAnswer(snapshot.stage, candidate, found.siteId);
    if (refusal) throw refuse(refusal);
    const { count } = await ctx.tx.matchingCandidate.updateMany({
      where: { id: found.id, version: input.version },
      data: { answer: input.answer, answerNote: input.note, answeredAt: ctx.now, answeredById: ctx.actor.id, version: { increment: 1 } },
    });
    if (count !== 1) throw conflict();
    const municipalityId = (await ctx.tx.matchingCase.findUniqueOrThrow({ where: { id: found.caseId }, select: { municipalityId: true } })).municipalityId;
    // The site belongs to no municipality: the row is written to the case's, so its caseworker sees it.
    await ctx.audit({ action: "UPDATE", recordType: "MatchingCandidate", recordId: found.id, municipalityId, details: { answer: input.answer } });
    return { candidateId: found.id };
  },
});

import "server-only";
import { cache } from "react";
import { comparisonTable, criterionMayBeNotApplicable, identifyingWords, isDecided, isEnded, SECTION_52_CRITERIA, type CriterionRating, type Section52Criterion } from "@/domain/matching";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { loadMatchingCase } from "./case-queries";
import { referralDraft } from "./referral-text";
import { vacanciesOf } from "./vacancies";

/**
 * The case's candidates side by side: each site with its free places, matching profile, referral and answer,
 * ratings and visits; the § 52 comparison; the sites that could still be added; the referral as it would go out.
 * Reached and audited through loadMatchingCase (the same cached read as the case header).
 */
export const loadCandidatesPage = cache(async (actor: Actor, caseId: string) => {
  const c = await loadMatchingCase(actor, caseId);
  if (!c) return null;
  const db = await getDb();
  const [rows, sites, proposed, profile] = await Promise.all([
    db.matchingCandidate.findMany({
      where: { caseId: c.id },
      orderBy: { createdAt: "asc" },
      select: {
        id: true, version: true, referralSentOn: true, referral: true, answer: true, answerNote: true, answeredAt: true,
        site: { select: { id: true, name: true, kind: true, approvedPlaces: true, matchProfile: true } },
        ratings: { select: { criterion: true, rating: true, note: true } },
        visits: { orderBy: { visitedOn: "asc" }, select: { id: true, visitedOn: true, childHowWasIt: true, childNeedsNow: true, parentsHowWasIt: true, parentsNeedsNow: true } },
      },
    }),
    db.placementSite.findMany({ orderBy: { name: "asc" }, take: 500, select: { id: true, name: true, kind: true, approvedPlaces: true, matchProfile: { select: { targetGroups: true, location: true } } } }),
    db.matchingCase.findUniqueOrThrow({ where: { id: c.id }, select: { proposedCandidateId: true } }),
    db.matchingProfile.findFirst({ where: { caseId: c.id }, orderBy: { version: "desc" }, select: { inSchool: true, hasSiblings: true } }),
  ]);
  const vacancies = await vacanciesOf(db, sites.map((s) => s.id));
  const taken = new Set(rows.map((r) => r.site.id));
  const candidates = rows.map((r) => ({
    ...r,
    referralSentOn: fromDbDateOrNull(r.referralSentOn),
    vacancies: vacancies.get(r.site.id) ?? 0,
    ratings: r.ratings.map((x) => ({ criterion: x.criterion as Section52Criterion, rating: x.rating as CriterionRating, note: x.note })),
    visits: r.visits.map((v) => ({ ...v, visitedOn: fromDbDate(v.visitedOn) })),
    proposed: proposed.proposedCandidateId === r.id,
  }));
  const draft = c.ended || c.decided ? null : await referralDraft(db, c.id, c.today);
  const context = { inSchool: profile?.inSchool ?? true, hasSiblings: profile?.hasSiblings ?? true };
  return {
    c,
    candidates,
    comparison: comparisonTable(candidates),
    addable: sites.filter((s) => !taken.has(s.id)).map((s) => ({ ...s, vacancies: vacancies.get(s.id) ?? 0 })),
    draft: draft ? { referral: draft.referral, identifying: identifyingWords(draft.referral, draft.identifiers) } : null,
    mayBeNotApplicable: Object.fromEntries(SECTION_52_CRITERIA.map((k) => [k, criterionMayBeNotApplicable(k, context)])) as Record<Section52Criterion, boolean>,
    open: !isEnded(c.stage) && !isDecided(c.stage),
  };
});

export type CandidatesPage = NonNullable<Awaited<ReturnType<typeof loadCandidatesPage>>>;

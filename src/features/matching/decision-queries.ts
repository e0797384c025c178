import "server-only";
import { cache } from "react";
import { criterionMayBeNotApplicable, partiesToInform, SECTION_52_CRITERIA, type Section52Criterion } from "@/domain/matching";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { loadMatchingCase } from "./case-queries";
import { vacanciesOf } from "./vacancies";

type Stored = { criteria: { criterion: Section52Criterion; rating: string; reason: string }[]; wishes: { wishId: string; answer: string; reason: string }[] };

/**
 * The decision page: before the decision, the sites that said yes (with their ratings to start from) and
 * the wishes to answer; after it, the decision as the child and the parents will read it, who has been told,
 * and the move. Reached and audited through loadMatchingCase.
 */
export const loadDecisionPage = cache(async (actor: Actor, caseId: string) => {
  const c = await loadMatchingCase(actor, caseId);
  if (!c) return null;
  const db = await getDb();
  const row = await db.matchingCase.findUniqueOrThrow({
    where: { id: c.id },
    select: {
      proposedCandidateId: true, moveDate: true,
      child: { select: { id: true, name: true, birthDate: true, family: { select: { parents: { orderBy: { createdAt: "asc" }, select: { id: true, name: true, hasCustody: true } } } } } },
      candidates: { where: { answer: "ACCEPTED" }, orderBy: { createdAt: "asc" }, select: { id: true, site: { select: { id: true, name: true, kind: true } }, ratings: { select: { criterion: true, rating: true, note: true } } } },
      wishes: { where: { notHeardReason: null, NOT: { words: "" } }, orderBy: { createdAt: "asc" }, select: { id: true, person: true, words: true } },
      decision: { select: { decidedOn: true, criteria: true, wishes: true, candidateId: true, placement: { select: { startDate: true, site: { select: { name: true } } } } } },
      notices: { select: { partyKind: true, partyId: true, communicatedOn: true, how: true } },
      profiles: { orderBy: { version: "desc" }, take: 1, select: { inSchool: true, hasSiblings: true } },
    },
  });
  const vacancies = await vacanciesOf(db, row.candidates.map((x) => x.site.id));
  const parents = row.child.family.parents;
  const nameOf = (person: string) => (person === "CHILD" ? row.child.name : (parents.find((p) => p.id === person)?.name ?? ""));
  const wishes = row.wishes.map((w) => ({ id: w.id, person: w.person, name: nameOf(w.person), isChild: w.person === "CHILD", words: w.words }));
  const decidedOn = row.decision ? fromDbDate(row.decision.decidedOn) : null;
  const parties = decidedOn
    ? partiesToInform({ id: row.child.id, birthDate: fromDbDate(row.child.birthDate) }, parents, decidedOn).map((p) => {
      const notice = row.notices.find((n) => n.partyKind === p.kind && n.partyId === p.id);
      return { ...p, name: p.kind === "CHILD" ? row.child.name : nameOf(p.id), communicatedOn: notice ? fromDbDate(notice.communicatedOn) : null, how: notice?.how ?? "" };
    })
    : [];
  const context = { inSchool: row.profiles[0]?.inSchool ?? true, hasSiblings: row.profiles[0]?.hasSiblings ?? true };
  const stored = row.decision as unknown as (Stored & { decidedOn: Date; candidateId: string; placement: { startDate: Date; site: { name: string } } }) | null;
  return {
    c,
    accepted: row.candidates.map((x) => ({ id: x.id, site: x.site, vacancies: vacancies.get(x.site.id) ?? 0, ratings: x.ratings })),
    proposedCandidateId: row.proposedCandidateId,
    wishes,
    mayBeNotApplicable: Object.fromEntries(SECTION_52_CRITERIA.map((k) => [k, criterionMayBeNotApplicable(k, context)])) as Record<Section52Criterion, boolean>,
    decision: stored && decidedOn ? {
      decidedOn,
      site: stored.placement.site.name,
      plannedMove: fromDbDate(stored.placement.startDate),
      criteria: stored.criteria,
      wishes: stored.wishes.map((a) => ({ ...a, ...(wishes.find((w) => w.id === a.wishId) ?? { name: "", words: "", isChild: false }) })),
    } : null,
    parties,
    moveDate: fromDbDateOrNull(row.moveDate),
  };
});

export type DecisionPage = NonNullable<Awaited<ReturnType<typeof loadDecisionPage>>>;

import "server-only";
import type { Db } from "@/server/db";
import type { Tx } from "@/server/audit";
import { fromDbDate, fromDbDateOrNull } from "@/server/dates";
import { allPartiesInformed, isHeard, partiesToInform, type MatchingSnapshot } from "@/domain/matching";
import { vacanciesOf } from "./vacancies";

/**
 * The recorded facts of one matching case in the shape the domain's rules read (src/domain/matching).
 * Call it inside the command's transaction after reaching the case through the actor's scope.
 */
export async function loadMatchingSnapshot(db: Db | Tx, caseId: string): Promise<MatchingSnapshot> {
  const c = await db.matchingCase.findUniqueOrThrow({
    where: { id: caseId },
    select: {
      stage: true, urgency: true, proposedCandidateId: true, moveDate: true,
      child: { select: { id: true, birthDate: true, family: { select: { parents: { select: { id: true, hasCustody: true } } } } } },
      profiles: { select: { id: true }, take: 1 },
      wishes: { select: { person: true, words: true, heardOn: true, notHeardReason: true } },
      candidates: { orderBy: { createdAt: "asc" }, select: { id: true, siteId: true, referralSentOn: true, answer: true, _count: { select: { visits: true } } } },
      decision: { select: { candidateId: true, decidedOn: true, placement: { select: { endDate: true } } } },
      notices: { select: { partyKind: true, partyId: true } },
    },
  });
  const vacancies = await vacanciesOf(db, c.candidates.map((x) => x.siteId));
  const heard = (person: string) => isHeard(c.wishes.find((w) => w.person === person));
  const parents = c.child.family.parents;
  const decidedOn = c.decision ? fromDbDate(c.decision.decidedOn) : null;
  const parties = decidedOn ? partiesToInform({ id: c.child.id, birthDate: fromDbDate(c.child.birthDate) }, parents, decidedOn) : [];
  return {
    stage: c.stage,
    urgency: c.urgency,
    hasProfile: c.profiles.length > 0,
    childHeard: heard("CHILD"),
    parents: parents.map((p) => ({ id: p.id, heard: heard(p.id) })),
    candidates: c.candidates.map((x) => ({
      id: x.id,
      siteId: x.siteId,
      referralSentOn: fromDbDateOrNull(x.referralSentOn),
      answer: x.answer,
      vacancies: vacancies.get(x.siteId) ?? 0,
      visits: x._count.visits,
    })),
    proposedCandidateId: c.proposedCandidateId,
    decision: c.decision && decidedOn ? { candidateId: c.decision.candidateId, decidedOn } : null,
    moveDate: fromDbDateOrNull(c.moveDate),
    partiesInformed: decidedOn !== null && allPartiesInformed(parties, c.notices.map((n) => ({ kind: n.partyKind, id: n.partyId }))),
    placementEnded: !!c.decision?.placement.endDate,
  };
}

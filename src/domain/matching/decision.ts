import type { CalendarDate } from "../method/calendar";
import { ageOn } from "../people/placements";
import { criterionMayBeNotApplicable, SECTION_52_CRITERIA, type CriteriaContext, type CriterionRating, type Section52Criterion } from "./criteria";
import { refuseMatch, type MatchingRefusal } from "./reasons";
import type { MatchingSnapshot } from "./stages";

// The § 52 decision: the chosen site, a reason for every criterion, and an answer to every wish the child
// and the parents gave. Going against a wish needs a reason: it is what the child and the parents will read.

export const WISH_ANSWERS = ["FOLLOWED", "PARTLY", "NOT_FOLLOWED"] as const;
export type WishAnswer = (typeof WISH_ANSWERS)[number];

/** From this age the child is a party to the case (Barnets Lov § 3) and is told of the decision in its own right. */
export const CHILD_PARTY_AGE = 10;

export interface DecisionInput {
  candidateId: string;
  decidedOn: CalendarDate;
  criteria: readonly { criterion: Section52Criterion; rating: CriterionRating | null; reason: string }[];
  wishes: readonly { wishId: string; answer: WishAnswer | null; reason: string }[];
}

/** Every refusal of the decision, field by field, so the form can mark each; empty when it may be taken. */
export function checkDecision(
  s: MatchingSnapshot,
  input: DecisionInput,
  facts: { wishIds: readonly string[]; context: CriteriaContext },
  today: CalendarDate,
): MatchingRefusal[] {
  if (s.stage !== "DECISION") return [refuseMatch("MATCH_STAGE_NOT_NEXT", "stage")];
  const refusals: MatchingRefusal[] = [];
  const candidate = s.candidates.find((c) => c.id === input.candidateId);
  if (!candidate || candidate.answer !== "ACCEPTED") refusals.push(refuseMatch("MATCH_CANDIDATE_NOT_ACCEPTED", "candidateId"));
  else if (candidate.vacancies < 1) refusals.push(refuseMatch("MATCH_NO_VACANCY", "candidateId"));
  if (input.decidedOn > today) refusals.push(refuseMatch("MATCH_DECISION_IN_FUTURE", "decidedOn"));

  for (const criterion of SECTION_52_CRITERIA) {
    const given = input.criteria.find((c) => c.criterion === criterion);
    const field = `criteria.${criterion}`;
    if (!given?.rating) refusals.push(refuseMatch("MATCH_CRITERION_UNRATED", `${field}.rating`));
    else if (given.rating === "NOT_APPLICABLE" && !criterionMayBeNotApplicable(criterion, facts.context)) {
      refusals.push(refuseMatch("MATCH_CRITERION_NOT_APPLICABLE", `${field}.rating`));
    }
    if (!given?.reason.trim()) refusals.push(refuseMatch("MATCH_CRITERION_REASON_REQUIRED", `${field}.reason`));
  }

  for (const wishId of facts.wishIds) {
    const given = input.wishes.find((w) => w.wishId === wishId);
    const field = `wishes.${wishId}`;
    if (!given?.answer) refusals.push(refuseMatch("MATCH_WISH_UNANSWERED", `${field}.answer`));
    else if (given.answer !== "FOLLOWED" && !given.reason.trim()) refusals.push(refuseMatch("MATCH_WISH_REASON_REQUIRED", `${field}.reason`));
  }
  return refusals;
}

/** Who must be told of the decision: each parent with custody, and the child from 10 on the day of the decision. */
export function partiesToInform(
  child: { id: string; birthDate: CalendarDate },
  parents: readonly { id: string; hasCustody: boolean }[],
  decidedOn: CalendarDate,
): { kind: "CHILD" | "PARENT"; id: string }[] {
  const parties: { kind: "CHILD" | "PARENT"; id: string }[] = parents.filter((p) => p.hasCustody).map((p) => ({ kind: "PARENT", id: p.id }));
  if (ageOn(child.birthDate, decidedOn) >= CHILD_PARTY_AGE) parties.unshift({ kind: "CHILD", id: child.id });
  return parties;
}

export function allPartiesInformed(parties: readonly { kind: string; id: string }[], informed: readonly { kind: string; id: string }[]): boolean {
  return parties.every((p) => informed.some((i) => i.kind === p.kind && i.id === p.id));
}

/** How the decision answered a person's wishes, for the statistics: all followed, some not, or none recorded. */
export function wishesOutcome(answers: readonly (WishAnswer | null)[]): "FOLLOWED" | "PARTLY" | "NOT_FOLLOWED" | "NONE" {
  const given = answers.filter((a): a is WishAnswer => a !== null);
  if (given.length === 0) return "NONE";
  if (given.every((a) => a === "FOLLOWED")) return "FOLLOWED";
  if (given.every((a) => a === "NOT_FOLLOWED")) return "NOT_FOLLOWED";
  return "PARTLY";
}

/** The move the decision plans: on the day of the decision or later. */
export function checkPlannedMove(decidedOn: CalendarDate, moveOn: CalendarDate): MatchingRefusal | null {
  return moveOn < decidedOn ? refuseMatch("MATCH_MOVE_BEFORE_DECISION", "moveOn", { date: decidedOn }) : null;
}

/** A party is told of the decision on the day of the decision or later, and not in the future. */
export function checkNotice(parties: readonly { kind: string; id: string }[], party: { kind: string; id: string }, decidedOn: CalendarDate, communicatedOn: CalendarDate, today: CalendarDate): MatchingRefusal | null {
  if (!parties.some((p) => p.kind === party.kind && p.id === party.id)) return refuseMatch("MATCH_NOT_A_PARTY", "partyId");
  if (communicatedOn < decidedOn) return refuseMatch("MATCH_NOTICE_BEFORE_DECISION", "communicatedOn", { date: decidedOn });
  if (communicatedOn > today) return refuseMatch("MATCH_NOTICE_IN_FUTURE", "communicatedOn");
  return null;
}

import { daysBetween, type CalendarDate } from "../method/calendar";
import { addMonths } from "./months";
import { refuseMatch, type MatchingRefusal } from "./reasons";

// A matching case moves through the stages of Styrket match in order. Each step forward has a gate that
// the case's recorded facts must pass; the case can go back to the search when the shortlist fails, and be
// withdrawn (with a reason) until the decision is taken. The decision itself is its own command
// (checkDecision): it is the step from DECISION to TRANSITION.
export const MATCHING_STAGES = [
  "PROFILE",
  "SEARCH",
  "SHORTLIST",
  "VISITS",
  "PROPOSAL",
  "DECISION",
  "TRANSITION",
  "FIRST_YEAR",
  "CLOSED",
  "WITHDRAWN",
] as const;
export type MatchingStage = (typeof MATCHING_STAGES)[number];

export const URGENCIES = ["PLANNED", "ACUTE"] as const;
export type Urgency = (typeof URGENCIES)[number];

export const REFERRAL_ANSWERS = ["PENDING", "ACCEPTED", "DECLINED", "QUESTION"] as const;
export type ReferralAnswer = (typeof REFERRAL_ANSWERS)[number];

const ORDER: readonly MatchingStage[] = MATCHING_STAGES.slice(0, 9);
const ENDED: readonly MatchingStage[] = ["CLOSED", "WITHDRAWN"];
const DECIDED: readonly MatchingStage[] = ["TRANSITION", "FIRST_YEAR", "CLOSED"];
const RETURNABLE: readonly MatchingStage[] = ["SHORTLIST", "VISITS", "PROPOSAL", "DECISION"];

export interface MatchingCandidate {
  id: string;
  siteId: string;
  referralSentOn: CalendarDate | null;
  answer: ReferralAnswer;
  /** The site's free places now (approved places minus children placed there). */
  vacancies: number;
  visits: number;
}

export interface MatchingSnapshot {
  stage: MatchingStage;
  urgency: Urgency;
  hasProfile: boolean;
  /** The child's wishes are written down, or why the child was not heard. */
  childHeard: boolean;
  parents: readonly { id: string; heard: boolean }[];
  candidates: readonly MatchingCandidate[];
  proposedCandidateId: string | null;
  decision: { candidateId: string; decidedOn: CalendarDate } | null;
  moveDate: CalendarDate | null;
  /** Every party (the custody holders, and the child from 10 years) has been told of the decision. */
  partiesInformed: boolean;
  placementEnded: boolean;
}

export const isEnded = (stage: MatchingStage) => ENDED.includes(stage);
export const isDecided = (stage: MatchingStage) => DECIDED.includes(stage);

/** The stage a step forward leads to; an acute case may go from the shortlist straight to the proposal. */
export function nextStages(s: Pick<MatchingSnapshot, "stage" | "urgency">): MatchingStage[] {
  const i = ORDER.indexOf(s.stage);
  if (i < 0 || i === ORDER.length - 1) return [];
  const next = [ORDER[i + 1]!];
  if (s.stage === "SHORTLIST" && s.urgency === "ACUTE") next.push("PROPOSAL");
  return next;
}

export function checkAdvance(s: MatchingSnapshot, to: MatchingStage, today: CalendarDate): MatchingRefusal | null {
  if (isEnded(s.stage)) return refuseMatch("MATCH_CASE_ENDED", "stage");
  if (to === "TRANSITION") return refuseMatch("MATCH_DECIDE_BY_DECISION", "stage");
  if (to === "WITHDRAWN") return refuseMatch("MATCH_REASON_REQUIRED", "reason");
  if (!nextStages(s).includes(to)) return refuseMatch("MATCH_STAGE_NOT_NEXT", "stage");
  return gate(s, to, today);
}

function gate(s: MatchingSnapshot, to: MatchingStage, today: CalendarDate): MatchingRefusal | null {
  const accepted = s.candidates.filter((c) => c.answer === "ACCEPTED");
  switch (to) {
    case "SEARCH":
      if (!s.hasProfile) return refuseMatch("MATCH_PROFILE_MISSING", "profile");
      if (!s.childHeard) return refuseMatch("MATCH_CHILD_NOT_HEARD", "childWishes");
      if (s.parents.some((p) => !p.heard)) return refuseMatch("MATCH_PARENT_NOT_HEARD", "parentWishes");
      return null;
    case "SHORTLIST":
      return s.candidates.length === 0 ? refuseMatch("MATCH_NO_CANDIDATES", "candidates") : null;
    case "VISITS":
      return accepted.length === 0 ? refuseMatch("MATCH_NO_ACCEPTED_REFERRAL", "candidates") : null;
    case "PROPOSAL":
      if (accepted.length === 0) return refuseMatch("MATCH_NO_ACCEPTED_REFERRAL", "candidates");
      // A planned placement is not proposed before the child has met the site; an acute one may be.
      if (s.urgency === "PLANNED" && !accepted.some((c) => c.visits > 0)) return refuseMatch("MATCH_NO_VISIT", "visits");
      return null;
    case "DECISION": {
      const proposed = s.candidates.find((c) => c.id === s.proposedCandidateId);
      if (!proposed) return refuseMatch("MATCH_NO_PROPOSAL", "proposedCandidateId");
      if (proposed.answer !== "ACCEPTED") return refuseMatch("MATCH_CANDIDATE_NOT_ACCEPTED", "proposedCandidateId");
      if (proposed.vacancies < 1) return refuseMatch("MATCH_NO_VACANCY", "proposedCandidateId");
      return null;
    }
    case "FIRST_YEAR":
      if (!s.moveDate) return refuseMatch("MATCH_NOT_MOVED", "moveDate");
      if (s.moveDate > today) return refuseMatch("MATCH_MOVE_IN_FUTURE", "moveDate");
      if (!s.partiesInformed) return refuseMatch("MATCH_PARTIES_NOT_INFORMED", "communicated");
      return null;
    case "CLOSED":
      if (!s.placementEnded && (!s.moveDate || addMonths(s.moveDate, 12) > today)) {
        return refuseMatch("MATCH_FIRST_YEAR_RUNNING", "stage", { date: s.moveDate ? addMonths(s.moveDate, 12) : today });
      }
      return null;
    default:
      return null;
  }
}

/** Withdrawing ends the case before a decision; after it the placement exists and ends as placements do. */
export function checkWithdraw(s: Pick<MatchingSnapshot, "stage">, reason: string): MatchingRefusal | null {
  if (isEnded(s.stage)) return refuseMatch("MATCH_CASE_ENDED", "stage");
  if (isDecided(s.stage)) return refuseMatch("MATCH_WITHDRAW_AFTER_DECISION", "stage");
  if (!reason.trim()) return refuseMatch("MATCH_REASON_REQUIRED", "reason");
  return null;
}

/** When every site on the shortlist falls through, the case goes back to the search (and loses its proposal). */
export function checkReturnToSearch(s: Pick<MatchingSnapshot, "stage">, reason: string): MatchingRefusal | null {
  if (isEnded(s.stage)) return refuseMatch("MATCH_CASE_ENDED", "stage");
  if (!RETURNABLE.includes(s.stage)) return refuseMatch("MATCH_CANNOT_RETURN", "stage");
  if (!reason.trim()) return refuseMatch("MATCH_REASON_REQUIRED", "reason");
  return null;
}

/** The move: on or after the decision, not in the future. */
export function checkMoveDate(s: Pick<MatchingSnapshot, "stage" | "decision">, moveDate: CalendarDate, today: CalendarDate): MatchingRefusal | null {
  if (s.stage !== "TRANSITION" || !s.decision) return refuseMatch("MATCH_STAGE_NOT_NEXT", "moveDate");
  if (moveDate < s.decision.decidedOn) return refuseMatch("MATCH_MOVE_BEFORE_DECISION", "moveDate", { date: s.decision.decidedOn });
  if (moveDate > today) return refuseMatch("MATCH_MOVE_IN_FUTURE", "moveDate");
  return null;
}

/** The deadline's standing: days left (negative when passed); only open cases before the decision have one. */
export function deadlineDaysLeft(s: Pick<MatchingSnapshot, "stage">, deadline: CalendarDate | null, today: CalendarDate): number | null {
  if (!deadline || isEnded(s.stage) || isDecided(s.stage)) return null;
  return daysBetween(today, deadline);
}

import type { CalendarDate } from "../method/calendar";
import { ageOn } from "../people/placements";
import { refuseMatch, type MatchingRefusal } from "./reasons";
import { isDecided, isEnded, type MatchingCandidate, type MatchingStage } from "./stages";

// What a placement site is sent before it is chosen: enough to answer yes or no, nothing that names the
// child or the family. The free texts are the caseworker's, so they are searched for the names and the
// address before the referral may go out.

export interface ReferralProfile {
  birthDate: CalendarDate;
  needs: string;
  resources: string;
  school: string;
  siblings: string;
  health: string;
  languageCulture: string;
  interests: string;
  network: string;
  childWishes: string;
  parentWishes: string;
}

export type AnonymisedReferral = Omit<ReferralProfile, "birthDate"> & { ageYears: number };

export function anonymisedReferral(profile: ReferralProfile, today: CalendarDate): AnonymisedReferral {
  const { birthDate, ...texts } = profile;
  return { ageYears: ageOn(birthDate, today), ...texts };
}

// A Danish CPR number (ddmmyy-xxxx), with or without the dash.
const CPR = /\b\d{6}-?\d{4}\b/g;
const MIN_IDENTIFIER_LENGTH = 3;

/** The names, address words and CPR numbers found in the referral's texts, each once, as written in the text. */
export function identifyingWords(referral: AnonymisedReferral, identifiers: readonly string[]): string[] {
  const text = Object.values(referral).filter((v): v is string => typeof v === "string").join("\n");
  const words = new Set<string>();
  for (const m of text.matchAll(CPR)) words.add(m[0]);
  const tokens = identifiers.flatMap((i) => i.split(/[\s,.-]+/)).filter((t) => t.length >= MIN_IDENTIFIER_LENGTH && !/^\d+$/.test(t));
  for (const token of new Set(tokens.map((t) => t.toLocaleLowerCase("da")))) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(token)}(?![\\p{L}\\p{N}])`, "giu");
    for (const m of text.matchAll(pattern)) words.add(m[0]);
  }
  return [...words];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export function checkSendReferral(stage: MatchingStage, candidate: MatchingCandidate, referral: AnonymisedReferral, identifiers: readonly string[]): MatchingRefusal | null {
  if (isEnded(stage) || isDecided(stage)) return refuseMatch("MATCH_REFERRAL_CLOSED", "candidateId");
  const found = identifyingWords(referral, identifiers);
  if (found.length > 0) return refuseMatch("MATCH_REFERRAL_IDENTIFIES", "referral", { words: found.join(", ") });
  return candidate.referralSentOn ? refuseMatch("MATCH_REFERRAL_CLOSED", "candidateId") : null;
}

/** A site answers only a referral sent to it, and only until the decision is taken. */
export function checkReferralAnswer(stage: MatchingStage, candidate: MatchingCandidate, siteId: string): MatchingRefusal | null {
  if (candidate.siteId !== siteId) return refuseMatch("MATCH_REFERRAL_NOT_YOURS", "candidateId");
  if (!candidate.referralSentOn) return refuseMatch("MATCH_REFERRAL_NOT_SENT", "candidateId");
  if (isEnded(stage) || isDecided(stage)) return refuseMatch("MATCH_REFERRAL_CLOSED", "answer");
  return null;
}

/** A site is a candidate once per case, and sites are added only while the search is open. */
export function checkAddCandidate(stage: MatchingStage, candidates: readonly MatchingCandidate[], siteId: string): MatchingRefusal | null {
  if (!["SEARCH", "SHORTLIST", "VISITS"].includes(stage)) return refuseMatch("MATCH_STAGE_NOT_NEXT", "siteId");
  if (candidates.some((c) => c.siteId === siteId)) return refuseMatch("MATCH_SITE_ALREADY_CANDIDATE", "siteId");
  return null;
}

/** The site learns who the child is only once it has been chosen by the decision. */
export function siteSeesIdentity(decision: { candidateId: string } | null, candidate: Pick<MatchingCandidate, "id">): boolean {
  return decision?.candidateId === candidate.id;
}

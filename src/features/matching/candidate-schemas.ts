import { z } from "zod";
import { CRITERION_RATINGS, REFERRAL_ANSWERS, SECTION_52_CRITERIA } from "@/domain/matching";
import { calendarDate, id, optionalText, version } from "@/server/schemas";

export const addCandidateInput = z.object({ caseId: id, siteId: id });
export const candidateRefInput = z.object({ candidateId: id, version });

/** One row per § 52 criterion; a blank rating is "not rated yet". */
export const rateCandidateInput = z.object({
  candidateId: id,
  ratings: z.array(z.object({
    criterion: z.enum(SECTION_52_CRITERIA),
    rating: z.preprocess((v) => (v === "" ? null : v), z.enum(CRITERION_RATINGS).nullable()),
    note: optionalText(2000),
  })).max(SECTION_52_CRITERIA.length),
});

export const recordVisitInput = z.object({
  candidateId: id,
  visitedOn: calendarDate,
  childHowWasIt: optionalText(2000),
  childNeedsNow: optionalText(2000),
  parentsHowWasIt: optionalText(2000),
  parentsNeedsNow: optionalText(2000),
});

export const proposeCandidateInput = z.object({ caseId: id, version, candidateId: id });

export const answerReferralInput = z.object({
  candidateId: id,
  version,
  answer: z.enum(REFERRAL_ANSWERS.filter((a) => a !== "PENDING") as ["ACCEPTED", "DECLINED", "QUESTION"]),
  note: optionalText(2000),
}).refine((v) => v.answer !== "QUESTION" || v.note.length > 0, { path: ["note"], message: "reasons.MATCH_QUESTION_NEEDS_TEXT" });

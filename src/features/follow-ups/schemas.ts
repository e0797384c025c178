import { z } from "zod";
import { RATING_SCALE } from "@/domain/method";
import { calendarDate, checkbox, id, optionalText, requestId, version, wholeNumber } from "@/server/schemas";

export const ratingInput = z.object({
  goalId: id,
  rating: wholeNumber(RATING_SCALE.min, RATING_SCALE.max),
  note: optionalText(2000),
});

export const recordFollowUpInput = z.object({
  familyId: id,
  requestId,
  /** The phase the form was opened on and its row version: a phase ended or changed since is a conflict. */
  phaseId: id,
  phaseVersion: version,
  date: calendarDate,
  parentsPresent: checkbox,
  withWhom: optionalText(500),
  agreedUntilNext: optionalText(4000),
  ratings: z.array(ratingInput).min(1).max(12),
});

import { z } from "zod";
import { calendarDate, checkbox, id, optionalText, requestId } from "@/server/schemas";

export const ratingInput = z.object({
  goalId: id,
  rating: z.coerce.number().int().min(0).max(10),
  note: optionalText(2000),
});

export const recordFollowUpInput = z.object({
  familyId: id,
  requestId,
  date: calendarDate,
  parentsPresent: checkbox,
  withWhom: optionalText(500),
  agreedUntilNext: optionalText(4000),
  ratings: z.array(ratingInput).min(1).max(12),
});

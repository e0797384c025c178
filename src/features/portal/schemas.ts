import { z } from "zod";
import { id, optionalText, shortText, version } from "@/server/schemas";

/** A parent's answer to the plan version put before them: yes, or no with why. */
export const respondToPlanInput = z.object({
  planVersionId: id,
  /** The row version the parent read: a draft changed since is a conflict, and the parent sees the new one. */
  rowVersion: version,
  answer: z.enum(["AGREE", "DISAGREE"]),
  reason: optionalText(2000),
});

/** "" is a goal left unrated this time; anything else must be a number (the 0–10 scale is the domain's rule). */
const optionalRating = z.preprocess(
  (v) => (v === "" || v === undefined || v === null ? null : typeof v === "string" ? Number(v) : v),
  z.number({ message: "validation.invalid" }).nullable(),
);

export const rateGoalsInput = z.object({
  ratings: z.array(z.object({ goalId: id, rating: optionalRating, note: optionalText(500) })).min(1).max(12),
});

export const commentOnPlanInput = z.object({ text: shortText(2000) });

export const requestFileAccessInput = z.object({ text: optionalText(2000) });

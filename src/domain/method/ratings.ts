import { refuse, type Refusal } from "./reasons";

/**
 * A goal is rated on the method's 0–10 scale in whole steps. The form, the command and a database
 * CHECK constraint all hold a rating to this, so a blank or stray value never becomes a score.
 */
export const RATING_SCALE = Object.freeze({ min: 0, max: 10 });

export function isValidRating(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= RATING_SCALE.min && value <= RATING_SCALE.max;
}

/** The refusal for a rating off the scale, pointed at its field (e.g. "ratings.2.rating"). */
export function checkRating(value: unknown, field?: string): Refusal | null {
  return isValidRating(value) ? null : refuse("RATING_OUT_OF_RANGE", { min: RATING_SCALE.min, max: RATING_SCALE.max }, field);
}

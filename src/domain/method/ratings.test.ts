import { describe, expect, it } from "vitest";
import { checkRating, isValidRating, RATING_SCALE } from "./ratings";

describe("ratings", () => {
  it("are whole numbers from 0 to 10, boundaries included", () => {
    expect(RATING_SCALE).toEqual({ min: 0, max: 10 });
    for (const ok of [0, 1, 9, 10]) expect(isValidRating(ok)).toBe(true);
    for (const bad of [-1, 11, 4.5, Number.NaN, "5", "", null, undefined]) expect(isValidRating(bad)).toBe(false);
  });

  it("refuse an off-scale value beside its field, with the scale to show", () => {
    expect(checkRating(7, "ratings.0.rating")).toBeNull();
    expect(checkRating(11, "ratings.2.rating")).toEqual({ ok: false, reason: "RATING_OUT_OF_RANGE", params: { min: 0, max: 10 }, field: "ratings.2.rating" });
  });
});

import { describe, expect, it } from "vitest";
import { fallingRatings, type RatedGoal } from "./falling";

const r = (lineageId: string, date: string, rating: number, familyId = "f1"): RatedGoal => ({ familyId, familyName: `Familien ${familyId}`, lineageId, goalTitle: `Mål ${lineageId}`, date, rating });

describe("ratings that fell", () => {
  it("lists a goal whose latest rating is below the one before, worst drop first", () => {
    const list = fallingRatings([
      r("a", "2026-10-01", 6), r("a", "2026-11-15", 5),
      r("b", "2026-10-01", 8), r("b", "2026-11-10", 4, "f1"),
      r("c", "2026-10-01", 3), r("c", "2026-11-12", 7),
    ], "2026-10-26");
    expect(list.map((x) => [x.goalTitle, x.previous, x.latest])).toEqual([["Mål b", 8, 4], ["Mål a", 6, 5]]);
  });

  it("compares with the previous rating, not the first, and ignores order of input", () => {
    const list = fallingRatings([r("a", "2026-11-20", 5), r("a", "2026-09-01", 9), r("a", "2026-11-05", 4)], "2026-10-26");
    expect(list).toEqual([]);
  });

  it("leaves out goals rated once and drops older than the window", () => {
    expect(fallingRatings([r("a", "2026-11-20", 2), r("b", "2026-09-01", 8), r("b", "2026-10-01", 3)], "2026-10-26")).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { brokeDownWithinYears, oldEnoughFor, placementOutcomes, type PlacementOutcomeRow } from "./statistics";

const row = (over: Partial<PlacementOutcomeRow> = {}): PlacementOutcomeRow => ({
  startDate: "2024-03-01", endDate: null, brokeDown: false, siteKind: "FOSTER_FAMILY", childWish: "FOLLOWED", parentWish: "NONE", ...over,
});

describe("the matching figures", () => {
  it("counts a placement towards a span only once it has lasted or could have lasted that long", () => {
    expect(oldEnoughFor("2025-11-28", 1, "2026-11-28")).toBe(true);
    expect(oldEnoughFor("2025-11-29", 1, "2026-11-28")).toBe(false);
    // 29 February plus a year is the last day of February.
    expect(oldEnoughFor("2024-02-29", 1, "2025-02-28")).toBe(true);
  });

  it("takes a breakdown only when the placement ended as one within the span", () => {
    expect(brokeDownWithinYears(row({ endDate: "2025-02-28", brokeDown: true }), 1)).toBe(true);
    expect(brokeDownWithinYears(row({ endDate: "2025-03-01", brokeDown: true }), 1)).toBe(false);
    expect(brokeDownWithinYears(row({ endDate: "2025-03-01", brokeDown: true }), 2)).toBe(true);
    // A return home is an ending, not a breakdown.
    expect(brokeDownWithinYears(row({ endDate: "2024-06-01", brokeDown: false }), 1)).toBe(false);
  });

  it("groups by start year, site kind and whether the wishes were followed, leaving out what has not started", () => {
    const today = "2026-11-28";
    const out = placementOutcomes([
      row({ startDate: "2024-03-01", endDate: "2024-09-01", brokeDown: true, siteKind: "CHILDRENS_HOME", childWish: "NOT_FOLLOWED" }),
      row({ startDate: "2024-05-01", endDate: "2025-12-01", brokeDown: true }),
      row({ startDate: "2026-01-10", endDate: "2026-03-01", brokeDown: true, childWish: "NO_DECISION", parentWish: "NO_DECISION" }),
      row({ startDate: "2026-12-01" }),
    ], today);
    expect(out.total.all).toEqual({ started: 3, counted: { 1: 2, 2: 2 }, brokeDown: { 1: 1, 2: 2 } });
    expect(out.startYear["2026"]).toEqual({ started: 1, counted: { 1: 0, 2: 0 }, brokeDown: { 1: 0, 2: 0 } });
    expect(out.siteKind.CHILDRENS_HOME).toEqual({ started: 1, counted: { 1: 1, 2: 1 }, brokeDown: { 1: 1, 2: 1 } });
    expect(out.childWish.FOLLOWED).toEqual({ started: 1, counted: { 1: 1, 2: 1 }, brokeDown: { 1: 0, 2: 1 } });
    expect(out.parentWish.NO_DECISION?.started).toBe(1);
  });
});

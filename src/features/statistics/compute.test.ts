import { describe, expect, it } from "vitest";
import { DEFAULT_METHOD_CONFIG } from "@/domain/method";
import { median, municipalityStatistics, type StatsFamily } from "./compute";

const family = (over: Partial<StatsFamily>): StatsFamily => ({
  id: "f", stage: "CHANGE", phases: [], followUps: [], goals: [], ratings: [], sessions: [], ...over,
});
const period = { from: "2026-01-01", to: "2026-12-31" };

describe("evaluation figures", () => {
  it("takes the median of odd and even lists", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });

  it("counts follow-ups held on time among due dates whose window has closed", () => {
    // Change phase from 2 Feb, 8 weeks: due 16 Feb, 2 Mar, 16 Mar. Held 17 Feb (on time) and 9 Mar (late).
    const f = family({
      phases: [{ id: "c", kind: "CHANGE", startDate: "2026-02-02", plannedWeeks: 8, followUpIntervalDays: 14, endDate: "2026-03-29", assessment: null }],
      followUps: [{ phaseId: "c", date: "2026-02-17" }, { phaseId: "c", date: "2026-03-09" }],
    });
    const s = municipalityStatistics([f], period, "2026-04-01", DEFAULT_METHOD_CONFIG);
    expect(s.followUps).toEqual({ due: 3, onTime: 1, share: 1 / 3 });
    expect(s.medianWeeks.CHANGE).toBe(8);
  });

  it("measures rating change from each goal's first to latest rating, and counts sessions and goals", () => {
    const f = family({
      goals: [{ lineageId: "a", status: "REACHED" }, { lineageId: "b", status: "DROPPED" }, { lineageId: "c", status: "ACTIVE" }],
      ratings: [
        { lineageId: "a", date: "2026-02-16", rating: 3 }, { lineageId: "a", date: "2026-03-02", rating: 7 },
        { lineageId: "b", date: "2026-02-16", rating: 5 }, { lineageId: "b", date: "2026-03-02", rating: 4 },
        { lineageId: "c", date: "2026-03-02", rating: 6 },
      ],
      sessions: [{ date: "2026-02-01", status: "HELD" }, { date: "2026-02-08", status: "CANCELLED_BY_PARENT" }, { date: "2025-12-30", status: "HELD" }],
    });
    const s = municipalityStatistics([f, family({ id: "g", stage: "CLOSED" }), family({ id: "h", stage: "AWAITING_ASSESSMENT" })], period, "2026-04-01", DEFAULT_METHOD_CONFIG);
    expect(s.ratingChange).toEqual({ goals: 2, mean: 1.5, median: 1.5 });
    expect(s.goals).toEqual({ reached: 1, dropped: 1, active: 1 });
    expect(s.sessions).toEqual({ held: 1, cancelled: 1 });
    expect(s.perPhase).toEqual({ START_UP: 0, CHANGE: 1, MAINTENANCE: 0, AWAITING_ASSESSMENT: 1, AWAITING_NEXT_PHASE: 0, CLOSED: 1 });
  });
});

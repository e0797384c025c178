import { describe, expect, it } from "vitest";
import {
  MAX_BACKFILL_DAYS, SESSION_HORIZON_DAYS, needsTopUp, nextSessions, plannedDates, supersedeWindow, topUpWindow, versionPeriods,
  type ContactPlanVersionRhythm, type SessionStatus,
} from "./schedule";

// Saturday 28 November 2026; its horizon (182 days on) is Saturday 29 May 2027, a year back is 28 November 2025.
const TODAY = "2026-11-28";
const HORIZON = "2027-05-29";
const YEAR_BACK = "2025-11-28";

const v = (number: number, over: Partial<ContactPlanVersionRhythm>): ContactPlanVersionRhythm => ({ number, frequency: "WEEKLY", validFrom: "2026-01-05", validTo: null, ...over });

describe("which version governs which days", () => {
  it("a later version takes over from its start; the earlier one stops the day before", () => {
    expect(versionPeriods([v(2, { validFrom: "2026-03-02" }), v(1, {})])).toEqual([
      { number: 1, from: "2026-01-05", to: "2026-03-01" },
      { number: 2, from: "2026-03-02", to: null },
    ]);
  });
  it("an earlier version that ended before the next one began keeps its own end", () => {
    expect(versionPeriods([v(1, { validTo: "2026-02-01" }), v(2, { validFrom: "2026-03-02" })])[0]).toEqual({ number: 1, from: "2026-01-05", to: "2026-02-01" });
  });
  it("a version dated back before an earlier version's start replaces that version entirely", () => {
    expect(versionPeriods([v(1, { validFrom: "2026-05-04" }), v(2, { validFrom: "2026-04-06" })])).toEqual([{ number: 2, from: "2026-04-06", to: null }]);
  });
  it("each date comes from the version that governs it, each rhythm counted from its own start", () => {
    const dates = plannedDates([v(1, {}), v(2, { frequency: "EVERY_OTHER_WEEK", validFrom: "2026-01-21" })], { from: "2026-01-01", to: "2026-02-28" });
    expect(dates).toEqual([
      { date: "2026-01-05", number: 1 }, { date: "2026-01-12", number: 1 }, { date: "2026-01-19", number: 1 },
      { date: "2026-01-21", number: 2 }, { date: "2026-02-04", number: 2 }, { date: "2026-02-18", number: 2 },
    ]);
  });
  it("monthly, every other weekend and custom plans stop at their end date inside a wider window", () => {
    const window = { from: "2026-01-01", to: HORIZON };
    expect(plannedDates([v(1, { frequency: "MONTHLY", validFrom: "2026-01-31", validTo: "2026-04-15" })], window).map((d) => d.date)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31"]);
    expect(plannedDates([v(1, { frequency: "EVERY_OTHER_WEEKEND", validFrom: "2026-11-04", validTo: "2026-12-10" })], window).map((d) => d.date)).toEqual(["2026-11-07", "2026-11-21", "2026-12-05"]);
    expect(plannedDates([v(1, { frequency: "CUSTOM", validFrom: "2026-01-01", validTo: "2026-12-31", customDates: ["2026-12-24", "2026-02-02"] })], window).map((d) => d.date)).toEqual(["2026-02-02", "2026-12-24"]);
  });
});

describe("the rolling horizon", () => {
  it("is half a year ahead and at most a year back", () => {
    expect([SESSION_HORIZON_DAYS, MAX_BACKFILL_DAYS]).toEqual([182, 365]);
    expect(topUpWindow(null, TODAY)).toEqual({ from: YEAR_BACK, to: HORIZON });
  });
  it("fills only the days after those already generated, and nothing when the horizon is reached", () => {
    expect(topUpWindow("2027-05-20", TODAY)).toEqual({ from: "2027-05-21", to: HORIZON });
    expect(topUpWindow(HORIZON, TODAY)).toBeNull();
    expect(topUpWindow("2027-12-31", TODAY)).toBeNull();
  });
  it("moves one day with each day that passes, so an open-ended plan never runs out", () => {
    expect(topUpWindow(HORIZON, "2026-11-29")).toEqual({ from: "2027-05-30", to: "2027-05-30" });
    expect(topUpWindow(HORIZON, "2027-11-28")).toEqual({ from: "2027-05-30", to: "2028-05-28" });
    const openEnded = [v(1, { validFrom: "2026-01-05" })];
    expect(plannedDates(openEnded, topUpWindow(HORIZON, "2027-11-28")!).at(-1)?.date).toBe("2028-05-22");
  });
  it("never reaches more than a year back, however old the last generated day", () => {
    expect(topUpWindow("2020-01-01", TODAY)).toEqual({ from: YEAR_BACK, to: HORIZON });
  });
  it("a page read tops up only when less than the slack is left before the horizon", () => {
    expect(needsTopUp(null, TODAY)).toBe(true);
    expect(needsTopUp(HORIZON, TODAY)).toBe(false);
    expect(needsTopUp("2027-05-22", TODAY)).toBe(false); // exactly 7 days short
    expect(needsTopUp("2027-05-21", TODAY)).toBe(true);
  });
});

describe("a newly saved version", () => {
  it("rewrites from its own start, also in the past, up to the horizon", () => {
    expect(supersedeWindow("2026-10-01", TODAY)).toEqual({ from: "2026-10-01", to: HORIZON });
    expect(supersedeWindow("2027-01-04", TODAY)).toEqual({ from: "2027-01-04", to: HORIZON });
  });
  it("a plan valid from a past date gets its past sessions", () => {
    const dates = plannedDates([v(1, { validFrom: "2026-10-05" })], supersedeWindow("2026-10-05", TODAY)).map((d) => d.date);
    expect(dates.slice(0, 3)).toEqual(["2026-10-05", "2026-10-12", "2026-10-19"]);
    expect(dates.filter((d) => d < TODAY)).toHaveLength(8);
    expect(dates.at(-1)).toBe("2027-05-24");
  });
  it("a plan dated years back gets at most a year of past sessions, on its own weekday", () => {
    const dates = plannedDates([v(1, { validFrom: "2020-01-06" })], supersedeWindow("2020-01-06", TODAY)).map((d) => d.date);
    expect(dates[0]).toBe("2025-12-01");
  });
});

describe("the next sessions", () => {
  it("are the first five still planned from today on", () => {
    const s = (date: string, status: SessionStatus = "PLANNED") => ({ date, status });
    const sessions = [s("2026-11-21"), s("2026-12-26"), s("2026-11-28", "HELD"), s("2026-12-05"), s("2026-12-12", "CANCELLED_BY_PARENT"), s("2026-12-19"), s("2027-01-02"), s("2027-01-09"), s("2026-11-29")];
    expect(nextSessions(sessions, TODAY).map((x) => x.date)).toEqual(["2026-11-29", "2026-12-05", "2026-12-19", "2026-12-26", "2027-01-02"]);
  });
});

import { describe, expect, it } from "vitest";
import { DEFAULT_METHOD_CONFIG } from "./config";
import { isPastPlannedEnd, phaseLengthDays, plannedEndDate, startUpWarning, weekOfPhase, weeksIntoPhase } from "./phase-dates";
import { change, inChange, snapshot, startUp } from "./test-fixtures";

describe("plannedEndDate (the last day of the phase, inclusive)", () => {
  it("is start + weeks×7 − 1", () => {
    // Monday 5 January + 83 days = Sunday 29 March (the night the clocks go forward).
    expect(plannedEndDate({ startDate: "2026-01-05", plannedWeeks: 12 })).toBe("2026-03-29");
    // Monday 2 February + 55 days: 26 days to 28 February, 29 more = 29 March.
    expect(plannedEndDate({ startDate: "2026-02-02", plannedWeeks: 8 })).toBe("2026-03-29");
    // 16 weeks across the 2028 leap day: 10 January + 111 days = 30 April (Feb has 29 days).
    expect(plannedEndDate({ startDate: "2028-01-10", plannedWeeks: 16 })).toBe("2028-04-30");
  });

  it("is null for start-up, which has no planned length", () => {
    expect(plannedEndDate(startUp())).toBeNull();
  });

  it("counts both ends in a phase's length", () => {
    expect(phaseLengthDays("2026-02-02", "2026-02-02")).toBe(1);
    expect(phaseLengthDays("2026-02-02", "2026-03-29")).toBe(56); // 8 weeks
  });
});

describe("weeks into a phase", () => {
  it("counts completed weeks, and the running week from 1", () => {
    const phase = { startDate: "2026-02-02" };
    expect(weeksIntoPhase(phase, "2026-02-02")).toBe(0);
    expect(weeksIntoPhase(phase, "2026-02-08")).toBe(0);
    expect(weeksIntoPhase(phase, "2026-02-09")).toBe(1);
    expect(weeksIntoPhase(phase, "2026-03-29")).toBe(7); // the 56th day: last day of week 8
    expect(weekOfPhase(phase, "2026-03-29")).toBe(8);
    expect(weekOfPhase(phase, "2026-02-02")).toBe(1);
    expect(weeksIntoPhase(phase, "2026-01-30")).toBe(0); // not negative before the start
  });

  it("knows when a running phase has passed its planned last day", () => {
    const eight = change({ plannedWeeks: 8 }); // last day 29 March 2026
    expect(isPastPlannedEnd(eight, "2026-03-29")).toBe(false);
    expect(isPastPlannedEnd(eight, "2026-03-30")).toBe(true);
    expect(isPastPlannedEnd(change({ plannedWeeks: 8, endDate: "2026-03-29" }), "2026-04-10")).toBe(false);
  });
});

describe("startUpWarning", () => {
  const s = snapshot({ phases: [startUp("2026-01-05")] });

  it("warns once start-up has run six full weeks", () => {
    // 5 January + 41 = 15 February is the 42nd day: exactly six weeks, no warning yet.
    expect(startUpWarning(s, "2026-02-15")).toBe(false);
    // 16 February is the first day of week 7.
    expect(startUpWarning(s, "2026-02-16")).toBe(true);
  });

  it("follows the municipality's setting", () => {
    const config = { ...DEFAULT_METHOD_CONFIG, startUpWarningWeeks: 4 };
    expect(startUpWarning(s, "2026-02-01", config)).toBe(false); // 5 January + 27
    expect(startUpWarning(s, "2026-02-02", config)).toBe(true); // 5 January + 28
  });

  it("is silent outside an open start-up", () => {
    expect(startUpWarning(inChange(), "2026-06-01")).toBe(false);
    expect(startUpWarning(snapshot({ closed: true, phases: [startUp("2026-01-05", "2026-01-20")] }), "2026-06-01")).toBe(false);
  });
});

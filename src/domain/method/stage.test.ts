import { describe, expect, it } from "vitest";
import { caseStage, CASE_STAGES, type CaseSnapshot } from "./snapshot";
import { afterChange, change, inChange, maintenance, snapshot, startUp } from "./test-fixtures";

// The stage a family is shown in everywhere (family page, lists, filters, counts, statistics, CSV).
// The rows that matter most are the ones between cycles: a family whose cycle has ended is never
// "start-up" again unless it was closed and reopened.
const assessed = (decision: "START_MAINTENANCE" | "START_CHANGE" | "CLOSE") => ({ decision, date: "2026-04-27" });

const cases: [string, CaseSnapshot, (typeof CASE_STAGES)[number]][] = [
  ["just enrolled: start-up is open", snapshot(), "START_UP"],
  ["change phase running", inChange(), "CHANGE"],
  ["change phase running past its planned end (not ended yet)", inChange({ plannedWeeks: 8 }), "CHANGE"],
  ["maintenance running after an assessed change", snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change({ endDate: "2026-04-26", assessment: assessed("START_MAINTENANCE") }), maintenance()] }), "MAINTENANCE"],
  ["change ended on its planned last day, not assessed", afterChange(), "AWAITING_ASSESSMENT"],
  ["change ended early, not assessed", inChange({ endDate: "2026-03-01", earlyEndReason: "Pause" }), "AWAITING_ASSESSMENT"],
  ["maintenance ended, not assessed (the change before it was)", snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change({ endDate: "2026-04-26", assessment: assessed("START_MAINTENANCE") }), maintenance({ endDate: "2026-07-26" })] }), "AWAITING_ASSESSMENT"],
  ["change assessed, maintenance decided but not started", afterChange(assessed("START_MAINTENANCE")), "AWAITING_NEXT_PHASE"],
  ["change assessed, another change decided but not started", afterChange(assessed("START_CHANGE")), "AWAITING_NEXT_PHASE"],
  ["closed after an assessment", afterChange(assessed("CLOSE"), { closed: true }), "CLOSED"],
  ["closed from start-up", snapshot({ closed: true, phases: [startUp("2026-01-05", "2026-01-20")] }), "CLOSED"],
  ["reopened: a new start-up after the closed history", snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change({ endDate: "2026-04-26", assessment: assessed("CLOSE") }), startUp("2026-06-01", null, "s2")] }), "START_UP"],
];

describe("caseStage", () => {
  it.each(cases)("%s → %s", (_name, s, expected) => {
    expect(caseStage(s)).toBe(expected);
  });

  it("has a row above for every stage, so each stage is reachable", () => {
    expect(new Set(cases.map(([, , stage]) => stage))).toEqual(new Set(CASE_STAGES));
  });
});

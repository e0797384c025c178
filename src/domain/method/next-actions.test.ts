import { describe, expect, it } from "vitest";
import { DEFAULT_METHOD_CONFIG } from "./config";
import { allowedActionNames, allowedNextActions, isAllowed, type ActionAvailability, type CaseAction } from "./next-actions";
import { afterChange, inChange, snapshot } from "./test-fixtures";

const refusal = (list: ActionAvailability[], action: CaseAction) => {
  const entry = list.find((a) => a.action === action)!;
  return entry.allowed ? null : entry.params ? { reason: entry.reason, params: entry.params } : { reason: entry.reason };
};

describe("allowedNextActions", () => {
  it("lists every action once, in a fixed order", () => {
    expect(allowedNextActions(snapshot(), "2026-02-02").map((a) => a.action)).toEqual([
      "START_CHANGE", "START_MAINTENANCE", "EXTEND_PHASE", "END_PHASE", "RECORD_ASSESSMENT", "RECORD_FOLLOW_UP", "CLOSE", "REOPEN",
    ]);
  });

  it("in start-up with an agreed plan: start the change phase or close", () => {
    const next = allowedNextActions(snapshot(), "2026-02-02");
    expect(allowedActionNames(next)).toEqual(["START_CHANGE", "CLOSE"]);
    expect(next.filter((a) => !a.allowed)).toEqual([
      { action: "START_MAINTENANCE", allowed: false, reason: "MAINTENANCE_NOT_FROM_START_UP" },
      { action: "EXTEND_PHASE", allowed: false, reason: "NO_RUNNING_PHASE" },
      { action: "END_PHASE", allowed: false, reason: "NO_RUNNING_PHASE" },
      { action: "RECORD_ASSESSMENT", allowed: false, reason: "NOTHING_TO_ASSESS" },
      { action: "RECORD_FOLLOW_UP", allowed: false, reason: "FOLLOW_UP_OUTSIDE_ACTIVE_PHASE" },
      { action: "REOPEN", allowed: false, reason: "CASE_NOT_CLOSED" },
    ]);
  });

  it("explains why the change phase cannot start yet", () => {
    expect(refusal(allowedNextActions(snapshot({ plan: null }), "2026-02-02"), "START_CHANGE")).toEqual({ reason: "PLAN_NOT_AGREED" });
    expect(refusal(allowedNextActions(snapshot({ plan: { agreed: true, activeGoalCount: 7 } }), "2026-02-02"), "START_CHANGE")).toEqual({
      reason: "ACTIVE_GOALS_TOO_MANY", params: { max: 5, count: 7 },
    });
  });

  it("in a running change phase: extend, end, record follow-ups", () => {
    const next = allowedNextActions(inChange(), "2026-03-02");
    expect(allowedActionNames(next)).toEqual(["EXTEND_PHASE", "END_PHASE", "RECORD_FOLLOW_UP"]);
    expect(refusal(next, "START_CHANGE")).toEqual({ reason: "PHASE_RUNNING" });
    expect(refusal(next, "RECORD_ASSESSMENT")).toEqual({ reason: "END_PHASE_BEFORE_ASSESSMENT" });
    expect(refusal(next, "CLOSE")).toEqual({ reason: "CLOSE_REQUIRES_ASSESSMENT" });
  });

  it("offers no extension at 16 weeks", () => {
    expect(refusal(allowedNextActions(inChange({ plannedWeeks: 16 }), "2026-03-02"), "EXTEND_PHASE")).toEqual({ reason: "PHASE_AT_MAXIMUM_LENGTH", params: { phase: "CHANGE", max: 16 } });
  });

  it("after the phase ended: only the assessment", () => {
    const next = allowedNextActions(afterChange(), "2026-04-27");
    expect(allowedActionNames(next)).toEqual(["RECORD_ASSESSMENT"]);
    expect(refusal(next, "START_CHANGE")).toEqual({ reason: "ASSESSMENT_MISSING" });
    expect(refusal(next, "START_MAINTENANCE")).toEqual({ reason: "ASSESSMENT_MISSING" });
    expect(refusal(next, "CLOSE")).toEqual({ reason: "ASSESSMENT_MISSING" });
  });

  it("after the assessment: what it decided, or closing", () => {
    const next = allowedNextActions(afterChange({ decision: "START_MAINTENANCE", date: "2026-04-28" }), "2026-04-28");
    expect(allowedActionNames(next)).toEqual(["START_MAINTENANCE", "CLOSE"]);
    expect(refusal(next, "START_CHANGE")).toEqual({ reason: "DECISION_NOT_CHANGE" });
  });

  it("on a closed case: only reopening", () => {
    const next = allowedNextActions(afterChange({ decision: "CLOSE", date: "2026-04-28" }, { closed: true }), "2026-05-01");
    expect(allowedActionNames(next)).toEqual(["REOPEN"]);
    expect(next.filter((a) => !a.allowed).map((a) => (a.allowed ? null : a.reason))).toEqual(Array(7).fill("CASE_CLOSED"));
    expect(isAllowed(next, "REOPEN")).toBe(true);
    expect(isAllowed(next, "CLOSE")).toBe(false);
  });
});

describe("allowedNextActions with a municipality's settings", () => {
  it("offers extension up to the running phase's own maximum", () => {
    // Maintenance may last 20 weeks here, change still 16: a 12-week change phase can be extended.
    const config = { ...DEFAULT_METHOD_CONFIG, maintenanceMaxWeeks: 20 };
    expect(isAllowed(allowedNextActions(inChange(), "2026-03-02", config), "EXTEND_PHASE")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import {
  checkActivePlanGoals, checkClose, checkEndPhase, checkExtendPhase, checkRecordAssessment, checkRecordFollowUp, checkReopen,
  checkStartChange, checkStartMaintenance,
} from "./rules";
import { allowedNextActions } from "./next-actions";
import { change, snapshot, startUp } from "./fixtures.test-helpers";

const TODAY = "2026-03-02";
const reason = (r: { ok: boolean; reason?: string }) => (r.ok ? "OK" : r.reason);

describe("start-up → change", () => {
  it("needs an agreed plan", () => {
    expect(reason(checkStartChange(snapshot({ plan: null }), { startDate: TODAY, plannedWeeks: 12 }, TODAY))).toBe("NO_AGREED_PLAN");
    expect(reason(checkStartChange(snapshot({ plan: { agreed: false, activeGoalCount: 2 } }), { startDate: TODAY, plannedWeeks: 12 }, TODAY))).toBe("NO_AGREED_PLAN");
  });

  it("needs 1 to 5 active goals in the agreed plan", () => {
    expect(reason(checkStartChange(snapshot({ plan: { agreed: true, activeGoalCount: 0 } }), { startDate: TODAY, plannedWeeks: 12 }, TODAY))).toBe("ACTIVE_GOALS_OUT_OF_RANGE");
    expect(reason(checkStartChange(snapshot({ plan: { agreed: true, activeGoalCount: 6 } }), { startDate: TODAY, plannedWeeks: 12 }, TODAY))).toBe("ACTIVE_GOALS_OUT_OF_RANGE");
    expect(reason(checkStartChange(snapshot({ plan: { agreed: true, activeGoalCount: 5 } }), { startDate: TODAY, plannedWeeks: 12 }, TODAY))).toBe("OK");
  });

  it.each([[7, "PHASE_LENGTH_OUT_OF_RANGE"], [8, "OK"], [12, "OK"], [16, "OK"], [17, "PHASE_LENGTH_OUT_OF_RANGE"], [6, "PHASE_LENGTH_OUT_OF_RANGE"]])(
    "a %i-week change phase: %s",
    (weeks, expected) => {
      const r = checkStartChange(snapshot(), { startDate: TODAY, plannedWeeks: weeks }, TODAY);
      expect(reason(r)).toBe(expected);
      if (!r.ok) expect(r.params).toEqual({ min: 8, max: 16 });
    },
  );

  it("refuses a start in the future or before start-up began", () => {
    expect(reason(checkStartChange(snapshot(), { startDate: "2026-03-03", plannedWeeks: 12 }, TODAY))).toBe("DATE_IN_FUTURE");
    expect(reason(checkStartChange(snapshot(), { startDate: "2026-01-04", plannedWeeks: 12 }, TODAY))).toBe("DATE_BEFORE_PREVIOUS_PHASE");
    expect(reason(checkStartChange(snapshot(), { startDate: "2026-01-05", plannedWeeks: 12 }, TODAY))).toBe("OK");
  });

  it("refuses while a cycle runs, and on a closed case", () => {
    expect(reason(checkStartChange(snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change()] }), { startDate: TODAY, plannedWeeks: 8 }, TODAY))).toBe("PHASE_RUNNING");
    expect(reason(checkStartChange(snapshot({ closed: true }), { startDate: TODAY, plannedWeeks: 8 }, TODAY))).toBe("CASE_CLOSED");
  });
});

describe("after a cycle: the assessment decides", () => {
  const ended = (decision: "START_MAINTENANCE" | "START_CHANGE" | "CLOSE" | null) =>
    snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change({ endDate: "2026-04-26", assessment: decision ? { decision, date: "2026-04-27" } : null })] });
  const day = "2026-05-04";

  it("no next phase without an assessment", () => {
    expect(reason(checkStartMaintenance(ended(null), { startDate: day, plannedWeeks: 12, followUpIntervalDays: 28 }, day))).toBe("ASSESSMENT_MISSING");
    expect(reason(checkStartChange(ended(null), { startDate: day, plannedWeeks: 12 }, day))).toBe("ASSESSMENT_MISSING");
  });

  it("starts only the phase the decision named", () => {
    expect(reason(checkStartMaintenance(ended("START_MAINTENANCE"), { startDate: day, plannedWeeks: 12, followUpIntervalDays: 28 }, day))).toBe("OK");
    expect(reason(checkStartChange(ended("START_MAINTENANCE"), { startDate: day, plannedWeeks: 12 }, day))).toBe("DECISION_DOES_NOT_ALLOW");
    expect(reason(checkStartChange(ended("START_CHANGE"), { startDate: day, plannedWeeks: 12 }, day))).toBe("OK");
    expect(reason(checkStartMaintenance(ended("START_CHANGE"), { startDate: day, plannedWeeks: 12, followUpIntervalDays: 14 }, day))).toBe("DECISION_DOES_NOT_ALLOW");
  });

  it("maintenance: 8–16 weeks and follow-ups every 14 or 28 days", () => {
    const s = ended("START_MAINTENANCE");
    expect(reason(checkStartMaintenance(s, { startDate: day, plannedWeeks: 7, followUpIntervalDays: 28 }, day))).toBe("PHASE_LENGTH_OUT_OF_RANGE");
    expect(reason(checkStartMaintenance(s, { startDate: day, plannedWeeks: 17, followUpIntervalDays: 28 }, day))).toBe("PHASE_LENGTH_OUT_OF_RANGE");
    expect(reason(checkStartMaintenance(s, { startDate: day, plannedWeeks: 16, followUpIntervalDays: 21 }, day))).toBe("FOLLOW_UP_INTERVAL_NOT_ALLOWED");
    expect(reason(checkStartMaintenance(s, { startDate: "2026-04-25", plannedWeeks: 8, followUpIntervalDays: 14 }, day))).toBe("DATE_BEFORE_PREVIOUS_PHASE");
  });

  it("an assessment needs the phase ended first, a justification for another change cycle, and a reason to close", () => {
    const running = snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change()] });
    expect(reason(checkRecordAssessment(running, { date: TODAY, decision: "START_MAINTENANCE" }, TODAY))).toBe("END_PHASE_BEFORE_ASSESSMENT");
    const s = ended(null);
    expect(reason(checkRecordAssessment(s, { date: day, decision: "START_CHANGE", justification: "  " }, day))).toBe("JUSTIFICATION_REQUIRED");
    expect(reason(checkRecordAssessment(s, { date: day, decision: "CLOSE" }, day))).toBe("CLOSE_REASON_REQUIRED");
    expect(reason(checkRecordAssessment(s, { date: day, decision: "CLOSE", closeReason: "Barnet er hjemgivet" }, day))).toBe("OK");
    expect(reason(checkRecordAssessment(s, { date: "2026-05-05", decision: "START_MAINTENANCE" }, day))).toBe("DATE_IN_FUTURE");
    expect(reason(checkRecordAssessment(ended("START_MAINTENANCE"), { date: day, decision: "START_MAINTENANCE" }, day))).toBe("NOTHING_TO_ASSESS");
  });
});

describe("extending and ending a cycle", () => {
  const running = (weeks: number, kind: "CHANGE" | "MAINTENANCE" = "CHANGE") =>
    snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change({ kind, plannedWeeks: weeks })] });

  it("extends only to a longer length, never past 16 weeks in total", () => {
    expect(reason(checkExtendPhase(running(12), 16, TODAY))).toBe("OK");
    expect(reason(checkExtendPhase(running(12), 17, TODAY))).toBe("EXTENSION_PAST_MAXIMUM");
    expect(reason(checkExtendPhase(running(12), 12, TODAY))).toBe("EXTENSION_NOT_LONGER");
    expect(reason(checkExtendPhase(running(16), 17, TODAY))).toBe("EXTENSION_PAST_MAXIMUM");
    expect(reason(checkExtendPhase(snapshot(), 12, TODAY))).toBe("NO_RUNNING_PHASE");
  });

  it("ending before 8 weeks needs a reason; 8 weeks (56 days including the first) does not", () => {
    // The change phase started 2026-02-02; its 56th day is 2026-03-29.
    const today = "2026-04-10";
    expect(reason(checkEndPhase(running(12), { endDate: "2026-03-28", earlyEndReason: "" }, today))).toBe("EARLY_END_REASON_REQUIRED");
    expect(reason(checkEndPhase(running(12), { endDate: "2026-03-28", earlyEndReason: "Barnet er hjemgivet" }, today))).toBe("OK");
    expect(reason(checkEndPhase(running(12), { endDate: "2026-03-29" }, today))).toBe("OK");
    expect(reason(checkEndPhase(running(12), { endDate: "2026-04-11" }, today))).toBe("DATE_IN_FUTURE");
    expect(reason(checkEndPhase(running(12), { endDate: "2026-02-01", earlyEndReason: "x" }, today))).toBe("DATE_BEFORE_PHASE_START");
  });
});

describe("follow-ups", () => {
  const running = snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change()] });

  it("on the phase's first day and today: allowed", () => {
    expect(reason(checkRecordFollowUp(running, "2026-02-02", TODAY))).toBe("OK");
    expect(reason(checkRecordFollowUp(running, TODAY, TODAY))).toBe("OK");
  });

  it("in the future, before the phase, outside a cycle or on a closed case: refused", () => {
    expect(reason(checkRecordFollowUp(running, "2026-03-03", TODAY))).toBe("DATE_IN_FUTURE");
    expect(reason(checkRecordFollowUp(running, "2026-02-01", TODAY))).toBe("DATE_BEFORE_PHASE_START");
    expect(reason(checkRecordFollowUp(snapshot(), TODAY, TODAY))).toBe("FOLLOW_UP_OUTSIDE_ACTIVE_PHASE");
    expect(reason(checkRecordFollowUp({ ...running, closed: true }, TODAY, TODAY))).toBe("CASE_CLOSED");
  });
});

describe("closing and reopening", () => {
  it("closes from start-up with a reason; a running cycle closes through its assessment", () => {
    expect(reason(checkClose(snapshot(), { date: TODAY, reason: "Anbringelsen er ophørt" }, TODAY))).toBe("OK");
    expect(reason(checkClose(snapshot(), { date: TODAY, reason: "" }, TODAY))).toBe("CLOSE_REASON_REQUIRED");
    expect(reason(checkClose(snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change()] }), { date: TODAY, reason: "x" }, TODAY))).toBe("CLOSE_REQUIRES_ASSESSMENT");
  });

  it("reopens only a closed case, not before it ended", () => {
    const closed = snapshot({ closed: true, phases: [startUp("2026-01-05", "2026-02-02")] });
    expect(reason(checkReopen(closed, { date: TODAY }, TODAY))).toBe("OK");
    expect(reason(checkReopen(closed, { date: "2026-02-01" }, TODAY))).toBe("DATE_BEFORE_PREVIOUS_PHASE");
    expect(reason(checkReopen(snapshot(), { date: TODAY }, TODAY))).toBe("CASE_NOT_CLOSED");
  });
});

describe("what the UI may offer", () => {
  it("in start-up with an agreed plan: start change or close; no follow-ups", () => {
    const offered = allowedNextActions(snapshot()).filter((a) => a.allowed).map((a) => a.action);
    expect(offered).toEqual(["START_CHANGE", "CLOSE"]);
  });

  it("explains why the change phase cannot start yet", () => {
    const start = allowedNextActions(snapshot({ plan: null })).find((a) => a.action === "START_CHANGE");
    expect(start).toEqual({ action: "START_CHANGE", allowed: false, reason: "NO_AGREED_PLAN", params: undefined });
  });

  it("in a running change phase: extend, end, follow up", () => {
    const offered = allowedNextActions(snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change()] })).filter((a) => a.allowed).map((a) => a.action);
    expect(offered).toEqual(["EXTEND_PHASE", "END_PHASE", "RECORD_FOLLOW_UP"]);
  });
});

describe("goal count", () => {
  it.each([[0, false], [1, true], [5, true], [6, false]])("%i active goals allowed: %s", (n, ok) => {
    expect(checkActivePlanGoals(n).ok).toBe(ok);
  });
});

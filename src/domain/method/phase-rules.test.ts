import { describe, expect, it } from "vitest";
import { DEFAULT_METHOD_CONFIG } from "./config";
import { checkEndPhase, checkExtendPhase, checkRecordAssessment, checkStartChange, checkStartMaintenance, earliestRegularEndDate } from "./phase-rules";
import type { AssessmentDecision, CaseSnapshot } from "./snapshot";
import { afterChange, change, inChange, maintenance, snapshot, startUp, verdict } from "./test-fixtures";

const assessed = (decision: AssessmentDecision, date = "2026-04-28") => ({ decision, date });

describe("checkStartChange", () => {
  const today = "2026-03-02";
  const start = (s: CaseSnapshot, plannedWeeks = 12, startDate = today) => checkStartChange(s, { startDate, plannedWeeks }, today);

  it.each([
    [7, "PHASE_LENGTH_OUT_OF_RANGE"],
    [8, "OK"],
    [12, "OK"],
    [16, "OK"],
    [17, "PHASE_LENGTH_OUT_OF_RANGE"],
    [0, "PHASE_LENGTH_OUT_OF_RANGE"],
    [12.5, "PHASE_LENGTH_OUT_OF_RANGE"],
  ])("a %s-week change phase: %s", (weeks, expected) => {
    expect(verdict(start(snapshot(), weeks))).toBe(expected);
  });

  it("names the limits when the length is out of range", () => {
    expect(start(snapshot(), 17)).toEqual({ ok: false, reason: "PHASE_LENGTH_OUT_OF_RANGE", params: { phase: "CHANGE", min: 8, max: 16 }, field: "plannedWeeks" });
  });

  it("returns the planned last day", () => {
    // 2 March + 8×7 − 1 = 26 April.
    expect(start(snapshot(), 8)).toEqual({ ok: true, plannedEndDate: "2026-04-26" });
  });

  it("follows a municipality's length limits", () => {
    const config = { ...DEFAULT_METHOD_CONFIG, changeMaxWeeks: 20 };
    expect(verdict(checkStartChange(snapshot(), { startDate: today, plannedWeeks: 17 }, today, config))).toBe("OK");
    expect(verdict(checkStartChange(snapshot(), { startDate: today, plannedWeeks: 21 }, today, config))).toBe("PHASE_LENGTH_OUT_OF_RANGE");
  });

  it("needs an agreed plan with 1 to 5 active goals", () => {
    expect(verdict(start(snapshot({ plan: null })))).toBe("PLAN_NOT_AGREED");
    expect(verdict(start(snapshot({ plan: { agreed: false, activeGoalCount: 2 } })))).toBe("PLAN_NOT_AGREED");
    expect(start(snapshot({ plan: { agreed: true, activeGoalCount: 0 } }))).toEqual({ ok: false, reason: "ACTIVE_GOALS_TOO_FEW", params: { min: 1, count: 0 }, field: "goals" });
    expect(verdict(start(snapshot({ plan: { agreed: true, activeGoalCount: 1 } })))).toBe("OK");
    expect(verdict(start(snapshot({ plan: { agreed: true, activeGoalCount: 5 } })))).toBe("OK");
    expect(start(snapshot({ plan: { agreed: true, activeGoalCount: 6 } }))).toEqual({ ok: false, reason: "ACTIVE_GOALS_TOO_MANY", params: { max: 5, count: 6 }, field: "goals" });
  });

  it("starts today or earlier, but not before the start-up began", () => {
    expect(verdict(start(snapshot(), 12, "2026-03-03"))).toBe("START_DATE_IN_FUTURE");
    expect(verdict(start(snapshot(), 12, "2026-01-05"))).toBe("OK");
    expect(start(snapshot(), 12, "2026-01-04")).toEqual({ ok: false, reason: "START_DATE_BEFORE_PREVIOUS_PHASE", params: { date: "2026-01-05" }, field: "startDate" });
    expect(verdict(start(snapshot(), 12, "2026-02-29"))).toBe("INVALID_DATE");
  });

  it("is refused while a change or maintenance phase runs, or on a closed case", () => {
    expect(verdict(start(inChange()))).toBe("PHASE_RUNNING");
    expect(verdict(start(snapshot({ phases: [startUp("2026-01-05", "2026-01-20"), change({ endDate: "2026-02-10", assessment: assessed("START_MAINTENANCE", "2026-02-10") }), maintenance({ startDate: "2026-02-11" })] })))).toBe("PHASE_RUNNING");
    // Closed outweighs everything else, even a missing plan.
    expect(verdict(start(snapshot({ closed: true, plan: null })))).toBe("CASE_CLOSED");
  });

  describe("after a cycle", () => {
    const later = "2026-05-04";
    const again = (s: CaseSnapshot, startDate = later) => checkStartChange(s, { startDate, plannedWeeks: 8 }, later);

    it("needs the assessment first", () => {
      expect(verdict(again(afterChange()))).toBe("ASSESSMENT_MISSING");
    });

    it("only when the assessment decided on another change cycle", () => {
      expect(verdict(again(afterChange(assessed("START_CHANGE"))))).toBe("OK");
      expect(verdict(again(afterChange(assessed("START_MAINTENANCE"))))).toBe("DECISION_NOT_CHANGE");
      expect(verdict(again(afterChange(assessed("CLOSE"))))).toBe("DECISION_NOT_CHANGE");
    });

    it("still needs the agreed plan", () => {
      expect(verdict(again(afterChange(assessed("START_CHANGE"), { plan: null })))).toBe("PLAN_NOT_AGREED");
    });

    it("starts no earlier than the previous cycle's end and its assessment", () => {
      // Ended 26 April, assessed 28 April.
      expect(again(afterChange(assessed("START_CHANGE")), "2026-04-27")).toMatchObject({ ok: false, reason: "START_DATE_BEFORE_PREVIOUS_PHASE", params: { date: "2026-04-28" } });
      expect(verdict(again(afterChange(assessed("START_CHANGE")), "2026-04-28"))).toBe("OK");
      // Assessed on the last day: the next cycle may start that same day.
      expect(verdict(again(afterChange(assessed("START_CHANGE", "2026-04-20")), "2026-04-26"))).toBe("OK");
      expect(verdict(again(afterChange(assessed("START_CHANGE", "2026-04-20")), "2026-04-25"))).toBe("START_DATE_BEFORE_PREVIOUS_PHASE");
    });
  });

  it("needs some phase to continue from", () => {
    expect(verdict(start(snapshot({ phases: [] })))).toBe("NO_CURRENT_PHASE");
  });
});

describe("checkStartMaintenance", () => {
  const today = "2026-05-04";
  const decided = afterChange(assessed("START_MAINTENANCE"));
  const start = (s: CaseSnapshot, plannedWeeks = 12, followUpIntervalDays = 28, startDate = today) =>
    checkStartMaintenance(s, { startDate, plannedWeeks, followUpIntervalDays }, today);

  it.each([
    [7, "PHASE_LENGTH_OUT_OF_RANGE"],
    [8, "OK"],
    [16, "OK"],
    [17, "PHASE_LENGTH_OUT_OF_RANGE"],
  ])("a %s-week maintenance phase: %s", (weeks, expected) => {
    expect(verdict(start(decided, weeks))).toBe(expected);
  });

  it("names the maintenance phase's limits", () => {
    expect(start(decided, 7)).toMatchObject({ params: { phase: "MAINTENANCE", min: 8, max: 16 } });
  });

  it("follows up every 14 or 28 days", () => {
    expect(start(decided, 8, 14)).toEqual({ ok: true, plannedEndDate: "2026-06-28" }); // 4 May + 55
    expect(verdict(start(decided, 8, 28))).toBe("OK");
    expect(start(decided, 8, 21)).toEqual({ ok: false, reason: "FOLLOW_UP_INTERVAL_NOT_ALLOWED", params: { allowed: "14, 28" }, field: "followUpIntervalDays" });
  });

  it("only after an assessment that decided on maintenance", () => {
    expect(verdict(start(snapshot()))).toBe("MAINTENANCE_NOT_FROM_START_UP");
    expect(verdict(start(inChange()))).toBe("PHASE_RUNNING");
    expect(verdict(start(afterChange()))).toBe("ASSESSMENT_MISSING");
    expect(verdict(start(afterChange(assessed("START_CHANGE"))))).toBe("DECISION_NOT_MAINTENANCE");
    expect(verdict(start(afterChange(assessed("START_MAINTENANCE"), { closed: true })))).toBe("CASE_CLOSED");
  });

  it("may follow a maintenance cycle whose assessment decided on another", () => {
    const s = snapshot({
      phases: [
        startUp("2026-01-05", "2026-02-02"),
        change({ endDate: "2026-04-26", assessment: assessed("START_MAINTENANCE") }),
        maintenance({ startDate: "2026-04-28", endDate: "2026-06-21", assessment: assessed("START_MAINTENANCE", "2026-06-22") }),
      ],
    });
    expect(checkStartMaintenance(s, { startDate: "2026-06-22", plannedWeeks: 8, followUpIntervalDays: 28 }, "2026-06-22").ok).toBe(true);
    expect(verdict(checkStartMaintenance(s, { startDate: "2026-06-21", plannedWeeks: 8, followUpIntervalDays: 28 }, "2026-06-22"))).toBe("START_DATE_BEFORE_PREVIOUS_PHASE");
  });

  it("does not need the plan again", () => {
    expect(verdict(start(afterChange(assessed("START_MAINTENANCE"), { plan: null })))).toBe("OK");
  });

  it("dates like any start: not in the future", () => {
    expect(verdict(start(decided, 12, 28, "2026-05-05"))).toBe("START_DATE_IN_FUTURE");
  });
});

describe("checkExtendPhase", () => {
  const today = "2026-03-02";

  it("lengthens the running phase up to 16 weeks in total", () => {
    // 2 February + 14×7 − 1 = 10 May.
    expect(checkExtendPhase(inChange(), 14, today)).toEqual({ ok: true, phaseId: "c1", plannedEndDate: "2026-05-10" });
    expect(verdict(checkExtendPhase(inChange(), 16, today))).toBe("OK");
    expect(checkExtendPhase(inChange(), 17, today)).toEqual({ ok: false, reason: "EXTENSION_PAST_MAXIMUM", params: { phase: "CHANGE", max: 16 }, field: "plannedWeeks" });
  });

  it("must make the phase longer", () => {
    expect(checkExtendPhase(inChange(), 12, today)).toEqual({ ok: false, reason: "EXTENSION_NOT_LONGER", params: { weeks: 12 }, field: "plannedWeeks" });
    expect(verdict(checkExtendPhase(inChange(), 9, today))).toBe("EXTENSION_NOT_LONGER");
    expect(verdict(checkExtendPhase(inChange(), 13.5, today))).toBe("EXTENSION_NOT_LONGER");
  });

  it("has nothing left to give at 16 weeks", () => {
    expect(checkExtendPhase(inChange({ plannedWeeks: 16 }), 17, today)).toEqual({ ok: false, reason: "PHASE_AT_MAXIMUM_LENGTH", params: { phase: "CHANGE", max: 16 } });
  });

  it("is allowed while the phase runs, also after its planned end", () => {
    // Planned to end 26 April; not ended yet on 30 April.
    expect(verdict(checkExtendPhase(inChange(), 13, "2026-04-30"))).toBe("OK");
  });

  it("is refused when no change or maintenance phase runs", () => {
    expect(verdict(checkExtendPhase(snapshot(), 13, today))).toBe("NO_RUNNING_PHASE");
    expect(verdict(checkExtendPhase(afterChange(), 13, "2026-04-30"))).toBe("NO_RUNNING_PHASE");
    expect(verdict(checkExtendPhase(inChange({}, { closed: true }), 13, today))).toBe("CASE_CLOSED");
  });

  it("uses the maintenance limit for a maintenance phase", () => {
    const config = { ...DEFAULT_METHOD_CONFIG, maintenanceMaxWeeks: 12 };
    const s = snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change({ endDate: "2026-04-26", assessment: assessed("START_MAINTENANCE") }), maintenance({ plannedWeeks: 10 })] });
    expect(verdict(checkExtendPhase(s, 12, "2026-05-10", config))).toBe("OK");
    expect(checkExtendPhase(s, 13, "2026-05-10", config)).toMatchObject({ reason: "EXTENSION_PAST_MAXIMUM", params: { phase: "MAINTENANCE", max: 12 } });
  });
});

describe("checkEndPhase", () => {
  const today = "2026-06-01";
  const end = (endDate: string, earlyEndReason?: string | null, s = inChange()) => checkEndPhase(s, { endDate, earlyEndReason }, today);

  it("puts the earliest regular end on the last day of week 8", () => {
    // 2 February + 8×7 − 1 = 29 March.
    expect(earliestRegularEndDate({ kind: "CHANGE", startDate: "2026-02-02" })).toBe("2026-03-29");
  });

  it("needs a reason to end before 8 weeks", () => {
    // After exactly 7 weeks: the last day of week 7 is 2 February + 48 = 22 March.
    expect(end("2026-03-22")).toEqual({ ok: false, reason: "EARLY_END_REASON_REQUIRED", params: { phase: "CHANGE", min: 8, date: "2026-03-29" }, field: "earlyEndReason" });
    expect(verdict(end("2026-03-22", "   "))).toBe("EARLY_END_REASON_REQUIRED");
    expect(end("2026-03-22", "Barnet er hjemgivet")).toEqual({ ok: true, phaseId: "c1", early: true });
    // One day short of 8 weeks is still early.
    expect(verdict(end("2026-03-28"))).toBe("EARLY_END_REASON_REQUIRED");
  });

  it("needs no reason after 8 weeks or more", () => {
    expect(end("2026-03-29")).toEqual({ ok: true, phaseId: "c1", early: false });
    expect(end("2026-04-26")).toEqual({ ok: true, phaseId: "c1", early: false }); // the planned last day
    expect(verdict(end("2026-05-10"))).toBe("OK"); // late, after the planned end
  });

  it("is dated between the phase's start and today", () => {
    expect(end("2026-06-02")).toEqual({ ok: false, reason: "END_DATE_IN_FUTURE", field: "endDate" });
    expect(end("2026-02-01", "Forældrene trak sig")).toEqual({ ok: false, reason: "END_DATE_BEFORE_PHASE_START", params: { date: "2026-02-02" }, field: "endDate" });
    expect(end("2026-02-02", "Forældrene trak sig")).toEqual({ ok: true, phaseId: "c1", early: true });
    expect(verdict(end("2026-02-31", "x"))).toBe("INVALID_DATE");
  });

  it("does not end before a follow-up already held in the phase", () => {
    const s = inChange({}, { followUps: [{ date: "2026-03-16", phaseId: "c1" }, { date: "2026-05-01", phaseId: "other" }] });
    expect(end("2026-03-15", "Barnet er hjemgivet", s)).toEqual({ ok: false, reason: "END_DATE_BEFORE_LAST_FOLLOW_UP", params: { date: "2026-03-16" }, field: "endDate" });
    expect(verdict(end("2026-03-16", "Barnet er hjemgivet", s))).toBe("OK");
  });

  it("applies the same rule to maintenance", () => {
    const s = snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change({ endDate: "2026-04-26", assessment: assessed("START_MAINTENANCE") }), maintenance()] });
    // 4 May + 55 = 28 June.
    expect(checkEndPhase(s, { endDate: "2026-06-27" }, "2026-07-01")).toMatchObject({ reason: "EARLY_END_REASON_REQUIRED", params: { phase: "MAINTENANCE", min: 8, date: "2026-06-28" } });
    expect(checkEndPhase(s, { endDate: "2026-06-28" }, "2026-07-01")).toEqual({ ok: true, phaseId: "m1", early: false });
  });

  it("needs a running change or maintenance phase", () => {
    expect(verdict(checkEndPhase(snapshot(), { endDate: "2026-03-01" }, today))).toBe("NO_RUNNING_PHASE");
    expect(verdict(checkEndPhase(afterChange(), { endDate: "2026-05-01" }, today))).toBe("NO_RUNNING_PHASE");
    expect(verdict(checkEndPhase(inChange({}, { closed: true }), { endDate: "2026-05-01" }, today))).toBe("CASE_CLOSED");
  });
});

describe("checkRecordAssessment", () => {
  const today = "2026-05-01";
  const assess = (s: CaseSnapshot, decision: AssessmentDecision, extra: { justification?: string; closeReason?: string; date?: string } = {}) =>
    checkRecordAssessment(s, { date: extra.date ?? today, decision, justification: extra.justification, closeReason: extra.closeReason }, today);

  it("assesses the cycle that has just ended", () => {
    expect(assess(afterChange(), "START_MAINTENANCE")).toEqual({ ok: true, phaseId: "c1" });
  });

  it("needs a written justification for another change cycle", () => {
    expect(assess(afterChange(), "START_CHANGE")).toEqual({ ok: false, reason: "JUSTIFICATION_REQUIRED", field: "justification" });
    expect(verdict(assess(afterChange(), "START_CHANGE", { justification: "  \n" }))).toBe("JUSTIFICATION_REQUIRED");
    expect(verdict(assess(afterChange(), "START_CHANGE", { justification: "Målene om samvær er ikke nået endnu" }))).toBe("OK");
  });

  it("needs a reason to close the support", () => {
    expect(assess(afterChange(), "CLOSE")).toEqual({ ok: false, reason: "CLOSE_REASON_REQUIRED", field: "closeReason" });
    expect(verdict(assess(afterChange(), "CLOSE", { closeReason: "Barnet er hjemgivet" }))).toBe("OK");
  });

  it("is dated from the phase's start up to today", () => {
    expect(verdict(assess(afterChange(), "START_MAINTENANCE", { date: "2026-05-02" }))).toBe("ASSESSMENT_DATE_IN_FUTURE");
    expect(assess(afterChange(), "START_MAINTENANCE", { date: "2026-02-01" })).toMatchObject({ reason: "ASSESSMENT_DATE_BEFORE_PHASE_START", params: { date: "2026-02-02" } });
    // The conversation may take place in the phase's last weeks.
    expect(verdict(assess(afterChange(), "START_MAINTENANCE", { date: "2026-04-20" }))).toBe("OK");
  });

  it("comes after the phase has been ended, once per cycle", () => {
    expect(verdict(assess(inChange(), "START_MAINTENANCE"))).toBe("END_PHASE_BEFORE_ASSESSMENT");
    expect(verdict(assess(afterChange(assessed("START_MAINTENANCE")), "START_MAINTENANCE"))).toBe("NOTHING_TO_ASSESS");
    expect(verdict(assess(snapshot(), "START_MAINTENANCE"))).toBe("NOTHING_TO_ASSESS");
    expect(verdict(assess(afterChange(null, { closed: true }), "START_MAINTENANCE"))).toBe("CASE_CLOSED");
  });

  it("opens the way it decided, and only that one", () => {
    const s = afterChange(null);
    expect(verdict(checkStartMaintenance(s, { startDate: today, plannedWeeks: 8, followUpIntervalDays: 28 }, today))).toBe("ASSESSMENT_MISSING");
    const decided = afterChange(assessed("START_MAINTENANCE", today));
    expect(verdict(checkStartMaintenance(decided, { startDate: today, plannedWeeks: 8, followUpIntervalDays: 28 }, today))).toBe("OK");
    expect(verdict(checkStartChange(decided, { startDate: today, plannedWeeks: 8 }, today))).toBe("DECISION_NOT_CHANGE");
  });
});

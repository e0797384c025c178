import { describe, expect, it } from "vitest";
import { checkClose, checkReopen } from "./case-rules";
import { checkRecordFollowUp } from "./follow-ups";
import { checkEndPhase, checkExtendPhase, checkRecordAssessment, checkStartChange, checkStartMaintenance } from "./phase-rules";
import { afterChange, inChange, snapshot, verdict } from "./test-fixtures";
import { checkCaseWritable } from "./writable";

describe("a closed case is read-only", () => {
  it("is refused with CASE_CLOSED, an open one passes", () => {
    expect(checkCaseWritable({ closed: true })).toEqual({ ok: false, reason: "CASE_CLOSED" });
    expect(checkCaseWritable({ closed: false })).toBeNull();
  });

  it("comes first in every transition of the method except reopening", () => {
    const closed = { closed: true, closedOn: "2026-05-01" };
    const today = "2026-06-01";
    expect([
      checkStartChange(snapshot(closed), { startDate: today, plannedWeeks: 12 }, today),
      checkStartMaintenance(afterChange({ decision: "START_MAINTENANCE", date: "2026-04-28" }, closed), { startDate: today, plannedWeeks: 12, followUpIntervalDays: 28 }, today),
      checkExtendPhase(inChange({}, closed), 14, today),
      checkEndPhase(inChange({}, closed), { endDate: today }, today),
      checkRecordAssessment(afterChange(null, closed), { date: today, decision: "CLOSE", closeReason: "x" }, today),
      checkRecordFollowUp(inChange({}, closed), today, today),
      checkClose(snapshot(closed), { date: today, reason: "x" }, today),
    ].map(verdict)).toEqual(Array(7).fill("CASE_CLOSED"));
    expect(verdict(checkReopen(snapshot(closed), { date: today }, today))).toBe("OK");
  });
});

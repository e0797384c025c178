import { describe, expect, it } from "vitest";
import { checkActivePlanGoals, checkClose, checkReopen } from "./case-rules";
import { DEFAULT_METHOD_CONFIG } from "./config";
import { afterChange, inChange, snapshot, startUp, verdict } from "./test-fixtures";

describe("checkActivePlanGoals", () => {
  it.each([
    [0, "ACTIVE_GOALS_TOO_FEW"],
    [1, "OK"],
    [5, "OK"],
    [6, "ACTIVE_GOALS_TOO_MANY"],
  ])("%i active goals: %s", (count, expected) => {
    expect(verdict(checkActivePlanGoals(count))).toBe(expected);
  });

  it("follows a municipality's limit", () => {
    const config = { ...DEFAULT_METHOD_CONFIG, maxActiveGoals: 3 };
    expect(checkActivePlanGoals(4, config)).toEqual({ ok: false, reason: "ACTIVE_GOALS_TOO_MANY", params: { max: 3, count: 4 }, field: "goals" });
  });
});

describe("checkClose (outside an assessment)", () => {
  const today = "2026-03-02";
  const close = (s = snapshot(), date = today, reason: string | null = "Anbringelsen er ophørt") => checkClose(s, { date, reason }, today);

  it("closes from start-up with a reason", () => {
    expect(close()).toEqual({ ok: true });
    expect(close(snapshot(), "2026-01-05")).toEqual({ ok: true }); // the start-up's first day
    expect(close(snapshot(), today, " ")).toEqual({ ok: false, reason: "CLOSE_REASON_REQUIRED", field: "reason" });
    expect(verdict(close(snapshot(), today, null))).toBe("CLOSE_REASON_REQUIRED");
  });

  it("is dated from the latest recorded event up to today", () => {
    expect(close(snapshot(), "2026-01-04")).toEqual({ ok: false, reason: "CLOSE_DATE_TOO_EARLY", params: { date: "2026-01-05" }, field: "date" });
    expect(close(snapshot(), "2026-03-03")).toEqual({ ok: false, reason: "CLOSE_DATE_IN_FUTURE", field: "date" });
  });

  it("sends a running or unassessed cycle through its assessment", () => {
    expect(verdict(close(inChange()))).toBe("CLOSE_REQUIRES_ASSESSMENT");
    expect(verdict(close(afterChange(), "2026-05-01"))).toBe("ASSESSMENT_MISSING");
  });

  it("is possible between cycles, after the assessment", () => {
    const s = afterChange({ decision: "START_MAINTENANCE", date: "2026-04-28" });
    expect(checkClose(s, { date: "2026-05-01", reason: "Barnet er hjemgivet" }, "2026-05-01")).toEqual({ ok: true });
    expect(checkClose(s, { date: "2026-04-27", reason: "Barnet er hjemgivet" }, "2026-05-01")).toMatchObject({ reason: "CLOSE_DATE_TOO_EARLY", params: { date: "2026-04-28" } });
  });

  it("cannot close twice", () => {
    expect(verdict(close(snapshot({ closed: true })))).toBe("CASE_CLOSED");
  });
});

describe("checkReopen", () => {
  // Closed by an assessment on 28 April after a change phase that ended on 26 April.
  const closed = afterChange({ decision: "CLOSE", date: "2026-04-28" }, { closed: true, closedOn: "2026-04-28" });

  it("reopens a closed case on a date from the closing up to today", () => {
    expect(checkReopen(closed, { date: "2026-09-01" }, "2026-09-01")).toEqual({ ok: true });
    expect(checkReopen(closed, { date: "2026-04-28" }, "2026-09-01")).toEqual({ ok: true });
    expect(checkReopen(closed, { date: "2026-04-27" }, "2026-09-01")).toEqual({ ok: false, reason: "REOPEN_DATE_TOO_EARLY", params: { date: "2026-04-28" }, field: "date" });
    expect(verdict(checkReopen(closed, { date: "2026-09-02" }, "2026-09-01"))).toBe("REOPEN_DATE_IN_FUTURE");
  });

  it("takes the closing date when the caller knows it", () => {
    // Closed from start-up on 20 January; the start-up phase ended that day too.
    const s = snapshot({ closed: true, closedOn: "2026-01-21", phases: [startUp("2026-01-05", "2026-01-20")] });
    expect(verdict(checkReopen(s, { date: "2026-01-20" }, "2026-09-01"))).toBe("REOPEN_DATE_TOO_EARLY");
    const withoutClosedOn = snapshot({ closed: true, phases: [startUp("2026-01-05", "2026-01-20")] });
    expect(verdict(checkReopen(withoutClosedOn, { date: "2026-01-20" }, "2026-09-01"))).toBe("OK");
  });

  it("only reopens what is closed", () => {
    expect(checkReopen(snapshot(), { date: "2026-03-02" }, "2026-03-02")).toEqual({ ok: false, reason: "CASE_NOT_CLOSED" });
  });

  it("lets a reopened case start over in start-up", () => {
    const reopened = snapshot({ phases: [...closed.phases, startUp("2026-09-01", null, "s2")], closedOn: null });
    expect(verdict(checkClose(reopened, { date: "2026-09-02", reason: "Flyttet" }, "2026-09-02"))).toBe("OK");
    expect(verdict(checkReopen(reopened, { date: "2026-09-02" }, "2026-09-02"))).toBe("CASE_NOT_CLOSED");
  });
});

import { describe, expect, it } from "vitest";
import { dueFollowUps, followUpSchedule, followUpStatuses, nextDueDate, plannedEndDate, startUpWarning, weeksIntoPhase } from "./schedule";
import { change, snapshot, startUp } from "./fixtures.test-helpers";

describe("planned end and schedule", () => {
  it("a 12-week phase from Monday 2 February ends Sunday 26 April (84 days including the first)", () => {
    expect(plannedEndDate({ startDate: "2026-02-02", plannedWeeks: 12 })).toBe("2026-04-26");
    expect(plannedEndDate({ startDate: "2026-02-02", plannedWeeks: 8 })).toBe("2026-03-29");
  });

  it("follow-ups every 14 days from the start, up to the planned end", () => {
    expect(followUpSchedule(change({ plannedWeeks: 8 }))).toEqual(["2026-02-16", "2026-03-02", "2026-03-16"]);
    expect(followUpSchedule(change({ plannedWeeks: 12 }))).toHaveLength(5);
    // Maintenance every 28 days: 2 March, 30 March; 27 April is past the planned end (26 April).
    expect(followUpSchedule(change({ plannedWeeks: 12, kind: "MAINTENANCE", followUpIntervalDays: 28 }))).toEqual(["2026-03-02", "2026-03-30"]);
  });

  it("an early end cuts the schedule", () => {
    expect(followUpSchedule(change({ endDate: "2026-03-01" }))).toEqual(["2026-02-16"]);
  });

  it("keeps the 14-day rhythm across the switch to summer time (29 March 2026)", () => {
    const phase = change({ startDate: "2026-03-20", plannedWeeks: 8 });
    expect(followUpSchedule(phase)).toEqual(["2026-04-03", "2026-04-17", "2026-05-01"]);
  });

  it("schedules across a leap day", () => {
    expect(followUpSchedule(change({ startDate: "2028-02-15", plannedWeeks: 8 }))[0]).toBe("2028-02-29");
  });
});

describe("due, overdue, done", () => {
  const phase = change(); // due 2026-02-16, 03-02, 03-16, 03-30, 04-13
  const statusOn = (today: string, held: string[] = []) =>
    followUpStatuses(phase, held.map((date) => ({ date, phaseId: phase.id })), today)[0]!.status;

  it("is upcoming until three days before, due within ±3 days, overdue only after the window", () => {
    expect(statusOn("2026-02-12")).toBe("upcoming");
    expect(statusOn("2026-02-13")).toBe("due");
    expect(statusOn("2026-02-19")).toBe("due"); // three days late is still inside the window
    expect(statusOn("2026-02-20")).toBe("overdue"); // four days late
  });

  it("counts a follow-up held up to three days early or late", () => {
    expect(statusOn("2026-03-01", ["2026-02-13"])).toBe("done");
    expect(statusOn("2026-03-01", ["2026-02-19"])).toBe("done");
    expect(statusOn("2026-03-01", ["2026-02-12"])).toBe("overdue");
  });

  it("counts one follow-up for one due date only", () => {
    const two = change({ followUpIntervalDays: 4, plannedWeeks: 8 });
    const s = followUpStatuses(two, [{ date: "2026-02-08", phaseId: two.id }], "2026-02-20");
    expect(s.slice(0, 2).map((x) => x.status)).toEqual(["done", "overdue"]);
  });

  it("ignores follow-ups of other phases", () => {
    expect(followUpStatuses(phase, [{ date: "2026-02-16", phaseId: "other" }], "2026-03-01")[0]!.status).toBe("overdue");
  });

  it("lists overdue first, then what falls due within the horizon", () => {
    const s = snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), phase], followUps: [{ date: "2026-03-02", phaseId: phase.id }] });
    const due = dueFollowUps(s, "2026-03-14", 14);
    // 2 March is done; 30 March lies beyond the 14-day horizon (28 March).
    expect(due.map((d) => [d.dueDate, d.status])).toEqual([["2026-02-16", "overdue"], ["2026-03-16", "due"]]);
  });
});

describe("start-up warning and weeks", () => {
  it("warns after six weeks of start-up", () => {
    const s = snapshot({ phases: [startUp("2026-01-05")] });
    expect(startUpWarning(s, "2026-02-16")).toBe(false); // exactly 6 weeks
    expect(startUpWarning(s, "2026-02-17")).toBe(true);
  });

  it("counts completed weeks", () => {
    expect(weeksIntoPhase({ startDate: "2026-02-02" }, "2026-02-08")).toBe(0);
    expect(weeksIntoPhase({ startDate: "2026-02-02" }, "2026-02-09")).toBe(1);
  });
});

describe("next due date", () => {
  it("is the earliest due date without a follow-up, overdue ones first; none outside a cycle", () => {
    const phase = change();
    const s = snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), phase], followUps: [{ date: "2026-02-16", phaseId: phase.id }] });
    expect(nextDueDate(s, "2026-03-20")).toBe("2026-03-02");
    expect(nextDueDate(snapshot(), "2026-03-20")).toBeNull();
    expect(nextDueDate({ ...s, closed: true }, "2026-03-20")).toBeNull();
  });
});

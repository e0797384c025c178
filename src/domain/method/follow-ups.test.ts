import { describe, expect, it } from "vitest";
import { DEFAULT_METHOD_CONFIG } from "./config";
import { addDays } from "./calendar";
import { checkRecordFollowUp, dueDateRecords, dueFollowUps, followUpSchedule, followUpStanding, followUpStatuses, nextDueDate } from "./follow-ups";
import { afterChange, change, inChange, maintenance, snapshot, startUp, verdict } from "./test-fixtures";

describe("followUpSchedule", () => {
  it("is due every 14 days from the start, up to the planned last day", () => {
    // 8 weeks from 2 February: last day 29 March, so 30 March (start + 56) is not scheduled.
    expect(followUpSchedule(change({ plannedWeeks: 8 }))).toEqual(["2026-02-16", "2026-03-02", "2026-03-16"]);
    // 16 weeks: last day 24 May; due dates start + 14 … start + 98 (11 May), seven in all.
    expect(followUpSchedule(change({ plannedWeeks: 16 }))).toEqual([
      "2026-02-16", "2026-03-02", "2026-03-16", "2026-03-30", "2026-04-13", "2026-04-27", "2026-05-11",
    ]);
  });

  it("uses the interval chosen for a maintenance phase", () => {
    // Every 28 days from 2 February: 2 March, 30 March; 27 April is after the last day (26 April).
    expect(followUpSchedule(maintenance({ startDate: "2026-02-02", plannedWeeks: 12, followUpIntervalDays: 28 }))).toEqual(["2026-03-02", "2026-03-30"]);
    expect(followUpSchedule(maintenance({ startDate: "2026-02-02", plannedWeeks: 8, followUpIntervalDays: 14 }))).toEqual(["2026-02-16", "2026-03-02", "2026-03-16"]);
  });

  it("falls back to the configured change interval when the phase has none", () => {
    expect(followUpSchedule(change({ plannedWeeks: 8, followUpIntervalDays: null }))).toEqual(["2026-02-16", "2026-03-02", "2026-03-16"]);
    const weekly = { ...DEFAULT_METHOD_CONFIG, changeFollowUpIntervalDays: 7 };
    expect(followUpSchedule(change({ plannedWeeks: 8, followUpIntervalDays: null }), weekly)).toHaveLength(7); // +7 … +49
  });

  it("stops at the actual end when the phase ended early, and grows when it is extended", () => {
    expect(followUpSchedule(change({ endDate: "2026-03-01" }))).toEqual(["2026-02-16"]);
    expect(followUpSchedule(change({ endDate: "2026-03-02" }))).toEqual(["2026-02-16", "2026-03-02"]);
    // Extended from 8 to 10 weeks: last day 12 April, so 30 March joins the schedule.
    expect(followUpSchedule(change({ plannedWeeks: 10 }))).toEqual(["2026-02-16", "2026-03-02", "2026-03-16", "2026-03-30"]);
  });

  it("keeps the 14-day rhythm across the switch to summer time (29 March 2026)", () => {
    expect(followUpSchedule(change({ startDate: "2026-03-20", plannedWeeks: 8 }))).toEqual(["2026-04-03", "2026-04-17", "2026-05-01"]);
    expect(followUpSchedule(change({ startDate: "2026-10-16", plannedWeeks: 8 }))).toEqual(["2026-10-30", "2026-11-13", "2026-11-27"]);
  });

  it("lands on the leap day", () => {
    expect(followUpSchedule(change({ startDate: "2028-02-15", plannedWeeks: 8 }))).toEqual(["2028-02-29", "2028-03-14", "2028-03-28"]);
  });

  it("is empty for start-up", () => {
    expect(followUpSchedule(startUp())).toEqual([]);
  });
});

describe("followUpStatuses", () => {
  const phase = change(); // 12 weeks from 2 February: due 16 Feb, 2 Mar, 16 Mar, 30 Mar, 13 Apr
  const held = (...dates: string[]) => dates.map((date) => ({ date, phaseId: phase.id }));
  const first = (today: string, followUps = held()) => followUpStatuses(phase, followUps, today)[0]!;

  it("gives each due date a window of ±3 days", () => {
    const s = followUpStatuses(phase, [], "2026-02-01");
    expect(s.map((x) => x.dueDate)).toEqual(["2026-02-16", "2026-03-02", "2026-03-16", "2026-03-30", "2026-04-13"]);
    expect(s[0]).toEqual({ dueDate: "2026-02-16", windowStart: "2026-02-13", windowEnd: "2026-02-19", status: "upcoming", heldOn: null });
    // 2 March − 3 crosses the end of February (28 days in 2026).
    expect(s[1]!.windowStart).toBe("2026-02-27");
  });

  it("is upcoming until the window opens, due inside it, overdue once it has closed", () => {
    expect(first("2026-02-12").status).toBe("upcoming");
    expect(first("2026-02-13").status).toBe("due");
    expect(first("2026-02-16").status).toBe("due");
    expect(first("2026-02-19").status).toBe("due"); // exactly 3 days late, the window's last day: not overdue yet
    expect(first("2026-02-20").status).toBe("missed"); // 4 days late
  });

  it("counts a follow-up held up to three days early or late", () => {
    expect(first("2026-03-01", held("2026-02-13"))).toMatchObject({ status: "done", heldOn: "2026-02-13" });
    expect(first("2026-03-01", held("2026-02-19"))).toMatchObject({ status: "done", heldOn: "2026-02-19" });
    // 4 days early or late is an ad-hoc follow-up; the due date stays open and goes overdue.
    expect(first("2026-03-01", held("2026-02-12")).status).toBe("missed");
    expect(first("2026-03-01", held("2026-02-20")).status).toBe("missed");
  });

  it("is done as soon as it is held, even before the due date", () => {
    expect(first("2026-02-14", held("2026-02-14"))).toMatchObject({ status: "done", heldOn: "2026-02-14" });
  });

  it("counts one follow-up for one due date only", () => {
    // Every 4 days with ±3 tolerance: due 6 Feb (window 3–9) and 10 Feb (window 7–13) overlap on 7–9 Feb.
    const dense = change({ followUpIntervalDays: 4, plannedWeeks: 8 });
    const one = followUpStatuses(dense, [{ date: "2026-02-08", phaseId: dense.id }], "2026-02-20");
    expect(one.slice(0, 2).map((x) => [x.status, x.heldOn])).toEqual([["done", "2026-02-08"], ["missed", null]]);
    // Two follow-ups cover both, whatever order they were recorded in.
    const two = followUpStatuses(dense, [{ date: "2026-02-09", phaseId: dense.id }, { date: "2026-02-05", phaseId: dense.id }], "2026-02-20");
    expect(two.slice(0, 2).map((x) => [x.status, x.heldOn])).toEqual([["done", "2026-02-05"], ["done", "2026-02-09"]]);
  });

  it("ignores follow-ups recorded in other phases", () => {
    expect(first("2026-03-01", [{ date: "2026-02-16", phaseId: "another-phase" }]).status).toBe("missed");
  });

  it("follows a municipality's tolerance", () => {
    const strict = { ...DEFAULT_METHOD_CONFIG, overdueToleranceDays: 0 };
    expect(followUpStatuses(phase, held("2026-02-15"), "2026-02-16", strict)[0]!.status).toBe("due");
    expect(followUpStatuses(phase, held("2026-02-15"), "2026-02-17", strict)[0]!.status).toBe("missed");
  });

  it("works across the switch to summer time", () => {
    // From 16 March: due 30 March, window 27 March – 2 April, spanning the 29 March switch.
    const spring = change({ startDate: "2026-03-16", plannedWeeks: 8 });
    const on = (today: string, dates: string[] = []) => followUpStatuses(spring, dates.map((date) => ({ date, phaseId: spring.id })), today)[0]!;
    expect(on("2026-03-26").status).toBe("upcoming");
    expect(on("2026-03-27").status).toBe("due");
    expect(on("2026-04-02").status).toBe("due");
    expect(on("2026-04-03").status).toBe("missed");
    expect(on("2026-04-03", ["2026-03-27"])).toMatchObject({ status: "done", heldOn: "2026-03-27" });
  });

  it("works across a leap day", () => {
    // Due 29 February 2028, window 26 February – 3 March.
    const leap = change({ startDate: "2028-02-15", plannedWeeks: 8 });
    const on = (today: string, dates: string[] = []) => followUpStatuses(leap, dates.map((date) => ({ date, phaseId: leap.id })), today)[0]!;
    expect(on("2028-02-26").status).toBe("due");
    expect(on("2028-03-03").status).toBe("due");
    expect(on("2028-03-04").status).toBe("missed");
    expect(on("2028-03-04", ["2028-03-03"]).status).toBe("done");
  });
});

describe("dueFollowUps", () => {
  it("lists missed first, then what falls due within the horizon", () => {
    const s = inChange({}, { followUps: [{ date: "2026-03-02", phaseId: "c1" }] });
    // On 14 March: 16 Feb is missed, 2 March done, 16 March due (window 13–19 March);
    // 30 March is beyond the 14-day horizon (28 March).
    expect(dueFollowUps(s, "2026-03-14", 14).map((d) => [d.dueDate, d.status])).toEqual([["2026-02-16", "missed"], ["2026-03-16", "due"]]);
    // A 16-day horizon reaches 30 March exactly.
    expect(dueFollowUps(s, "2026-03-14", 16).map((d) => [d.dueDate, d.status])).toEqual([
      ["2026-02-16", "missed"], ["2026-03-16", "due"], ["2026-03-30", "upcoming"],
    ]);
  });

  it("keeps a due date whose window is still open after the due day", () => {
    expect(dueFollowUps(inChange(), "2026-02-19", 0).map((d) => [d.dueDate, d.status])).toEqual([["2026-02-16", "due"]]);
  });

  it("is empty without a running change or maintenance phase", () => {
    expect(dueFollowUps(snapshot(), "2026-03-14")).toEqual([]);
    expect(dueFollowUps(afterChange(), "2026-05-01")).toEqual([]);
    expect(dueFollowUps(inChange({}, { closed: true }), "2026-03-14")).toEqual([]);
  });
});

describe("checkRecordFollowUp", () => {
  const s = inChange(); // running since 2 February 2026
  const today = "2026-03-02";

  it("accepts a follow-up from the phase's first day up to today", () => {
    expect(checkRecordFollowUp(s, "2026-02-02", today)).toEqual({ ok: true, phaseId: "c1" });
    expect(checkRecordFollowUp(s, today, today)).toEqual({ ok: true, phaseId: "c1" });
  });

  it("refuses a date in the future or before the phase started", () => {
    expect(checkRecordFollowUp(s, "2026-03-03", today)).toEqual({ ok: false, reason: "FOLLOW_UP_IN_FUTURE", field: "date" });
    expect(checkRecordFollowUp(s, "2026-02-01", today)).toEqual({ ok: false, reason: "FOLLOW_UP_BEFORE_PHASE_START", params: { date: "2026-02-02" }, field: "date" });
    expect(verdict(checkRecordFollowUp(s, "2026-02-30", today))).toBe("INVALID_DATE");
  });

  it("allows extra follow-ups, also on a day that already has one and after the planned end", () => {
    const busy = inChange({}, { followUps: [{ date: "2026-02-16", phaseId: "c1" }] });
    expect(verdict(checkRecordFollowUp(busy, "2026-02-16", today))).toBe("OK");
    expect(verdict(checkRecordFollowUp(busy, "2026-02-20", today))).toBe("OK");
    // Planned last day is 26 April; the phase still runs on 5 May.
    expect(verdict(checkRecordFollowUp(busy, "2026-05-05", "2026-05-05"))).toBe("OK");
  });

  it("refuses outside a running change or maintenance phase", () => {
    expect(verdict(checkRecordFollowUp(snapshot(), today, today))).toBe("FOLLOW_UP_OUTSIDE_ACTIVE_PHASE");
    expect(verdict(checkRecordFollowUp(afterChange(), "2026-04-20", "2026-05-01"))).toBe("FOLLOW_UP_OUTSIDE_ACTIVE_PHASE");
    expect(verdict(checkRecordFollowUp(inChange({}, { closed: true }), today, today))).toBe("CASE_CLOSED");
  });

  it("accepts follow-ups in a maintenance phase", () => {
    const m = snapshot({ phases: [startUp("2026-01-05", "2026-02-02"), change({ endDate: "2026-04-26", assessment: { decision: "START_MAINTENANCE", date: "2026-04-28" } }), maintenance()] });
    expect(checkRecordFollowUp(m, "2026-05-04", "2026-05-10")).toEqual({ ok: true, phaseId: "m1" });
    expect(verdict(checkRecordFollowUp(m, "2026-05-03", "2026-05-10"))).toBe("FOLLOW_UP_BEFORE_PHASE_START");
  });
});

describe("nextDueDate", () => {
  it("is the next due date whose window is still open and lacks its follow-up", () => {
    expect(nextDueDate(inChange(), "2026-02-01")).toBe("2026-02-16");
    // 16 February held; 2 March is next.
    expect(nextDueDate(inChange({}, { followUps: [{ date: "2026-02-17", phaseId: "c1" }] }), "2026-02-20")).toBe("2026-03-02");
    // Nothing held by 1 March: 16 February is missed, not "next" for the rest of the phase.
    expect(nextDueDate(inChange(), "2026-03-01")).toBe("2026-03-02");
  });

  it("is null when everything is held or nothing runs", () => {
    const all = ["2026-02-16", "2026-03-02", "2026-03-16", "2026-03-30", "2026-04-13"].map((date) => ({ date, phaseId: "c1" }));
    expect(nextDueDate(inChange({}, { followUps: all }), "2026-04-20")).toBeNull();
    expect(nextDueDate(snapshot(), "2026-02-01")).toBeNull();
    expect(nextDueDate(afterChange(), "2026-05-01")).toBeNull();
  });
});

describe("followUpStanding", () => {
  // The change phase of inChange(): 2 February – 26 April 2026, due 16 Feb, 2 Mar, 16 Mar, 30 Mar, 13 Apr.
  const held = (...dates: string[]) => dates.map((date) => ({ date, phaseId: "c1" }));
  const standing = (today: string, followUps: string[] = [], tolerance = 3, phase = {}) =>
    followUpStanding(inChange(phase, { followUps: held(...followUps) }), today, { ...DEFAULT_METHOD_CONFIG, overdueToleranceDays: tolerance });
  const none = { next: null, missed: [], overdueSince: null };

  it.each([
    // today, follow-ups held, tolerance, expected next, missed, overdue since
    ["before the first window", "2026-02-01", [], 3, "2026-02-16", [], null],
    ["first day of the window", "2026-02-13", [], 3, "2026-02-16", [], null],
    ["last day of the window", "2026-02-19", [], 3, "2026-02-16", [], null],
    ["the day after the window: missed, next is 2 March", "2026-02-20", [], 3, "2026-03-02", ["2026-02-16"], "2026-02-16"],
    ["held late but inside the window", "2026-02-20", ["2026-02-19"], 3, "2026-03-02", [], null],
    ["held one day after the window: still missed, but caught up", "2026-02-21", ["2026-02-20"], 3, "2026-03-02", ["2026-02-16"], null],
    ["two missed in a row", "2026-03-06", [], 3, "2026-03-16", ["2026-02-16", "2026-03-02"], "2026-02-16"],
    ["missed, then the next one held: on track, the miss is kept", "2026-03-06", ["2026-03-02"], 3, "2026-03-16", ["2026-02-16"], null],
    ["missed, the next one held early in its window", "2026-03-01", ["2026-02-27"], 3, "2026-03-16", ["2026-02-16"], null],
    ["held, then missed", "2026-03-06", ["2026-02-16"], 3, "2026-03-16", ["2026-03-02"], "2026-03-02"],
    ["tolerance 0: one day late is missed", "2026-02-17", [], 0, "2026-03-02", ["2026-02-16"], "2026-02-16"],
    ["tolerance 0: held on the day", "2026-02-17", ["2026-02-16"], 0, "2026-03-02", [], null],
    ["tolerance 0: held a day late counts for nothing", "2026-02-18", ["2026-02-17"], 0, "2026-03-02", ["2026-02-16"], null],
    ["tolerance 7: a week late still counts", "2026-02-23", ["2026-02-23"], 7, "2026-03-02", [], null],
    ["tolerance 7: still open on the 7th day", "2026-02-23", [], 7, "2026-02-16", [], null],
    ["tolerance 7: missed on the 8th day", "2026-02-24", [], 7, "2026-03-02", ["2026-02-16"], "2026-02-16"],
    ["after the last due date of the planned length", "2026-04-20", ["2026-02-16", "2026-03-02", "2026-03-16", "2026-03-30"], 3, null, ["2026-04-13"], "2026-04-13"],
  ] as const)("%s", (_name, today, followUps, tolerance, next, missed, overdueSince) => {
    expect(standing(today, [...followUps], tolerance)).toEqual({ next, missed: [...missed], overdueSince });
  });

  it("keeps a miss when the phase is extended after it, and the extension brings new due dates", () => {
    // 12 → 14 weeks: 27 April joins the schedule; 16 February stays missed.
    expect(standing("2026-04-20", ["2026-03-02", "2026-03-16", "2026-03-30", "2026-04-13"], 3, { plannedWeeks: 14 }))
      .toEqual({ next: "2026-04-27", missed: ["2026-02-16"], overdueSince: null });
  });

  it("is empty when the case is closed or no cycle runs", () => {
    expect(followUpStanding(inChange({}, { closed: true }), "2026-03-14")).toEqual(none);
    expect(followUpStanding(afterChange(), "2026-05-01")).toEqual(none);
    expect(followUpStanding(snapshot(), "2026-02-01")).toEqual(none);
  });
});

describe("dueDateRecords", () => {
  it("keeps the due dates of ended phases with their held follow-ups, and does not depend on the day", () => {
    const s = afterChange();
    const records = dueDateRecords(s);
    expect(records.every((r) => r.phaseId === "c1")).toBe(true);
    expect(records.map((r) => r.dueDate)).toEqual(followUpSchedule(s.phases.find((p) => p.id === "c1")!));
    expect(records.every((r) => r.windowEnd === addDays(r.dueDate, 3) && r.windowStart === addDays(r.dueDate, -3))).toBe(true);
  });
});

describe("checkRecordFollowUp on the phase the form was opened on", () => {
  it("accepts the running phase and refuses a phase that has ended since, never dating a follow-up after its end", () => {
    expect(checkRecordFollowUp(inChange(), "2026-03-02", "2026-03-02", undefined, "c1")).toEqual({ ok: true, phaseId: "c1" });
    expect(checkRecordFollowUp(afterChange(), "2026-04-27", "2026-05-01", undefined, "c1")).toEqual({ ok: false, reason: "FOLLOW_UP_AFTER_PHASE_END", params: { date: "2026-04-26" }, field: "date" });
    // Inside the ended phase it is still not that phase's time any more.
    expect(verdict(checkRecordFollowUp(afterChange(), "2026-04-20", "2026-05-01", undefined, "c1"))).toBe("FOLLOW_UP_OUTSIDE_ACTIVE_PHASE");
    // A form opened on the start-up phase, which ended when the change phase began.
    expect(verdict(checkRecordFollowUp(inChange(), "2026-03-02", "2026-03-02", undefined, "s1"))).toBe("FOLLOW_UP_AFTER_PHASE_END");
    // A phase this family does not have.
    expect(verdict(checkRecordFollowUp(inChange(), "2026-03-02", "2026-03-02", undefined, "nope"))).toBe("FOLLOW_UP_OUTSIDE_ACTIVE_PHASE");
  });

  it("answers a closed case with CASE_CLOSED before anything else", () => {
    expect(verdict(checkRecordFollowUp(afterChange(null, { closed: true }), "2026-04-27", "2026-05-01", undefined, "c1"))).toBe("CASE_CLOSED");
  });
});

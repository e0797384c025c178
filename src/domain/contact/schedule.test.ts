import { describe, expect, it } from "vitest";
import { MAX_CONTACT_DATES, canRecordSession, checkContactPlan, generateContactDates, sessionCounts } from "./schedule";

const all = { from: "2000-01-01", to: "2100-01-01" };

describe("contact session dates", () => {
  it("weekly keeps its weekday across the switch to summer time (Sunday 2026-03-29)", () => {
    // A plan on Sundays hits the switch day itself; a Wednesday plan runs across it.
    expect(generateContactDates({ frequency: "WEEKLY", validFrom: "2026-03-22", validTo: "2026-04-05" }, all)).toEqual(["2026-03-22", "2026-03-29", "2026-04-05"]);
    expect(generateContactDates({ frequency: "WEEKLY", validFrom: "2026-03-18", validTo: "2026-04-08" }, all)).toEqual(["2026-03-18", "2026-03-25", "2026-04-01", "2026-04-08"]);
  });

  it("every other week counts 14 days from the start", () => {
    expect(generateContactDates({ frequency: "EVERY_OTHER_WEEK", validFrom: "2026-10-20", validTo: "2026-11-30" }, all)).toEqual(["2026-10-20", "2026-11-03", "2026-11-17"]);
  });

  it("every other weekend starts on the Saturday after a Wednesday start", () => {
    // 2026-11-04 is a Wednesday; the first Saturday is 7 November.
    expect(generateContactDates({ frequency: "EVERY_OTHER_WEEKEND", validFrom: "2026-11-04", validTo: "2026-12-10" }, all)).toEqual(["2026-11-07", "2026-11-21", "2026-12-05"]);
  });

  it("every other weekend starting on a Saturday begins that day", () => {
    expect(generateContactDates({ frequency: "EVERY_OTHER_WEEKEND", validFrom: "2026-08-01", validTo: "2026-08-20" }, all)).toEqual(["2026-08-01", "2026-08-15"]);
  });

  it("monthly from 31 January 2026 clamps to each month's end and returns to the 31st, through the leap day 2028", () => {
    const dates = generateContactDates({ frequency: "MONTHLY", validFrom: "2026-01-31", validTo: "2028-03-31" }, all);
    expect(dates).toHaveLength(27);
    expect(dates.slice(0, 4)).toEqual(["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"]);
    expect(dates).toContain("2027-02-28");
    expect(dates.slice(-3)).toEqual(["2028-01-31", "2028-02-29", "2028-03-31"]);
  });

  it("monthly in a window years after the start keeps the start's day of month", () => {
    expect(generateContactDates({ frequency: "MONTHLY", validFrom: "2026-01-31", validTo: null }, { from: "2030-02-01", to: "2030-04-30" })).toEqual(["2030-02-28", "2030-03-31", "2030-04-30"]);
    expect(generateContactDates({ frequency: "MONTHLY", validFrom: "2026-01-15", validTo: null }, { from: "2026-03-16", to: "2026-05-14" })).toEqual(["2026-04-15"]);
  });

  it("an open-ended plan runs to the window's end and keeps the rhythm from the plan's start", () => {
    expect(generateContactDates({ frequency: "EVERY_OTHER_WEEK", validFrom: "2026-01-05", validTo: null }, { from: "2026-02-10", to: "2026-03-16" })).toEqual(["2026-02-16", "2026-03-02", "2026-03-16"]);
  });

  it("clips to the window on both sides, and to the validity inside the window", () => {
    const weekly = { frequency: "WEEKLY" as const, validFrom: "2026-01-01", validTo: "2026-01-29" };
    expect(generateContactDates(weekly, { from: "2026-01-08", to: "2026-01-22" })).toEqual(["2026-01-08", "2026-01-15", "2026-01-22"]);
    expect(generateContactDates(weekly, { from: "2025-12-01", to: "2026-01-10" })).toEqual(["2026-01-01", "2026-01-08"]);
    expect(generateContactDates(weekly, { from: "2026-01-20", to: "2026-12-31" })).toEqual(["2026-01-22", "2026-01-29"]);
    expect(generateContactDates(weekly, { from: "2026-02-01", to: "2026-03-01" })).toEqual([]);
  });

  it("uses exactly the custom dates within validity and window, sorted and once each", () => {
    expect(generateContactDates({ frequency: "CUSTOM", validFrom: "2026-01-01", validTo: "2026-06-30", customDates: ["2026-07-01", "2026-03-03", "2026-02-02", "2026-03-03", "2025-12-31"] }, all)).toEqual(["2026-02-02", "2026-03-03"]);
    expect(generateContactDates({ frequency: "CUSTOM", validFrom: "2026-01-01", validTo: null, customDates: ["2026-03-03", "2026-02-02"] }, { from: "2026-02-03", to: "2026-12-31" })).toEqual(["2026-03-03"]);
  });

  it("stops at the hard cap instead of running away", () => {
    const dates = generateContactDates({ frequency: "WEEKLY", validFrom: "1900-01-01", validTo: null }, { from: "1900-01-01", to: "2199-12-31" });
    expect(dates).toHaveLength(MAX_CONTACT_DATES);
    expect(dates.at(-1)).toBe("1919-02-24");
  });

  it("refuses dates that are not calendar dates", () => {
    expect(() => generateContactDates({ frequency: "WEEKLY", validFrom: "2026-02-30", validTo: null }, all)).toThrow(RangeError);
  });
});

describe("contact plan rules", () => {
  const base = { frequency: "WEEKLY" as const, validFrom: "2026-02-01", validTo: "2026-03-01", durationMinutes: 120 };
  it("refuses an end before the start, allows the same day and an open end", () => {
    expect(checkContactPlan({ ...base, validTo: "2026-01-31" })).toEqual({ ok: false, reason: "CONTACT_END_BEFORE_START", field: "validTo" });
    expect(checkContactPlan({ ...base, validTo: "2026-02-01" })).toEqual({ ok: true });
    expect(checkContactPlan({ ...base, validTo: null })).toEqual({ ok: true });
  });
  it("needs at least one custom date, each inside the validity", () => {
    expect(checkContactPlan({ ...base, frequency: "CUSTOM", customDates: [] })).toEqual({ ok: false, reason: "CONTACT_CUSTOM_DATES_REQUIRED", field: "customDates" });
    expect(checkContactPlan({ ...base, frequency: "CUSTOM" })).toMatchObject({ reason: "CONTACT_CUSTOM_DATES_REQUIRED" });
    expect(checkContactPlan({ ...base, frequency: "CUSTOM", customDates: ["2026-02-10", "2026-03-02"] })).toEqual({ ok: false, reason: "CONTACT_CUSTOM_DATE_OUTSIDE_VALIDITY", field: "customDates" });
    expect(checkContactPlan({ ...base, frequency: "CUSTOM", customDates: ["2026-01-31"] })).toMatchObject({ reason: "CONTACT_CUSTOM_DATE_OUTSIDE_VALIDITY" });
    expect(checkContactPlan({ ...base, frequency: "CUSTOM", customDates: ["2026-02-01", "2026-03-01"] })).toEqual({ ok: true });
    expect(checkContactPlan({ ...base, validTo: null, frequency: "CUSTOM", customDates: ["2030-01-01"] })).toEqual({ ok: true });
  });
  it("keeps the duration between 15 minutes and 12 hours, whole minutes", () => {
    expect(checkContactPlan({ ...base, durationMinutes: 15 })).toEqual({ ok: true });
    expect(checkContactPlan({ ...base, durationMinutes: 720 })).toEqual({ ok: true });
    expect(checkContactPlan({ ...base, durationMinutes: 14 })).toEqual({ ok: false, reason: "CONTACT_DURATION_OUT_OF_RANGE", field: "durationMinutes" });
    expect(checkContactPlan({ ...base, durationMinutes: 721 })).toMatchObject({ reason: "CONTACT_DURATION_OUT_OF_RANGE" });
    expect(checkContactPlan({ ...base, durationMinutes: 30.5 })).toMatchObject({ reason: "CONTACT_DURATION_OUT_OF_RANGE" });
  });
  it("records a session on its day or later only", () => {
    expect(canRecordSession({ date: "2026-02-02" }, "2026-02-02")).toEqual({ ok: true });
    expect(canRecordSession({ date: "2026-02-01" }, "2026-02-02")).toEqual({ ok: true });
    expect(canRecordSession({ date: "2026-02-03" }, "2026-02-02")).toEqual({ ok: false, reason: "SESSION_IN_FUTURE" });
  });
});

describe("session counts", () => {
  it("counts outcomes inside the window; a planned session is not recorded once its day is over", () => {
    const counts = sessionCounts([
      { date: "2026-01-31", status: "HELD" }, // before the window
      { date: "2026-02-01", status: "HELD" },
      { date: "2026-02-04", status: "HELD" },
      { date: "2026-02-08", status: "CANCELLED_BY_PARENT" },
      { date: "2026-02-15", status: "CANCELLED_BY_CHILD" },
      { date: "2026-02-22", status: "PLANNED" },
      { date: "2026-02-25", status: "PLANNED" },
      { date: "2026-02-28", status: "CANCELLED_BY_SITE" },
      { date: "2026-03-01", status: "PLANNED" }, // the window's last day (today): still open
      { date: "2026-03-08", status: "PLANNED" }, // after the window
    ], { from: "2026-02-01", to: "2026-03-01" });
    expect(counts).toEqual({ held: 2, cancelledByParent: 1, cancelledBySite: 1, cancelledByChild: 1, notRecorded: 2, planned: 1 });
  });
  it("is all zeros without sessions", () => {
    expect(sessionCounts([], { from: "2026-02-01", to: "2026-03-01" })).toEqual({ held: 0, cancelledByParent: 0, cancelledBySite: 0, cancelledByChild: 0, notRecorded: 0, planned: 0 });
  });
});

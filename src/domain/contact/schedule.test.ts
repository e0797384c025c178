import { describe, expect, it } from "vitest";
import { canRecordSession, checkContactPlan, generateContactDates, sessionCounts } from "./schedule";

const all = { from: "2000-01-01", to: "2100-01-01" };

describe("contact session dates", () => {
  it("weekly keeps its weekday across the switch to summer time", () => {
    expect(generateContactDates({ frequency: "WEEKLY", validFrom: "2026-03-18", validTo: "2026-04-08" }, all)).toEqual(["2026-03-18", "2026-03-25", "2026-04-01", "2026-04-08"]);
  });

  it("every other weekend starts on the Saturday after a Wednesday start", () => {
    // 2026-11-04 is a Wednesday; the first Saturday is 7 November.
    expect(generateContactDates({ frequency: "EVERY_OTHER_WEEKEND", validFrom: "2026-11-04", validTo: "2026-12-10" }, all)).toEqual(["2026-11-07", "2026-11-21", "2026-12-05"]);
  });

  it("monthly from the 31st clamps to the month's end, leap day included", () => {
    expect(generateContactDates({ frequency: "MONTHLY", validFrom: "2028-01-31", validTo: "2028-04-30" }, all)).toEqual(["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"]);
  });

  it("clips an open-ended plan to the window and keeps the rhythm from the plan's start", () => {
    expect(generateContactDates({ frequency: "EVERY_OTHER_WEEK", validFrom: "2026-01-05", validTo: null }, { from: "2026-02-10", to: "2026-03-10" })).toEqual(["2026-02-16", "2026-03-02"]);
  });

  it("uses exactly the custom dates within validity and window", () => {
    expect(generateContactDates({ frequency: "CUSTOM", validFrom: "2026-01-01", validTo: "2026-06-30", customDates: ["2026-07-01", "2026-03-03", "2026-02-02", "2026-03-03"] }, all)).toEqual(["2026-02-02", "2026-03-03"]);
  });
});

describe("contact plan rules", () => {
  const base = { frequency: "WEEKLY" as const, validFrom: "2026-02-01", validTo: "2026-03-01", durationMinutes: 120 };
  it("refuses an end before the start, allows the same day", () => {
    expect(checkContactPlan({ ...base, validTo: "2026-01-31" })).toEqual({ ok: false, reason: "CONTACT_END_BEFORE_START", field: "validTo" });
    expect(checkContactPlan({ ...base, validTo: "2026-02-01" })).toEqual({ ok: true });
  });
  it("needs custom dates inside the validity", () => {
    expect(checkContactPlan({ ...base, frequency: "CUSTOM", customDates: [] })).toMatchObject({ reason: "CONTACT_CUSTOM_DATES_REQUIRED" });
    expect(checkContactPlan({ ...base, frequency: "CUSTOM", customDates: ["2026-03-02"] })).toMatchObject({ reason: "CONTACT_CUSTOM_DATE_OUTSIDE_VALIDITY" });
  });
  it("keeps the duration between 15 minutes and 12 hours", () => {
    expect(checkContactPlan({ ...base, durationMinutes: 14 })).toMatchObject({ reason: "CONTACT_DURATION_OUT_OF_RANGE" });
    expect(checkContactPlan({ ...base, durationMinutes: 721 })).toMatchObject({ reason: "CONTACT_DURATION_OUT_OF_RANGE" });
  });
  it("records a session on its day or later only", () => {
    expect(canRecordSession({ date: "2026-02-02" }, "2026-02-02")).toEqual({ ok: true });
    expect(canRecordSession({ date: "2026-02-03" }, "2026-02-02")).toEqual({ ok: false, reason: "SESSION_IN_FUTURE" });
  });
});

describe("session counts", () => {
  it("counts outcomes inside the window; planned sessions whose day has come are not recorded", () => {
    const counts = sessionCounts([
      { date: "2026-01-31", status: "HELD" },
      { date: "2026-02-01", status: "HELD" },
      { date: "2026-02-08", status: "CANCELLED_BY_PARENT" },
      { date: "2026-02-15", status: "CANCELLED_BY_CHILD" },
      { date: "2026-02-22", status: "PLANNED" },
      { date: "2026-03-01", status: "CANCELLED_BY_SITE" },
      { date: "2026-03-08", status: "PLANNED" },
    ], { from: "2026-02-01", to: "2026-03-01" });
    expect(counts).toEqual({ held: 1, cancelledByParent: 1, cancelledBySite: 1, cancelledByChild: 1, notRecorded: 1 });
  });
});

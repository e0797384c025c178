import { describe, expect, it } from "vitest";
import { ageOn, checkBirthDate, checkEndPlacement, checkMovePlacement, checkStartPlacement, movedPlacements } from "./placements";

const TODAY = "2026-11-20";
const open = { startDate: "2026-03-01", endDate: null, siteId: "lund" };

describe("starting a placement", () => {
  const child = { birthDate: "2015-05-05", placements: [] };
  it("accepts today and the past, refuses tomorrow", () => {
    expect(checkStartPlacement(child, TODAY, TODAY)).toBeNull();
    expect(checkStartPlacement(child, "2020-01-01", TODAY)).toBeNull();
    expect(checkStartPlacement(child, "2026-11-21", TODAY)).toMatchObject({ reason: "PLACEMENT_START_IN_FUTURE", field: "startDate" });
  });
  it("refuses a start before the child was born, accepts the birth day", () => {
    expect(checkStartPlacement(child, "2015-05-04", TODAY)).toMatchObject({ reason: "PLACEMENT_BEFORE_BIRTH" });
    expect(checkStartPlacement(child, "2015-05-05", TODAY)).toBeNull();
  });
  it("refuses a second open placement: that is a move", () => {
    expect(checkStartPlacement({ ...child, placements: [open] }, TODAY, TODAY)).toMatchObject({ reason: "PLACEMENT_ALREADY_OPEN" });
  });
  it("refuses a start before the previous placement ended; the end day itself is allowed", () => {
    const ended = { ...child, placements: [{ startDate: "2025-01-01", endDate: "2026-06-30" }, { startDate: "2024-01-01", endDate: "2024-12-31" }] };
    expect(checkStartPlacement(ended, "2026-06-29", TODAY)).toMatchObject({ reason: "PLACEMENT_OVERLAPS_PREVIOUS", params: { date: "2026-06-30" } });
    expect(checkStartPlacement(ended, "2026-06-30", TODAY)).toBeNull();
  });
});

describe("ending a placement", () => {
  const end = (endDate: string, reason: "RETURNED_HOME" | "MOVED" | "TURNED_18" | "OTHER" = "RETURNED_HOME", text = "") => ({ endDate, reason, text });
  it("accepts the start day and today, refuses before the start and after today", () => {
    expect(checkEndPlacement(open, "2015-05-05", end("2026-03-01"), TODAY)).toBeNull();
    expect(checkEndPlacement(open, "2015-05-05", end(TODAY), TODAY)).toBeNull();
    expect(checkEndPlacement(open, "2015-05-05", end("2026-02-28"), TODAY)).toMatchObject({ reason: "PLACEMENT_END_BEFORE_START", field: "endDate" });
    expect(checkEndPlacement(open, "2015-05-05", end("2026-11-21"), TODAY)).toMatchObject({ reason: "PLACEMENT_END_IN_FUTURE" });
  });
  it("refuses to end one that has ended", () => {
    expect(checkEndPlacement({ startDate: "2026-01-01", endDate: "2026-02-01" }, "2015-05-05", end(TODAY), TODAY)).toMatchObject({ reason: "PLACEMENT_ENDED" });
  });
  it("wants words for 'other', not for the listed reasons", () => {
    expect(checkEndPlacement(open, "2015-05-05", end(TODAY, "OTHER", "  "), TODAY)).toMatchObject({ reason: "PLACEMENT_END_TEXT_REQUIRED", field: "endReasonText" });
    expect(checkEndPlacement(open, "2015-05-05", end(TODAY, "OTHER", "Flyttet til udlandet"), TODAY)).toBeNull();
  });
  it("takes 'turned 18' only from the 18th birthday on", () => {
    expect(checkEndPlacement(open, "2008-11-20", end(TODAY, "TURNED_18"), TODAY)).toBeNull();
    expect(checkEndPlacement(open, "2008-11-21", end(TODAY, "TURNED_18"), TODAY)).toMatchObject({ reason: "NOT_YET_18", params: { date: "2026-11-21" } });
  });
});

describe("moving a child", () => {
  it("refuses the same site, a future date and a date before the placement began", () => {
    expect(checkMovePlacement(open, { toSiteId: "lund", moveDate: TODAY }, TODAY)).toMatchObject({ reason: "MOVE_TO_SAME_SITE", field: "toSiteId" });
    expect(checkMovePlacement(open, { toSiteId: "sol", moveDate: "2026-11-21" }, TODAY)).toMatchObject({ reason: "MOVE_IN_FUTURE" });
    expect(checkMovePlacement(open, { toSiteId: "sol", moveDate: "2026-02-28" }, TODAY)).toMatchObject({ reason: "MOVE_BEFORE_START" });
    expect(checkMovePlacement({ ...open, endDate: "2026-05-01" }, { toSiteId: "sol", moveDate: TODAY }, TODAY)).toMatchObject({ reason: "PLACEMENT_ENDED" });
  });
  it("accepts today and the start day, and leaves no day without a site", () => {
    expect(checkMovePlacement(open, { toSiteId: "sol", moveDate: TODAY }, TODAY)).toBeNull();
    expect(checkMovePlacement(open, { toSiteId: "sol", moveDate: "2026-03-01" }, TODAY)).toBeNull();
    expect(movedPlacements(TODAY)).toEqual({ oldEndDate: TODAY, newStartDate: TODAY, endReason: "MOVED" });
  });
});

describe("dates of people", () => {
  it("refuses a birth date after today", () => {
    expect(checkBirthDate("2026-11-21", TODAY)).toMatchObject({ reason: "BIRTH_DATE_IN_FUTURE" });
    expect(checkBirthDate(TODAY, TODAY)).toBeNull();
  });
  it("counts whole years, a leap-day child turning a year older on 1 March", () => {
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
    expect(ageOn("2010-12-31", "2026-12-30")).toBe(15);
  });
});

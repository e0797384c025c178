import { describe, expect, it } from "vitest";
import { addDays, addWeeks, daysBetween, isValidCalendarDate, todayInCopenhagen } from "./calendar";

describe("calendar dates", () => {
  it("accepts real days only, leap days included", () => {
    expect(isValidCalendarDate("2028-02-29")).toBe(true);
    expect(isValidCalendarDate("2026-02-29")).toBe(false);
    expect(isValidCalendarDate("2026-13-01")).toBe(false);
    expect(isValidCalendarDate("2026-1-5")).toBe(false);
    expect(isValidCalendarDate(20260105)).toBe(false);
  });

  it("adds days across leap days and month ends", () => {
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-02-29", 1)).toBe("2028-03-01");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addWeeks("2028-02-15", 2)).toBe("2028-02-29");
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
    expect(daysBetween("2027-02-01", "2027-03-01")).toBe(28);
  });

  it("keeps whole days across Copenhagen's switches to and from summer time", () => {
    // 2026-03-29 and 2026-10-25 have 23 and 25 hours in Copenhagen; still one calendar day each.
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(daysBetween("2026-03-20", "2026-04-03")).toBe(14);
    expect(daysBetween("2026-10-20", "2026-11-03")).toBe(14);
  });

  it("takes today from Copenhagen's wall clock, not UTC", () => {
    // Summer (UTC+2): 22:30 UTC is already the next day in Copenhagen.
    expect(todayInCopenhagen(new Date("2026-07-01T22:30:00Z"))).toBe("2026-07-02");
    expect(todayInCopenhagen(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    // Winter (UTC+1): 23:30 UTC is the next day, 22:59 is not.
    expect(todayInCopenhagen(new Date("2026-01-15T23:30:00Z"))).toBe("2026-01-16");
    expect(todayInCopenhagen(new Date("2026-01-15T22:59:00Z"))).toBe("2026-01-15");
    // The night the clocks go back: 00:30 UTC on 25 October is 02:30 CEST on the 25th.
    expect(todayInCopenhagen(new Date("2026-10-25T00:30:00Z"))).toBe("2026-10-25");
  });
});

import { afterAll, describe, expect, it } from "vitest";
import {
  addDays, addWeeks, compareDates, daysBetween, isAfter, isBefore, isValidCalendarDate, isWithin, maxDate, minDate, mondayOf, todayInCopenhagen,
} from "./calendar";

describe("isValidCalendarDate", () => {
  it.each([
    ["2024-02-29", true], // leap year
    ["2028-02-29", true],
    ["2000-02-29", true], // divisible by 400
    ["2025-02-29", false],
    ["2100-02-29", false], // divisible by 100, not by 400
    ["2026-04-31", false],
    ["2026-13-01", false],
    ["2026-00-10", false],
    ["2026-01-00", false],
    ["2026-1-5", false],
    [" 2026-01-05", false],
    ["2026-01-05T00:00:00Z", false],
    ["1899-12-31", false], // outside the sanity range
    ["0024-02-29", false],
    ["2026-01-05", true],
  ])("%s → %s", (value, expected) => {
    expect(isValidCalendarDate(value)).toBe(expected);
  });

  it("rejects what is not a string", () => {
    expect(isValidCalendarDate(20260105)).toBe(false);
    expect(isValidCalendarDate(null)).toBe(false);
    expect(isValidCalendarDate(new Date("2026-01-05"))).toBe(false);
  });
});

// The arithmetic must not depend on the server's zone: run it as if the host were in Copenhagen
// (where 29 March 2026 has 23 hours), far west, far east and in UTC.
const HOST_ZONES = [
  ["Europe/Copenhagen", -120],
  ["America/Los_Angeles", 420],
  ["Pacific/Kiritimati", -840],
  ["UTC", 0],
] as const;
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(HOST_ZONES)("calendar arithmetic with the host in %s", (zone, julyOffset) => {
  it("really runs in that zone", () => {
    process.env.TZ = zone;
    expect(new Date("2026-07-01T12:00:00Z").getTimezoneOffset()).toBe(julyOffset);
  });

  it("adds days across month ends, year ends and leap days", () => {
    process.env.TZ = zone;
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2028-02-29", 1)).toBe("2028-03-01");
    expect(addDays("2027-02-28", 1)).toBe("2027-03-01");
    expect(addDays("2028-03-01", -1)).toBe("2028-02-29");
    expect(addDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addDays("2026-01-05", 0)).toBe("2026-01-05");
    expect(addWeeks("2028-02-15", 2)).toBe("2028-02-29");
  });

  it("keeps whole days across Copenhagen's switches to and from summer time", () => {
    process.env.TZ = zone;
    // 29 March 2026 has 23 hours and 25 October 2026 has 25 in Copenhagen; each is still one day.
    expect(addDays("2026-03-28", 1)).toBe("2026-03-29");
    expect(addDays("2026-03-28", 2)).toBe("2026-03-30");
    expect(addDays("2026-03-30", -2)).toBe("2026-03-28");
    expect(addDays("2026-10-24", 2)).toBe("2026-10-26");
    expect(addWeeks("2026-03-20", 2)).toBe("2026-04-03");
    expect(addWeeks("2026-10-16", 2)).toBe("2026-10-30");
    // 2027: last Sundays are 28 March and 31 October.
    expect(addWeeks("2027-03-22", 1)).toBe("2027-03-29");
    expect(addWeeks("2027-10-27", 1)).toBe("2027-11-03");
  });

  it("counts days between dates across the switches and leap days", () => {
    process.env.TZ = zone;
    expect(daysBetween("2026-03-20", "2026-04-03")).toBe(14);
    expect(daysBetween("2026-10-20", "2026-11-03")).toBe(14);
    expect(daysBetween("2026-03-29", "2026-03-30")).toBe(1);
    expect(daysBetween("2028-02-01", "2028-03-01")).toBe(29);
    expect(daysBetween("2027-02-01", "2027-03-01")).toBe(28);
    expect(daysBetween("2026-04-03", "2026-03-20")).toBe(-14);
    expect(daysBetween("2026-01-01", "2027-01-01")).toBe(365);
    expect(daysBetween("2028-01-01", "2029-01-01")).toBe(366);
  });

  it("tells Copenhagen's date, not the host's nor UTC's", () => {
    process.env.TZ = zone;
    // Summer (UTC+2): 23:30 UTC is 01:30 the next day in Copenhagen; 21:59 UTC is 23:59 the same day.
    expect(todayInCopenhagen(new Date("2026-07-01T23:30:00Z"))).toBe("2026-07-02");
    expect(todayInCopenhagen(new Date("2026-07-01T22:00:00Z"))).toBe("2026-07-02");
    expect(todayInCopenhagen(new Date("2026-07-01T21:59:00Z"))).toBe("2026-07-01");
    // Winter (UTC+1): 23:00 UTC is midnight in Copenhagen; 22:59 is not yet.
    expect(todayInCopenhagen(new Date("2026-01-15T23:00:00Z"))).toBe("2026-01-16");
    expect(todayInCopenhagen(new Date("2026-01-15T22:59:00Z"))).toBe("2026-01-15");
    // The spring-forward night: 23:00 UTC on the 28th is 00:00 CET on the 29th, 01:30 UTC is 03:30 CEST.
    expect(todayInCopenhagen(new Date("2026-03-28T22:59:59Z"))).toBe("2026-03-28");
    expect(todayInCopenhagen(new Date("2026-03-28T23:00:00Z"))).toBe("2026-03-29");
    expect(todayInCopenhagen(new Date("2026-03-29T01:30:00Z"))).toBe("2026-03-29");
    // The fall-back night: midnight is still at 22:00 UTC (CEST); 00:30 UTC is 02:30 CEST on the 25th.
    expect(todayInCopenhagen(new Date("2026-10-24T21:59:00Z"))).toBe("2026-10-24");
    expect(todayInCopenhagen(new Date("2026-10-24T22:00:00Z"))).toBe("2026-10-25");
    expect(todayInCopenhagen(new Date("2026-10-25T00:30:00Z"))).toBe("2026-10-25");
    // After fall-back Copenhagen is UTC+1 again: 23:00 UTC on the 25th is midnight of the 26th.
    expect(todayInCopenhagen(new Date("2026-10-25T22:30:00Z"))).toBe("2026-10-25");
    expect(todayInCopenhagen(new Date("2026-10-25T23:00:00Z"))).toBe("2026-10-26");
    // A leap day evening in UTC is already 1 March in Copenhagen.
    expect(todayInCopenhagen(new Date("2028-02-29T23:15:00Z"))).toBe("2028-03-01");
  });
});

describe("calendar argument checks", () => {
  it("refuses to compute with something that is not a calendar date", () => {
    expect(() => addDays("2025-02-29", 1)).toThrow(RangeError);
    expect(() => daysBetween("2026-01-05", "5/1/2026")).toThrow(RangeError);
    expect(() => addDays("2026-01-05", 1.5)).toThrow(RangeError);
    expect(() => todayInCopenhagen(new Date("not a date"))).toThrow(RangeError);
  });
});

describe("comparisons", () => {
  it("orders dates as the calendar does", () => {
    expect(compareDates("2026-02-28", "2026-03-01")).toBe(-1);
    expect(compareDates("2026-03-01", "2026-03-01")).toBe(0);
    expect(compareDates("2027-01-01", "2026-12-31")).toBe(1);
    expect(isBefore("2026-02-28", "2026-03-01")).toBe(true);
    expect(isBefore("2026-03-01", "2026-03-01")).toBe(false);
    expect(isAfter("2026-03-02", "2026-03-01")).toBe(true);
    expect(isAfter("2026-03-01", "2026-03-01")).toBe(false);
  });

  it("includes both ends of a range", () => {
    expect(isWithin("2026-02-13", "2026-02-13", "2026-02-19")).toBe(true);
    expect(isWithin("2026-02-19", "2026-02-13", "2026-02-19")).toBe(true);
    expect(isWithin("2026-02-20", "2026-02-13", "2026-02-19")).toBe(false);
    expect(isWithin("2026-02-12", "2026-02-13", "2026-02-19")).toBe(false);
  });

  it("picks the latest and earliest", () => {
    expect(maxDate("2026-03-01", "2028-02-29", "2026-12-31")).toBe("2028-02-29");
    expect(minDate("2026-03-01", "2028-02-29", "2026-02-28")).toBe("2026-02-28");
    expect(maxDate("2026-03-01")).toBe("2026-03-01");
  });
});

describe("day arithmetic agrees with the Gregorian calendar of Date.UTC", () => {
  it("for every 7th day from 1900 to 2199 and offsets across months, leap days and centuries", () => {
    const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
    for (let ms = Date.UTC(1900, 0, 1); ms < Date.UTC(2199, 0, 1); ms += 7 * 86_400_000) {
      const d = iso(ms);
      for (const k of [-400, -29, -1, 0, 1, 28, 365, 366]) {
        const expected = iso(ms + k * 86_400_000);
        if (expected < "1900-01-01" || expected > "2200-12-31") continue;
        expect(addDays(d, k)).toBe(expected);
        expect(daysBetween(d, expected)).toBe(k);
      }
    }
  });

  it("rejects days that do not exist", () => {
    for (const d of ["2025-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"]) expect(isValidCalendarDate(d)).toBe(false);
    for (const d of ["2000-02-29", "2024-02-29", "2026-12-31"]) expect(isValidCalendarDate(d)).toBe(true);
  });
});

describe("mondayOf", () => {
  it("gives the Monday of the Danish week, also across years and before 1970", () => {
    expect(mondayOf("2026-11-23")).toBe("2026-11-23");
    expect(mondayOf("2026-11-29")).toBe("2026-11-23");
    expect(mondayOf("2027-01-01")).toBe("2026-12-28");
    expect(mondayOf("1969-12-31")).toBe("1969-12-29");
  });
});

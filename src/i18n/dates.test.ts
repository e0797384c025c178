import { describe, expect, it } from "vitest";
import { formatDate } from "./dates";

describe("formatDate", () => {
  it("writes Danish dates the Danish way and English ones the British way", () => {
    expect(formatDate("da", "2026-12-01")).toBe("1. dec. 2026");
    expect(formatDate("en", "2026-12-01")).toBe("1 Dec 2026");
    expect(formatDate("da", "2026-12-01", "weekday")).toBe("tirsdag den 1. december 2026");
    expect(formatDate("en", "2026-12-01", "weekday")).toBe("Tuesday, 1 December 2026");
  });

  it("keeps a calendar date on its day and shows instants on Copenhagen's clock", () => {
    expect(formatDate("da", "2026-03-29", "dayLong")).toBe("29. marts 2026");
    // 23:30 UTC on 31 December is already New Year's Day in Copenhagen.
    expect(formatDate("da", new Date("2026-12-31T23:30:00Z"), "dayTime")).toBe("1. jan. 2027 kl. 00.30");
    expect(formatDate("en", new Date("2026-07-01T10:05:00Z"), "time")).toBe("12:05");
    expect(formatDate("en", new Date("2026-07-01T10:05:00Z"), "dayTime")).toBe("1 Jul 2026, 12:05");
  });

  it("falls back to Danish for an unknown language", () => {
    expect(formatDate("xx", "2026-12-01")).toBe("1. dec. 2026");
  });
});

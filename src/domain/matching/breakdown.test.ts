import { describe, expect, it } from "vitest";
import { checkBreakdown, checkBreakdownRecordable, endedWithinYears, type BreakdownInput } from "./breakdown";

const input = (over: Partial<BreakdownInput> = {}): BreakdownInput => ({
  endDate: "2026-11-20",
  endedBy: "SITE",
  causes: ["CHILD_BEHAVIOUR"],
  causeText: "",
  warningSigns: "Flere konflikter om aftenen siden september.",
  learned: "Aftal aflastning tidligere.",
  ...over,
});
const fields = (i: BreakdownInput) => checkBreakdown(i, "2026-03-01", "2026-11-28").map((r) => `${r.field}:${r.reason}`);

describe("a breakdown", () => {
  it("is recorded with who ended it, a coded cause and what was learned", () => {
    expect(fields(input())).toEqual([]);
  });
  it("needs a cause, words for 'other', and the learning", () => {
    expect(fields(input({ causes: [], learned: " " }))).toEqual(["causes:MATCH_BREAKDOWN_NO_CAUSE", "learned:MATCH_BREAKDOWN_LEARNING_REQUIRED"]);
    expect(fields(input({ causes: ["OTHER"] }))).toEqual(["causeText:MATCH_BREAKDOWN_OTHER_TEXT"]);
    expect(fields(input({ causes: ["OTHER"], causeText: "Plejefar blev syg" }))).toEqual([]);
  });
  it("ends within the placement and not in the future", () => {
    expect(fields(input({ endDate: "2026-02-28" }))).toEqual(["endDate:MATCH_BREAKDOWN_BEFORE_START"]);
    expect(fields(input({ endDate: "2026-11-29" }))).toEqual(["endDate:MATCH_BREAKDOWN_IN_FUTURE"]);
  });
  it("counts within one or two years of the start", () => {
    expect(endedWithinYears("2025-03-01", "2026-02-28", 1)).toBe(true);
    expect(endedWithinYears("2025-03-01", "2026-03-01", 1)).toBe(false);
    expect(endedWithinYears("2025-03-01", "2026-03-01", 2)).toBe(true);
    expect(endedWithinYears("2025-03-01", null, 2)).toBe(false);
  });
});

describe("recording a breakdown after the placement ended", () => {
  it("is possible for 90 days after the end, and always while the placement is open", () => {
    expect(checkBreakdownRecordable({ endDate: null }, "2026-11-28")).toBeNull();
    expect(checkBreakdownRecordable({ endDate: "2026-08-30" }, "2026-11-28")).toBeNull();
    expect(checkBreakdownRecordable({ endDate: "2026-08-29" }, "2026-11-28")).toMatchObject({ reason: "MATCH_BREAKDOWN_TOO_LATE", field: "endDate", params: { date: "2026-11-27" } });
  });
});

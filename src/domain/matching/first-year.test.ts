import { describe, expect, it } from "vitest";
import { checkFirstYearEvent, firstYearAgenda, nextAgendaItem } from "./first-year";
import { addMonths } from "./months";

const MOVE = "2026-01-31";
const view = (items: ReturnType<typeof firstYearAgenda>) => items.map((i) => `${i.kind === "EXPECTATION_TALK" ? "talk" : "visit"}${i.months}:${i.due}:${i.status}`);

describe("months on calendar days", () => {
  it("keep the day, or the month's last day where it has none", () => {
    expect(addMonths("2026-01-31", 1)).toBe("2026-02-28");
    expect(addMonths("2028-01-31", 1)).toBe("2028-02-29");
    expect(addMonths("2026-11-28", 3)).toBe("2027-02-28");
    expect(addMonths("2026-03-31", -1)).toBe("2026-02-28");
    expect(addMonths("2025-11-29", 12)).toBe("2026-11-29");
  });
});

describe("the first year after a move", () => {
  it("plans talks at 1, 3 and 6 months and a supervision visit in each half year", () => {
    expect(view(firstYearAgenda(MOVE, { talks: [], supervisionVisits: [] }, "2026-02-01"))).toEqual([
      "talk1:2026-02-28:UPCOMING",
      "talk3:2026-04-30:UPCOMING",
      "talk6:2026-07-31:UPCOMING",
      "visit6:2026-07-31:UPCOMING",
      "visit12:2027-01-31:UPCOMING",
    ]);
  });

  it("shows a talk as coming two weeks ahead and overdue two weeks after its date", () => {
    const at = (today: string) => firstYearAgenda(MOVE, { talks: [], supervisionVisits: [] }, today)[0]!.status;
    expect(at("2026-02-13")).toBe("UPCOMING");
    expect(at("2026-02-14")).toBe("DUE_SOON");
    expect(at("2026-03-14")).toBe("DUE_SOON");
    expect(at("2026-03-15")).toBe("OVERDUE");
  });

  it("counts a talk held and a visit in its half year, and not a visit from another half year", () => {
    const items = firstYearAgenda(MOVE, { talks: [{ months: 1, heldOn: "2026-03-02" }], supervisionVisits: ["2026-08-10"] }, "2026-08-15");
    expect(view(items)).toEqual([
      "talk1:2026-02-28:HELD",
      "talk3:2026-04-30:OVERDUE",
      "talk6:2026-07-31:OVERDUE",
      "visit6:2026-07-31:OVERDUE",
      "visit12:2027-01-31:HELD",
    ]);
    expect(nextAgendaItem(items)).toMatchObject({ kind: "EXPECTATION_TALK", months: 3 });
  });

  it("keeps up supervision after the first year while the child stays, and stops where the placement ended", () => {
    expect(view(firstYearAgenda(MOVE, { talks: [], supervisionVisits: [] }, "2027-03-01")).filter((v) => v.startsWith("visit"))).toEqual([
      "visit6:2026-07-31:OVERDUE",
      "visit12:2027-01-31:OVERDUE",
      "visit18:2027-07-31:UPCOMING",
    ]);
    expect(view(firstYearAgenda(MOVE, { talks: [], supervisionVisits: [] }, "2027-03-01", "2026-05-01")).filter((v) => v.startsWith("visit"))).toEqual([
      "visit6:2026-07-31:OVERDUE",
    ]);
  });
});

describe("recording a talk or a visit", () => {
  it("takes a day from the move until today", () => {
    expect(checkFirstYearEvent(null, "2026-11-01", "2026-11-28")?.reason).toBe("MATCH_NOT_MOVED");
    expect(checkFirstYearEvent("2026-10-01", "2026-09-30", "2026-11-28")?.reason).toBe("MATCH_EVENT_OUTSIDE_PLACEMENT");
    expect(checkFirstYearEvent("2026-10-01", "2026-11-29", "2026-11-28")?.reason).toBe("MATCH_EVENT_OUTSIDE_PLACEMENT");
    expect(checkFirstYearEvent("2026-10-01", "2026-10-01", "2026-11-28")).toBeNull();
  });
});

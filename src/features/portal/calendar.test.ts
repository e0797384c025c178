import { describe, expect, it } from "vitest";
import { portalCalendar } from "./calendar";

describe("the parent's calendar file", () => {
  const ics = portalCalendar({
    familyId: "fam1",
    followUps: ["2026-12-06"],
    meetings: [
      { id: "m1", startsAt: new Date("2026-12-05T08:00:00Z"), endsAt: new Date("2026-12-05T09:00:00Z"), purpose: "Fælles plan; samvær, misbrug", location: "Rådhuset", cancelledAt: null },
      { id: "m2", startsAt: new Date("2026-12-12T08:00:00Z"), endsAt: new Date("2026-12-12T09:00:00Z"), purpose: "Aflyst møde", location: "", cancelledAt: new Date("2026-12-01T10:00:00Z") },
    ],
    texts: { followUp: "Opfølgning med familiebehandler", meeting: "Møde" },
  }, new Date("2026-11-30T10:00:00Z"));
  const lines = ics.split("\r\n");

  it("holds a follow-up as an all-day event on its day, with a stable id", () => {
    expect(lines).toContain("DTSTART;VALUE=DATE:20261206");
    expect(lines).toContain("DTEND;VALUE=DATE:20261207");
    expect(lines).toContain("UID:followup-fam1-2026-12-06@foraeldrestoette");
  });

  it("holds each meeting at its time in UTC, its text escaped, a cancelled one as cancelled", () => {
    expect(lines).toContain("DTSTART:20261205T080000Z");
    expect(lines).toContain("SUMMARY:Møde: Fælles plan\\; samvær\\, misbrug");
    expect(lines).toContain("LOCATION:Rådhuset");
    expect(ics.match(/STATUS:CANCELLED/g)).toHaveLength(1);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { meetingToIcs } from "./ics";

// Parsed with ical.js, a real iCalendar parser, the way a calendar program would read the file.
const base = {
  uid: "m1@foraeldrestoette", title: "Tværfagligt møde – Familien Ærø", description: "1. Status; samvær, skole\n2. Næste skridt",
  location: "Rådhuset, mødelokale 2", organizer: { name: "Henrik Møller", email: "henrik@kommune.dk" },
  attendees: [{ name: "Mette Rasmussen", email: "mette@kommune.dk" }, { name: "Jonas Kjær", email: "jonas@kommune.dk" }, { name: "Søren Ærø (forælder)" }],
  createdAt: new Date("2026-11-20T10:00:00Z"),
};
const parse = (text: string) => {
  const cal = new ICAL.Component(ICAL.parse(text));
  return { cal, event: new ICAL.Event(cal.getFirstSubcomponent("vevent")!) };
};

describe("meeting invitation (.ics)", () => {
  it("gives Copenhagen local time in winter and in summer", () => {
    const winter = parse(meetingToIcs({ ...base, startsAt: new Date("2026-11-30T08:00:00Z"), endsAt: new Date("2026-11-30T09:30:00Z") }, new Date()));
    expect(winter.event.startDate.toString()).toBe("2026-11-30T09:00:00");
    expect(winter.event.component.getFirstProperty("dtstart")!.getParameter("tzid")).toBe("Europe/Copenhagen");
    expect(winter.event.endDate.toString()).toBe("2026-11-30T10:30:00");
    const summer = parse(meetingToIcs({ ...base, startsAt: new Date("2026-06-15T08:00:00Z"), endsAt: new Date("2026-06-15T09:00:00Z") }, new Date()));
    expect(summer.event.startDate.toString()).toBe("2026-06-15T10:00:00");
  });

  it("keeps Danish text, punctuation and long lines intact through folding and escaping", () => {
    const long = "Forældrene ønsker at tale om samvær i weekenden, skolen; og økonomi. ".repeat(5);
    const text = meetingToIcs({ ...base, description: long, startsAt: new Date("2026-11-30T08:00:00Z"), endsAt: new Date("2026-11-30T09:00:00Z") }, new Date());
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const { event } = parse(text);
    expect(event.description).toBe(`${long}\n\nDeltagere: Søren Ærø (forælder)`);
    expect(event.summary).toBe("Tværfagligt møde – Familien Ærø");
    expect(event.location).toBe("Rådhuset, mødelokale 2");
  });

  it("lists attendees with e-mail and names the organizer", () => {
    const { event, cal } = parse(meetingToIcs({ ...base, startsAt: new Date("2026-11-30T08:00:00Z"), endsAt: new Date("2026-11-30T09:00:00Z") }, new Date()));
    expect(event.attendees.map((a) => a.getFirstValue())).toEqual(["mailto:mette@kommune.dk", "mailto:jonas@kommune.dk"]);
    expect(event.organizer).toBe("mailto:henrik@kommune.dk");
    expect(cal.getFirstPropertyValue("method")).toBe("REQUEST");
  });
});

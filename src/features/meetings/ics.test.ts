import { describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { meetingToIcs } from "./ics";

// Parsed with ical.js, a real iCalendar parser, the way a calendar program would read the file.
// ical.js is lenient about line endings and line length, so those are checked on the raw octets.
const base = {
  uid: "m1@foraeldrestoette", title: "Tværfagligt møde – Familien Ærø", description: "1. Status; samvær, skole\n2. Næste skridt",
  location: "Rådhuset, mødelokale 2", organizer: { name: "Henrik Møller", email: "henrik@kommune.dk" },
  attendees: [{ name: "Mette Rasmussen", email: "mette@kommune.dk" }, { name: "Jonas Kjær", email: "jonas@kommune.dk" }, { name: "Søren Ærø (forælder)" }, { name: "Pia Holm", email: null }],
  startsAt: new Date("2026-11-30T08:00:00Z"), endsAt: new Date("2026-11-30T09:30:00Z"),
  createdAt: new Date("2026-11-20T10:00:00Z"),
};
const NOW = new Date("2026-11-23T08:15:30.123Z");

const parse = (text: string) => {
  const cal = new ICAL.Component(ICAL.parse(text));
  const vevent = cal.getFirstSubcomponent("vevent");
  if (!vevent) throw new Error("no VEVENT");
  return { cal, vevent, event: new ICAL.Event(vevent) };
};

/** RFC 5545 §3.1 on the octets: CRLF only, lines of at most 75 octets, each valid UTF-8 on its own. */
function physicalLines(text: string): Uint8Array[] {
  const bytes = new TextEncoder().encode(text);
  const lines: Uint8Array[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0a) throw new Error(`bare LF at octet ${i}`);
    if (bytes[i] !== 0x0d) continue;
    if (bytes[i + 1] !== 0x0a) throw new Error(`bare CR at octet ${i}`);
    lines.push(bytes.subarray(start, i));
    start = i + 2;
    i++;
  }
  if (start !== bytes.length) throw new Error("the last line does not end with CRLF");
  return lines;
}

/**
 * A strict reading of the content lines (RFC 5545 §3.1, §3.3.11), because ical.js also accepts a bare
 * "," or ";" in a single TEXT value, which other readers split on: unfold, split name;params:value
 * (quoted parameter values may hold ":" and ";"), and unescape TEXT refusing anything unescaped.
 */
function strictContentLines(text: string) {
  physicalLines(text);
  return text.replace(/\r\n$/, "").replace(/\r\n[ \t]/g, "").split("\r\n").map((line) => {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`not a content line: ${line}`);
    return { name: m[1]!.toUpperCase(), params: m[2]!, value: m[3]! };
  });
}
function strictText(value: string): string {
  return value.replace(/\\(.)|[,;\\]/g, (all, escaped: string | undefined) => {
    if (escaped === undefined) throw new Error(`unescaped "${all}" in TEXT: ${value}`);
    if (escaped === "n" || escaped === "N") return "\n";
    if (escaped === "\\" || escaped === ";" || escaped === ",") return escaped;
    throw new Error(`bad escape \\${escaped} in TEXT: ${value}`);
  });
}
const strictValue = (text: string, name: string) => strictText(strictContentLines(text).find((l) => l.name === name)?.value ?? "");

describe("meeting invitation (.ics)", () => {
  it("gives Copenhagen local time from the UTC instant in winter and in summer", () => {
    const winter = parse(meetingToIcs(base, NOW)).event;
    expect(winter.startDate.toString()).toBe("2026-11-30T09:00:00");
    expect(winter.endDate.toString()).toBe("2026-11-30T10:30:00");
    expect(winter.component.getFirstProperty("dtstart")?.getParameter("tzid")).toBe("Europe/Copenhagen");
    // ical.js has no zone database of its own: the offset and the instant come from our VTIMEZONE.
    expect(winter.startDate.utcOffset()).toBe(3600);
    expect(winter.startDate.toJSDate().toISOString()).toBe("2026-11-30T08:00:00.000Z");

    const summer = parse(meetingToIcs({ ...base, startsAt: new Date("2026-06-15T08:00:00Z"), endsAt: new Date("2026-06-15T09:00:00Z") }, NOW)).event;
    expect(summer.startDate.toString()).toBe("2026-06-15T10:00:00");
    expect(summer.startDate.utcOffset()).toBe(7200);
    expect(summer.endDate.toJSDate().toISOString()).toBe("2026-06-15T09:00:00.000Z");
  });

  it("switches on the last Sundays of March and October, as the VTIMEZONE rules say", () => {
    const at = (iso: string) => parse(meetingToIcs({ ...base, startsAt: new Date(iso), endsAt: new Date(new Date(iso).getTime() + 3_600_000) }, NOW)).event.startDate;
    // 2026: summer time from Sunday 29 March, winter time from Sunday 25 October.
    expect(at("2026-03-27T08:00:00Z").toString()).toBe("2026-03-27T09:00:00");
    expect(at("2026-03-30T08:00:00Z").toString()).toBe("2026-03-30T10:00:00");
    expect(at("2026-10-23T08:00:00Z").toString()).toBe("2026-10-23T10:00:00");
    expect(at("2026-10-26T08:00:00Z").toString()).toBe("2026-10-26T09:00:00");
    for (const iso of ["2026-03-30T08:00:00Z", "2026-10-26T08:00:00Z"]) expect(at(iso).toJSDate().toISOString()).toBe(new Date(iso).toISOString());
  });

  it("is a REQUEST from our PRODID with UTC stamp, UID, SEQUENCE and STATUS", () => {
    const text = meetingToIcs({ ...base, sequence: 2 }, NOW);
    const { cal, vevent } = parse(text);
    expect(cal.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(cal.getFirstPropertyValue("prodid")).toBe("-//Foraeldrestoette//DA");
    expect(cal.getFirstPropertyValue("version")).toBe("2.0");
    expect(cal.getFirstSubcomponent("vtimezone")?.getFirstPropertyValue("tzid")).toBe("Europe/Copenhagen");
    expect(text).toContain("\r\nDTSTAMP:20261123T081530Z\r\n");
    expect(String(vevent.getFirstPropertyValue("dtstamp"))).toBe("2026-11-23T08:15:30Z");
    expect(vevent.getFirstPropertyValue("uid")).toBe("m1@foraeldrestoette");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(2);
    expect(vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
    expect(parse(meetingToIcs(base, NOW)).vevent.getFirstPropertyValue("sequence")).toBe(0);
  });

  it("folds at 75 octets with CRLF only, and Danish text of 300 characters survives byte for byte", () => {
    const long = "Forældrene ønsker at tale om samvær i weekenden, skolen; og økonomi – Åse og Øjvind kommer.\n".repeat(4).slice(0, 300);
    expect(long).toHaveLength(300);
    const title = `Møde om Ærø ${"æøå".repeat(40)} 👨‍👩‍👧`;
    const text = meetingToIcs({ ...base, title, description: long, attendees: base.attendees.slice(0, 2) }, NOW);
    const lines = physicalLines(text);
    const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      strictUtf8.decode(line); // throws if a fold had cut a character in two
    }
    expect(lines.filter((l) => l[0] === 0x20).length).toBeGreaterThan(5); // folding really happened
    const { event } = parse(text);
    expect(event.description).toBe(long.trim());
    expect(event.summary).toBe(title);
    expect(new TextEncoder().encode(event.summary)).toEqual(new TextEncoder().encode(title));
    expect(strictValue(text, "DESCRIPTION")).toBe(long.trim());
    expect(strictContentLines(text).filter((l) => l.name === "ATTENDEE")).toHaveLength(2);
  });

  it("round-trips backslashes, commas, semicolons and line breaks", () => {
    const tricky = "A, B; C\\D\nnæste linje\r\nog \\n er ikke et linjeskift";
    const { event } = parse(meetingToIcs({ ...base, title: tricky, location: tricky, description: tricky, attendees: [] }, NOW));
    const expected = "A, B; C\\D\nnæste linje\nog \\n er ikke et linjeskift";
    expect(event.summary).toBe(expected);
    expect(event.location).toBe(expected);
    expect(event.description).toBe(expected);
    const text = meetingToIcs({ ...base, title: tricky, location: tricky, description: tricky, attendees: [] }, NOW);
    for (const name of ["SUMMARY", "LOCATION", "DESCRIPTION"]) expect(strictValue(text, name)).toBe(expected);
  });

  it("invites attendees with e-mail and names the others in the description", () => {
    const { event, vevent } = parse(meetingToIcs(base, NOW));
    expect(event.attendees).toHaveLength(2);
    expect(event.attendees.map((a) => [a.getParameter("cn"), a.getFirstValue()])).toEqual([
      ["Mette Rasmussen", "mailto:mette@kommune.dk"],
      ["Jonas Kjær", "mailto:jonas@kommune.dk"],
    ]);
    expect(event.attendees.every((a) => a.getParameter("rsvp") === "TRUE")).toBe(true);
    expect(event.organizer).toBe("mailto:henrik@kommune.dk");
    expect(vevent.getFirstProperty("organizer")?.getParameter("cn")).toBe("Henrik Møller");
    expect(event.description).toBe("1. Status; samvær, skole\n2. Næste skridt\n\nDeltagere:\n- Søren Ærø (forælder)\n- Pia Holm");
  });

  it("adds URL when given and falls back to it as the location of a video meeting", () => {
    const video = parse(meetingToIcs({ ...base, location: "", url: "https://video.kommune.dk/m/123?a=1,2" }, NOW)).vevent;
    expect(video.getFirstPropertyValue("url")).toBe("https://video.kommune.dk/m/123?a=1,2");
    expect(video.getFirstPropertyValue("location")).toBe("https://video.kommune.dk/m/123?a=1,2");
    const room = parse(meetingToIcs({ ...base, url: null }, NOW)).vevent;
    expect(room.getFirstProperty("url")).toBeNull();
    expect(room.getFirstPropertyValue("location")).toBe("Rådhuset, mødelokale 2");
  });

  it("cannot be made to carry extra properties through names or addresses", () => {
    const text = meetingToIcs({
      ...base,
      organizer: { name: 'Evil"\r\nATTENDEE:mailto:x@evil.dk', email: "henrik@kommune.dk\r\nX-EVIL:1" },
      attendees: [{ name: "Ok\nATTENDEE:mailto:y@evil.dk", email: "mette@kommune.dk" }],
      url: "https://a.dk/\r\nX-EVIL:2",
    }, NOW);
    physicalLines(text);
    const { event, vevent } = parse(text);
    expect(event.attendees).toHaveLength(1);
    expect(vevent.getAllProperties().map((p) => p.name)).not.toContain("x-evil");
    // The stripped address is useless, but it stays one value of one property.
    expect(event.organizer).toBe("mailto:henrik@kommune.dkX-EVIL:1");
  });

  it("refuses an invalid instant instead of writing NaN into the file", () => {
    expect(() => meetingToIcs({ ...base, startsAt: new Date("nope") }, NOW)).toThrow(RangeError);
  });
});

describe("a changed or cancelled meeting (.ics)", () => {
  const first = parse(meetingToIcs(base, NOW));
  const movedStart = new Date("2026-12-02T12:00:00Z");
  const moved = parse(meetingToIcs({ ...base, sequence: 1, startsAt: movedStart, endsAt: new Date("2026-12-02T13:00:00Z"), location: "Skolen" }, NOW));
  const cancelledText = meetingToIcs({ ...base, sequence: 2, cancelled: true }, NOW);
  const cancelled = parse(cancelledText);

  it("sends a move as a REQUEST with the same UID, a higher SEQUENCE and the new time and place", () => {
    expect(moved.cal.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(moved.event.uid).toBe(first.event.uid);
    expect(moved.event.sequence).toBeGreaterThan(first.event.sequence);
    expect(moved.event.startDate.toString()).toBe("2026-12-02T13:00:00");
    expect(moved.event.startDate.toJSDate().toISOString()).toBe(movedStart.toISOString());
    expect(moved.event.location).toBe("Skolen");
    expect(moved.vevent.getFirstPropertyValue("status")).toBe("CONFIRMED");
  });

  it("sends a cancellation as METHOD:CANCEL, STATUS:CANCELLED, same UID, higher SEQUENCE, to the same attendees", () => {
    expect(cancelled.cal.getFirstPropertyValue("method")).toBe("CANCEL");
    expect(cancelled.vevent.getFirstPropertyValue("status")).toBe("CANCELLED");
    expect(cancelled.event.uid).toBe(first.event.uid);
    expect(cancelled.event.sequence).toBeGreaterThan(moved.event.sequence);
    const attendees = (v: typeof first) => v.event.attendees.map((a) => a.getFirstValue()).sort();
    expect(attendees(cancelled)).toEqual(attendees(first));
    // Nobody is asked to answer a meeting that will not take place.
    expect(cancelled.event.attendees.every((a) => a.getParameter("rsvp") === "FALSE")).toBe(true);
    expect(strictContentLines(cancelledText).filter((l) => l.name === "METHOD")).toHaveLength(1);
  });

  it("keeps an ordinary invitation a REQUEST that asks for an answer", () => {
    expect(first.cal.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(first.event.attendees.every((a) => a.getParameter("rsvp") === "TRUE")).toBe(true);
  });
});

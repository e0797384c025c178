import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// A meeting invitation as RFC 5545 iCalendar text that Outlook and Google Calendar open:
// local times in Europe/Copenhagen with its VTIMEZONE, CRLF lines folded at 75 octets.

export interface IcsMeeting {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  title: string;
  description: string;
  location: string;
  url?: string | null;
  organizer: { name: string; email: string };
  attendees: { name: string; email?: string | null }[];
  sequence?: number;
  createdAt: Date;
}

const ZONE = "Europe/Copenhagen";

const VTIMEZONE = [
  "BEGIN:VTIMEZONE", `TZID:${ZONE}`,
  "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
  "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
  "END:VTIMEZONE",
];

export function escapeText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n");
}

const paramValue = (v: string) => `"${v.replace(/["\r\n]/g, "")}"`;
const local = (d: Date) => format(new TZDate(d.getTime(), ZONE), "yyyyMMdd'T'HHmmss");
const utc = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines start with a space
    if (bytes + size > limit) {
      parts.push(current);
      current = "";
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

export function meetingToIcs(m: IcsMeeting, now: Date): string {
  const withEmail = m.attendees.filter((a) => a.email);
  const withoutEmail = m.attendees.filter((a) => !a.email);
  const description = [m.description, withoutEmail.length ? `Deltagere: ${withoutEmail.map((a) => a.name).join(", ")}` : ""].filter(Boolean).join("\n\n");
  const lines = [
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Foraeldrestoette//DA", "CALSCALE:GREGORIAN", "METHOD:REQUEST",
    ...VTIMEZONE,
    "BEGIN:VEVENT",
    `UID:${m.uid}`,
    `DTSTAMP:${utc(now)}`,
    `CREATED:${utc(m.createdAt)}`,
    `SEQUENCE:${m.sequence ?? 0}`,
    `DTSTART;TZID=${ZONE}:${local(m.startsAt)}`,
    `DTEND;TZID=${ZONE}:${local(m.endsAt)}`,
    `SUMMARY:${escapeText(m.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `LOCATION:${escapeText(m.location || (m.url ?? ""))}`,
    ...(m.url ? [`URL:${m.url}`] : []),
    `ORGANIZER;CN=${paramValue(m.organizer.name)}:mailto:${m.organizer.email}`,
    ...withEmail.map((a) => `ATTENDEE;CN=${paramValue(a.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:${a.email}`),
    "STATUS:CONFIRMED",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

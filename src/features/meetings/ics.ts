import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

// A meeting invitation as RFC 5545 iCalendar text that Outlook and Google Calendar open:
// local times in Europe/Copenhagen with its VTIMEZONE, CRLF lines folded at 75 octets.
// Pure: the caller passes `now` for DTSTAMP.

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
  /** A cancelled meeting goes out as METHOD:CANCEL with STATUS:CANCELLED, so calendars remove it. */
  cancelled?: boolean;
}

const ZONE = "Europe/Copenhagen";

// EU rules since 1996: summer time from 02:00 local on the last Sunday of March, back at 03:00 on
// the last Sunday of October. Outlook ignores TZID names it does not know, so the rules travel along.
const VTIMEZONE = [
  "BEGIN:VTIMEZONE", `TZID:${ZONE}`,
  "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
  "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
  "END:VTIMEZONE",
];

// RFC 5545 allows no control characters but HTAB in TEXT and parameter values; a stray one would
// make strict readers (Outlook) reject the whole file, and a CR or LF would start a new property.
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, "\n")
    .replace(CONTROLS, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** A quoted parameter value such as CN: quotes cannot be escaped (Outlook knows no RFC 6868), so they go. */
const paramValue = (v: string) => `"${v.replace(/\r\n?|\n/g, " ").replace(CONTROLS, "").replace(/"/g, "")}"`;

/** A URI value is not escaped like TEXT; whitespace and controls cannot occur in a valid one, so they go. */
const uri = (v: string) => v.replace(/[\s\u0000-\u001f\u007f]/g, "");

function instant(d: Date, what: string): Date {
  if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new RangeError(`${what} is not a valid instant`);
  return d;
}

// From a UTC instant the Copenhagen wall time is unambiguous. (The repeated hour on the October
// night would be read back as its first occurrence, RFC 5545 §3.3.5; nobody meets at 02:30 then.)
const local = (d: Date) => format(new TZDate(d.getTime(), ZONE), "yyyyMMdd'T'HHmmss");
const utc = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** Folds a content line at 75 octets (UTF-8) without splitting a character; continuations begin with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = "";
  let bytes = 0;
  for (const char of line) { // by code point: æ, ø, å (2 bytes) and emoji (4) stay whole
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // the leading space of a continuation counts
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

/** The iTIP method of the file, also named in its Content-Type. */
export const icsMethod = (m: Pick<IcsMeeting, "cancelled">) => (m.cancelled ? "CANCEL" : "REQUEST");

export function meetingToIcs(m: IcsMeeting, now: Date): string {
  const startsAt = instant(m.startsAt, "startsAt");
  const endsAt = instant(m.endsAt, "endsAt");
  const attendees = m.attendees.map((a) => ({ name: a.name, email: uri(a.email ?? "") }));
  const withEmail = attendees.filter((a) => a.email);
  // Calendars can only invite by address; the others are still named, so everyone sees who comes.
  const withoutEmail = attendees.filter((a) => !a.email);
  const description = [m.description.trim(), withoutEmail.length ? `Deltagere:\n${withoutEmail.map((a) => `- ${a.name}`).join("\n")}` : ""]
    .filter(Boolean)
    .join("\n\n");
  // Outlook shows LOCATION in every list; a video meeting without a room shows its link there.
  const location = m.location.trim() || (m.url ?? "").trim();
  const sequence = Math.max(0, Math.trunc(m.sequence ?? 0));
  // RFC 5546: an update is a REQUEST with the same UID and a higher SEQUENCE; a cancellation is a
  // CANCEL naming the same UID and attendees, and a calendar drops the event it already holds.
  const cancelled = m.cancelled === true;
  const lines = [
    "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Foraeldrestoette//DA", "CALSCALE:GREGORIAN", `METHOD:${icsMethod(m)}`,
    ...VTIMEZONE,
    "BEGIN:VEVENT",
    `UID:${escapeText(m.uid)}`,
    `DTSTAMP:${utc(instant(now, "now"))}`,
    `CREATED:${utc(instant(m.createdAt, "createdAt"))}`,
    `SEQUENCE:${sequence}`,
    `DTSTART;TZID=${ZONE}:${local(startsAt)}`,
    `DTEND;TZID=${ZONE}:${local(endsAt)}`,
    `SUMMARY:${escapeText(m.title)}`,
    ...(description ? [`DESCRIPTION:${escapeText(description)}`] : []),
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(m.url && uri(m.url) ? [`URL:${uri(m.url)}`] : []),
    `ORGANIZER;CN=${paramValue(m.organizer.name)}:mailto:${uri(m.organizer.email)}`,
    ...withEmail.map((a) => `ATTENDEE;CN=${paramValue(a.name)};CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=${cancelled ? "FALSE" : "TRUE"}:mailto:${a.email}`),
    cancelled ? "STATUS:CANCELLED" : "STATUS:CONFIRMED",
    "TRANSP:OPAQUE",
    "END:VEVENT",
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

import { addDays } from "@/domain/method";
import { escapeText, foldLine } from "@/features/meetings/ics";

interface CalendarItems {
  familyId: string;
  followUps: string[];
  meetings: { id: string; startsAt: Date; endsAt: Date; purpose: string; location: string; cancelledAt: Date | null }[];
  texts: { followUp: string; meeting: string };
}

const utc = (d: Date) => d.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/**
 * The parent's coming follow-ups (all-day: the day is agreed, the hour with the therapist) and the meetings
 * they are invited to, as one iCalendar file a phone's calendar subscribes to or imports.
 */
export function portalCalendar(items: CalendarItems, now: Date): string {
  const stamp = utc(now);
  const events = [
    ...items.followUps.map((d) => [
      "BEGIN:VEVENT", `UID:followup-${items.familyId}-${d}@foraeldrestoette`, `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${d.replace(/-/g, "")}`, `DTEND;VALUE=DATE:${addDays(d, 1).replace(/-/g, "")}`,
      `SUMMARY:${escapeText(items.texts.followUp)}`, "TRANSP:TRANSPARENT", "END:VEVENT",
    ]),
    ...items.meetings.map((m) => [
      "BEGIN:VEVENT", `UID:meeting-${m.id}@foraeldrestoette`, `DTSTAMP:${stamp}`,
      `DTSTART:${utc(m.startsAt)}`, `DTEND:${utc(m.endsAt)}`,
      `SUMMARY:${escapeText(`${items.texts.meeting}: ${m.purpose}`)}`,
      ...(m.location ? [`LOCATION:${escapeText(m.location)}`] : []),
      m.cancelledAt ? "STATUS:CANCELLED" : "STATUS:CONFIRMED", "END:VEVENT",
    ]),
  ];
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Foraeldrestoette//DA", "CALSCALE:GREGORIAN", "METHOD:PUBLISH", ...events.flat(), "END:VCALENDAR"];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}

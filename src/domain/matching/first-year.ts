import { addDays, type CalendarDate } from "../method/calendar";
import { addMonths } from "./months";
import { refuseMatch, type MatchingRefusal } from "./reasons";

// Most breakdowns happen in the first year, so the move is followed closely: expectation talks at about
// 1, 3 and 6 months, and the supervision of § 156 — at least two visits a year at the site, talking with
// the child — counted as one visit in every half year from the move.

export const EXPECTATION_TALK_MONTHS = [1, 3, 6] as const;
export const SUPERVISION_PERIOD_MONTHS = 6;
/** "About" a month: a talk counts this many days either side of its date, and is overdue after it. */
export const TALK_WINDOW_DAYS = 14;
/** Shown as coming up this many days before its date. */
export const DUE_SOON_DAYS = 14;

export type AgendaStatus = "HELD" | "UPCOMING" | "DUE_SOON" | "OVERDUE";

export interface AgendaItem {
  kind: "EXPECTATION_TALK" | "SUPERVISION_VISIT";
  /** Months after the move: the talk's month, or the end of the supervision half year. */
  months: number;
  due: CalendarDate;
  /** The supervision half year starts here; a talk's window starts here. */
  from: CalendarDate;
  heldOn: CalendarDate | null;
  status: AgendaStatus;
}

export interface FirstYearRecords {
  talks: readonly { months: number; heldOn: CalendarDate }[];
  supervisionVisits: readonly CalendarDate[];
}

function status(due: CalendarDate, lateFrom: CalendarDate, heldOn: CalendarDate | null, today: CalendarDate): AgendaStatus {
  if (heldOn) return "HELD";
  if (today > lateFrom) return "OVERDUE";
  return addDays(today, DUE_SOON_DAYS) >= due ? "DUE_SOON" : "UPCOMING";
}

/**
 * The follow-up after a move on `moveDate`: the three talks, and the supervision half years up to the one
 * running `today` (at least the first year's two). While the placement lasts supervision goes on; `until`
 * (the day the placement ended) stops the half years there.
 */
export function firstYearAgenda(moveDate: CalendarDate, records: FirstYearRecords, today: CalendarDate, until: CalendarDate | null = null): AgendaItem[] {
  const talks: AgendaItem[] = EXPECTATION_TALK_MONTHS.map((months) => {
    const due = addMonths(moveDate, months);
    const heldOn = records.talks.find((t) => t.months === months)?.heldOn ?? null;
    return { kind: "EXPECTATION_TALK", months, due, from: addDays(due, -TALK_WINDOW_DAYS), heldOn, status: status(due, addDays(due, TALK_WINDOW_DAYS), heldOn, today) };
  });
  const visits: AgendaItem[] = [];
  const horizon = until && until < today ? until : today;
  for (let months = SUPERVISION_PERIOD_MONTHS; ; months += SUPERVISION_PERIOD_MONTHS) {
    const from = addMonths(moveDate, months - SUPERVISION_PERIOD_MONTHS);
    const due = addMonths(moveDate, months);
    if (months > 12 && from > horizon) break;
    if (until && from >= until) break;
    const heldOn = records.supervisionVisits.filter((v) => v >= from && v < due).sort()[0] ?? null;
    visits.push({ kind: "SUPERVISION_VISIT", months, due, from, heldOn, status: status(due, due, heldOn, today) });
  }
  return [...talks, ...visits].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.kind < b.kind ? -1 : 1));
}

/** The next item not held, for home pages and lists: the earliest overdue, else the next coming. */
export function nextAgendaItem(items: readonly AgendaItem[]): AgendaItem | null {
  return items.find((i) => i.status !== "HELD") ?? null;
}

/** A talk or visit is recorded as held on a day between the move and today. */
export function checkFirstYearEvent(moveDate: CalendarDate | null, heldOn: CalendarDate, today: CalendarDate): MatchingRefusal | null {
  if (!moveDate) return refuseMatch("MATCH_NOT_MOVED", "heldOn");
  if (heldOn < moveDate || heldOn > today) return refuseMatch("MATCH_EVENT_OUTSIDE_PLACEMENT", "heldOn");
  return null;
}

import type { CalendarDate } from "../method/calendar";

// The family page tells the case's story: journal notes together with what the method recorded
// (phases started and ended, assessments, plan agreements, follow-ups, meetings), newest first.

/** Within one day, the order in which such things happen: a phase ends, is assessed, the next starts … */
export const TIMELINE_KINDS = ["PHASE_END", "ASSESSMENT", "PHASE_START", "PLAN_AGREED", "FOLLOW_UP", "MEETING", "JOURNAL"] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const TIMELINE_PAGE_SIZE = 30;

export interface TimelineEvent {
  kind: TimelineKind;
  /** The day it happened (a meeting: its day in Copenhagen). */
  date: CalendarDate;
  /** An ISO timestamp ordering events of one kind on one day (a meeting's start, else when it was recorded). */
  at: string;
  id: string;
}

const RANK: Record<TimelineKind, number> = Object.fromEntries(TIMELINE_KINDS.map((k, i) => [k, i])) as Record<TimelineKind, number>;

/** Newest first: by day, then by the day's order of kinds, then by time, then by id (stable for equal times). */
export function compareTimeline(a: TimelineEvent, b: TimelineEvent): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.kind !== b.kind) return RANK[b.kind] - RANK[a.kind];
  if (a.at !== b.at) return a.at < b.at ? 1 : -1;
  return a.id < b.id ? 1 : a.id > b.id ? -1 : 0;
}

/** How many events page `page` (1, 2, …) shows in all: the page grows by one page size each time. */
export function timelineLimit(page: number): number {
  const p = Number.isInteger(page) && page >= 1 ? Math.min(page, 1000) : 1;
  return p * TIMELINE_PAGE_SIZE;
}

/**
 * The newest `limit` events of all sources together, and whether there are more. Each source must
 * hold its newest `limit + 1` events (or all it has): then the first `limit` of the merge are exact,
 * whatever the order of the sources, and a source cut short still shows as "more".
 */
export function mergeTimeline<T extends TimelineEvent>(sources: readonly (readonly T[])[], limit: number): { items: T[]; hasMore: boolean } {
  const all = sources.flat().sort(compareTimeline);
  return { items: all.slice(0, limit), hasMore: all.length > limit };
}

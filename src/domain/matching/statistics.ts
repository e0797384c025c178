import type { CalendarDate } from "../method/calendar";
import { endedWithinYears } from "./breakdown";
import { addMonths } from "./months";

// The coordinator's matching figures: of the placements started, how many broke down within one and
// within two years of the start. A breakdown counts only for a placement old enough to have had the
// whole span (started at least that many years ago); a younger one would make the share look better
// than it is, because its breakdowns have not happened yet.

export const BREAKDOWN_SPANS = [1, 2] as const;
export type BreakdownSpan = (typeof BREAKDOWN_SPANS)[number];

/** How a decision answered the wishes (wishesOutcome), or NO_DECISION for a placement made without one. */
export const WISH_GROUPS = ["FOLLOWED", "PARTLY", "NOT_FOLLOWED", "NONE", "NO_DECISION"] as const;
export type WishGroup = (typeof WISH_GROUPS)[number];

export const OUTCOME_DIMENSIONS = ["total", "startYear", "siteKind", "childWish", "parentWish"] as const;
export type OutcomeDimension = (typeof OUTCOME_DIMENSIONS)[number];

export interface PlacementOutcomeRow {
  startDate: CalendarDate;
  endDate: CalendarDate | null;
  /** Ended as a breakdown (the end reason) or with a breakdown recorded. */
  brokeDown: boolean;
  siteKind: string;
  childWish: WishGroup;
  parentWish: WishGroup;
}

export interface OutcomeCell {
  started: number;
  /** Per span: placements old enough to count, and of those the ones that broke down within the span. */
  counted: Record<BreakdownSpan, number>;
  brokeDown: Record<BreakdownSpan, number>;
}

export type PlacementOutcomes = Record<OutcomeDimension, Record<string, OutcomeCell>>;

export const oldEnoughFor = (startDate: CalendarDate, years: number, today: CalendarDate) => addMonths(startDate, 12 * years) <= today;

export const brokeDownWithinYears = (p: Pick<PlacementOutcomeRow, "startDate" | "endDate" | "brokeDown">, years: number) =>
  p.brokeDown && endedWithinYears(p.startDate, p.endDate, years);

const emptyCell = (): OutcomeCell => ({ started: 0, counted: { 1: 0, 2: 0 }, brokeDown: { 1: 0, 2: 0 } });

export function groupKeys(p: PlacementOutcomeRow): Record<OutcomeDimension, string> {
  return { total: "all", startYear: p.startDate.slice(0, 4), siteKind: p.siteKind, childWish: p.childWish, parentWish: p.parentWish };
}

/** The figures of placements that have started by `today`, once in total and once per group of each dimension. */
export function placementOutcomes(rows: readonly PlacementOutcomeRow[], today: CalendarDate): PlacementOutcomes {
  const out = Object.fromEntries(OUTCOME_DIMENSIONS.map((d) => [d, {}])) as PlacementOutcomes;
  for (const p of rows) {
    if (p.startDate > today) continue;
    const keys = groupKeys(p);
    for (const d of OUTCOME_DIMENSIONS) {
      const cell = (out[d][keys[d]] ??= emptyCell());
      cell.started++;
      for (const years of BREAKDOWN_SPANS) {
        if (!oldEnoughFor(p.startDate, years, today)) continue;
        cell.counted[years]++;
        if (brokeDownWithinYears(p, years)) cell.brokeDown[years]++;
      }
    }
  }
  return out;
}

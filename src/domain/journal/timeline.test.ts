import { describe, expect, it } from "vitest";
import { compareTimeline, mergeTimeline, TIMELINE_PAGE_SIZE, timelineLimit, type TimelineEvent } from "./timeline";

const ev = (kind: TimelineEvent["kind"], date: string, id: string, at = `${date}T10:00:00.000Z`): TimelineEvent => ({ kind, date, id, at });

describe("the family's timeline", () => {
  it("shows the newest day first, whatever source an event came from", () => {
    const journal = [ev("JOURNAL", "2026-11-05", "j2"), ev("JOURNAL", "2026-10-01", "j1")];
    const phases = [ev("PHASE_START", "2026-10-15", "p2"), ev("PHASE_START", "2026-09-01", "p1")];
    const followUps = [ev("FOLLOW_UP", "2026-11-01", "f1")];
    const { items, hasMore } = mergeTimeline([journal, phases, followUps], 30);
    expect(items.map((e) => e.id)).toEqual(["j2", "f1", "p2", "j1", "p1"]);
    expect(hasMore).toBe(false);
  });

  it("on one day tells it in the order it happens, newest on top: end, assessment, next start, plan, follow-up, meeting, note", () => {
    const day = "2026-11-02";
    const shuffled = [ev("MEETING", day, "m"), ev("PHASE_END", day, "pe"), ev("JOURNAL", day, "j"), ev("PLAN_AGREED", day, "pa"), ev("ASSESSMENT", day, "a"), ev("FOLLOW_UP", day, "f"), ev("PHASE_START", day, "ps")];
    expect(mergeTimeline([shuffled], 30).items.map((e) => e.id)).toEqual(["j", "m", "f", "pa", "ps", "a", "pe"]);
  });

  it("orders two notes of the same day by when they were written, then by id, so the order never flickers", () => {
    const a = ev("JOURNAL", "2026-11-02", "a", "2026-11-02T08:00:00.000Z");
    const b = ev("JOURNAL", "2026-11-02", "b", "2026-11-02T15:00:00.000Z");
    const c = ev("JOURNAL", "2026-11-02", "c", "2026-11-02T15:00:00.000Z");
    expect([a, b, c].sort(compareTimeline).map((e) => e.id)).toEqual(["c", "b", "a"]);
    expect([c, a, b].sort(compareTimeline).map((e) => e.id)).toEqual(["c", "b", "a"]);
  });

  it("pages 30 at a time and says when there is more, even when one source alone has more", () => {
    const days = (n: number, kind: TimelineEvent["kind"], prefix: string) =>
      Array.from({ length: n }, (_, i) => ev(kind, `2026-${String(1 + Math.floor(i / 28)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, `${prefix}${i}`)).reverse();
    // A source that was cut at limit + 1 rows.
    const journal = days(31, "JOURNAL", "j");
    const page1 = mergeTimeline([journal, []], timelineLimit(1));
    expect(page1.items).toHaveLength(TIMELINE_PAGE_SIZE);
    expect(page1.hasMore).toBe(true);
    const page2 = mergeTimeline([journal, days(5, "FOLLOW_UP", "f")], timelineLimit(2));
    expect(page2.items).toHaveLength(36);
    expect(page2.hasMore).toBe(false);
    // The first page of a longer list is the start of the second: "show more" only adds below.
    expect(page2.items.slice(0, 30).map((e) => e.id)).toEqual(mergeTimeline([journal, days(5, "FOLLOW_UP", "f")], 30).items.map((e) => e.id));
  });

  it("takes a missing or silly page number as the first page", () => {
    expect(timelineLimit(0)).toBe(30);
    expect(timelineLimit(Number.NaN)).toBe(30);
    expect(timelineLimit(2.5)).toBe(30);
    expect(timelineLimit(3)).toBe(90);
    expect(timelineLimit(1e9)).toBe(30_000);
  });
});

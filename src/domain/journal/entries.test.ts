import { describe, expect, it } from "vitest";
import da from "../../i18n/messages/da.json";
import en from "../../i18n/messages/en.json";
import { checkCorrection, checkEdit, checkOccurredOn, correctionChain, editableUntil, latestVersionOf, mayEdit } from "./entries";
import { JOURNAL_REASON_CODES } from "./reasons";

const written = new Date("2026-11-10T09:00:00.000Z");
const entry = { authorId: "u1", createdAt: written, correctedById: null };
const plus = (ms: number) => new Date(written.getTime() + ms);
const HOUR = 3_600_000;

describe("editing a journal entry", () => {
  it("the author may edit right after writing and until just before 24 hours have passed", () => {
    expect(checkEdit(entry, "u1", written)).toBeNull();
    expect(checkEdit(entry, "u1", plus(24 * HOUR - 1))).toBeNull();
  });

  it("at exactly 24 hours and later the entry stands: a correction is the only way", () => {
    expect(checkEdit(entry, "u1", plus(24 * HOUR))).toMatchObject({ reason: "EDIT_WINDOW_PASSED", params: { hours: 24 } });
    expect(checkEdit(entry, "u1", plus(30 * 24 * HOUR))?.reason).toBe("EDIT_WINDOW_PASSED");
    expect(editableUntil(written).toISOString()).toBe("2026-11-11T09:00:00.000Z");
  });

  it("across the change from summer to winter time the window is still 24 real hours", () => {
    const beforeChange = new Date("2026-10-24T22:30:00.000Z");
    expect(mayEdit({ ...entry, createdAt: beforeChange }, "u1", new Date("2026-10-25T22:29:59.999Z"))).toBe(true);
    expect(mayEdit({ ...entry, createdAt: beforeChange }, "u1", new Date("2026-10-25T22:30:00.000Z"))).toBe(false);
  });

  it("nobody but the author edits, not even within the hour", () => {
    expect(checkEdit(entry, "u2", plus(HOUR))?.reason).toBe("NOT_AUTHOR");
  });

  it("a corrected entry is not edited, so the correction keeps pointing at the text it corrected", () => {
    expect(checkEdit({ ...entry, correctedById: "e2" }, "u1", plus(HOUR))?.reason).toBe("ENTRY_CORRECTED");
  });
});

describe("the day it happened", () => {
  it("may be today or earlier, never tomorrow", () => {
    expect(checkOccurredOn("2026-11-10", "2026-11-10")).toBeNull();
    expect(checkOccurredOn("2025-01-01", "2026-11-10")).toBeNull();
    expect(checkOccurredOn("2026-11-11", "2026-11-10")).toMatchObject({ reason: "OCCURRED_IN_FUTURE", field: "occurredOn" });
  });
});

describe("corrections form one chain", () => {
  // a <- b <- c: b corrects a, c corrects b.
  const links = new Map([
    ["a", { correctsId: null, correctedById: "b" }],
    ["b", { correctsId: "a", correctedById: "c" }],
    ["c", { correctsId: "b", correctedById: null }],
    ["x", { correctsId: null, correctedById: null }],
  ]);

  it("from any member the chain reads first to latest", () => {
    for (const id of ["a", "b", "c"]) expect(correctionChain(id, links)).toEqual(["a", "b", "c"]);
    expect(correctionChain("x", links)).toEqual(["x"]);
    expect(latestVersionOf("a", links)).toBe("c");
  });

  it("an entry already corrected is not corrected again: the newer correction is", () => {
    expect(checkCorrection(links.get("a")!)?.reason).toBe("ALREADY_CORRECTED");
    expect(checkCorrection(links.get("b")!)?.reason).toBe("ALREADY_CORRECTED");
    expect(checkCorrection(links.get("c")!)).toBeNull();
  });

  it("a cycle (which the database cannot hold) does not loop for ever", () => {
    const cyclic = new Map([["p", { correctsId: "q", correctedById: "q" }], ["q", { correctsId: "p", correctedById: "p" }]]);
    expect(correctionChain("p", cyclic)).toEqual(["q", "p"]);
  });
});

describe("journal reason codes", () => {
  it.each([["da", da], ["en", en]] as const)("each has a message in %s", (_, messages) => {
    const texts = (messages as unknown as { journal: { reasons: Record<string, string> } }).journal.reasons;
    expect(Object.keys(texts).sort()).toEqual([...JOURNAL_REASON_CODES].sort());
  });
});

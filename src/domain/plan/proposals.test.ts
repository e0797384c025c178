import { describe, expect, it } from "vitest";
import { acceptTarget, checkDecide, checkDiscard, checkPropose, currentPlanVersion, openDraft, proposalStanding, type PlanVersionRef } from "./proposals";
import { fromToday } from "./upcoming";

const v = (number: number, status: PlanVersionRef["status"]): PlanVersionRef => ({ id: `v${number}`, number, status });
const firstDraft = [v(1, "DRAFT")];
const agreed = [v(1, "AGREED")];
const agreedWithDraft = [v(2, "DRAFT"), v(1, "AGREED")];
const later = [v(3, "AGREED"), v(2, "SUPERSEDED"), v(1, "SUPERSEDED")];

describe("the version a proposal is written against", () => {
  it("is the agreed plan in force, also while a new draft is prepared", () => {
    expect(currentPlanVersion(agreed)?.id).toBe("v1");
    expect(currentPlanVersion(agreedWithDraft)?.id).toBe("v1");
    expect(currentPlanVersion(later)?.id).toBe("v3");
  });
  it("is the first draft before anything is agreed, and nothing without a plan", () => {
    expect(currentPlanVersion(firstDraft)?.id).toBe("v1");
    expect(currentPlanVersion([])).toBeNull();
  });
  it("knows the open draft: only the newest version, when not agreed", () => {
    expect(openDraft(agreedWithDraft)?.id).toBe("v2");
    expect(openDraft(agreed)).toBeNull();
    expect(openDraft(later)).toBeNull();
  });
});

describe("proposing", () => {
  it("accepts a proposal on the current version, with or without one of its goals", () => {
    expect(checkPropose(agreed, { planVersionId: "v1", goalLineageId: null }, [])).toMatchObject({ ok: true, version: { id: "v1" } });
    expect(checkPropose(agreed, { planVersionId: "v1", goalLineageId: "g-a" }, ["g-a", "g-b"])).toMatchObject({ ok: true });
  });
  it("is a conflict when the therapist read a version that is no longer in force", () => {
    expect(checkPropose(later, { planVersionId: "v2", goalLineageId: null }, [])).toEqual({ ok: false, conflict: true });
    expect(checkPropose(agreedWithDraft, { planVersionId: "v2", goalLineageId: null }, [])).toEqual({ ok: false, conflict: true });
  });
  it("refuses a goal that is not in the plan, and a family with no plan", () => {
    expect(checkPropose(agreed, { planVersionId: "v1", goalLineageId: "elsewhere" }, ["g-a"])).toEqual({ ok: false, reason: "PROPOSAL_GOAL_NOT_IN_PLAN", field: "goalLineageId" });
    expect(checkPropose([], { planVersionId: "v1", goalLineageId: null }, [])).toEqual({ ok: false, reason: "NO_PLAN_TO_PROPOSE_ON" });
  });
});

describe("deciding", () => {
  it("decides only an open proposal", () => {
    expect(checkDecide("OPEN")).toBeNull();
    expect(checkDecide("ACCEPTED")).toMatchObject({ reason: "PROPOSAL_ALREADY_DECIDED" });
    expect(checkDecide("DECLINED")).toMatchObject({ reason: "PROPOSAL_ALREADY_DECIDED" });
  });
  it("puts an accepted proposal on the open draft, or a new draft after the newest version", () => {
    expect(acceptTarget(agreedWithDraft)).toEqual({ kind: "existingDraft", draftId: "v2", number: 2 });
    expect(acceptTarget(firstDraft)).toEqual({ kind: "existingDraft", draftId: "v1", number: 1 });
    expect(acceptTarget(agreed)).toEqual({ kind: "newDraft", fromVersionId: "v1", number: 2 });
    expect(acceptTarget(later)).toEqual({ kind: "newDraft", fromVersionId: "v3", number: 4 });
  });
});

describe("discarding a draft", () => {
  it("discards a draft and nothing else", () => {
    expect(checkDiscard(v(2, "DRAFT"))).toBeNull();
    expect(checkDiscard(v(1, "AGREED"))).toMatchObject({ reason: "ONLY_DRAFT_CAN_BE_DISCARDED" });
    expect(checkDiscard(v(1, "SUPERSEDED"))).toMatchObject({ reason: "ONLY_DRAFT_CAN_BE_DISCARDED" });
  });
});

describe("a proposal next to the plan today", () => {
  it("is current while its version is in force, and says which version it was written against after", () => {
    expect(proposalStanding({ planVersionId: "v1", planVersionNumber: 1 }, agreedWithDraft)).toEqual({ stale: false, writtenAgainst: 1 });
    expect(proposalStanding({ planVersionId: "v2", planVersionNumber: 2 }, later)).toEqual({ stale: true, writtenAgainst: 2 });
    // A first draft that was discarded: the proposal keeps its number.
    expect(proposalStanding({ planVersionId: null, planVersionNumber: 1 }, agreed)).toEqual({ stale: true, writtenAgainst: 1 });
  });
});

describe("the printed plan's dates", () => {
  it("keeps today and later, in order, and drops every passed date", () => {
    const dates = ["2026-05-10", "2026-04-30", "2026-05-01", "2026-05-02"];
    expect(fromToday(dates, "2026-05-01", (d) => d)).toEqual(["2026-05-01", "2026-05-02", "2026-05-10"]);
    expect(fromToday(dates, "2026-06-01", (d) => d)).toEqual([]);
  });
});

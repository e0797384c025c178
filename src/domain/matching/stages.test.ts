import { describe, expect, it } from "vitest";
import { checkAdvance, checkMoveDate, checkReturnToSearch, checkWithdraw, deadlineDaysLeft, nextStages, type MatchingCandidate, type MatchingSnapshot } from "./stages";

const TODAY = "2026-11-28";
const candidate = (over: Partial<MatchingCandidate> = {}): MatchingCandidate => ({ id: "c1", siteId: "s1", referralSentOn: "2026-11-01", answer: "ACCEPTED", vacancies: 1, visits: 1, ...over });
const snap = (over: Partial<MatchingSnapshot> = {}): MatchingSnapshot => ({
  stage: "PROFILE",
  urgency: "PLANNED",
  hasProfile: true,
  childHeard: true,
  parents: [{ id: "p1", heard: true }],
  candidates: [],
  proposedCandidateId: null,
  decision: null,
  moveDate: null,
  partiesInformed: false,
  placementEnded: false,
  ...over,
});
const reason = (s: MatchingSnapshot, to: Parameters<typeof checkAdvance>[1]) => checkAdvance(s, to, TODAY)?.reason ?? null;

describe("the stages of a matching case", () => {
  it("go forward one at a time, and an acute case may skip the visits", () => {
    expect(nextStages(snap({ stage: "SHORTLIST" }))).toEqual(["VISITS"]);
    expect(nextStages(snap({ stage: "SHORTLIST", urgency: "ACUTE" }))).toEqual(["VISITS", "PROPOSAL"]);
    expect(reason(snap({ stage: "PROFILE" }), "SHORTLIST")).toBe("MATCH_STAGE_NOT_NEXT");
    expect(reason(snap({ stage: "SHORTLIST", candidates: [candidate({ visits: 0 })] }), "PROPOSAL")).toBe("MATCH_STAGE_NOT_NEXT");
    expect(reason(snap({ stage: "SHORTLIST", urgency: "ACUTE", candidates: [candidate({ visits: 0 })] }), "PROPOSAL")).toBeNull();
  });

  it("leave the profile only when the child and every parent have been heard", () => {
    expect(reason(snap({ hasProfile: false }), "SEARCH")).toBe("MATCH_PROFILE_MISSING");
    expect(reason(snap({ childHeard: false }), "SEARCH")).toBe("MATCH_CHILD_NOT_HEARD");
    expect(reason(snap({ parents: [{ id: "p1", heard: true }, { id: "p2", heard: false }] }), "SEARCH")).toBe("MATCH_PARENT_NOT_HEARD");
    expect(reason(snap(), "SEARCH")).toBeNull();
  });

  it("need a candidate for the shortlist, an accepted referral for visits, a visit for a planned proposal", () => {
    expect(reason(snap({ stage: "SEARCH" }), "SHORTLIST")).toBe("MATCH_NO_CANDIDATES");
    expect(reason(snap({ stage: "SEARCH", candidates: [candidate({ answer: "PENDING" })] }), "SHORTLIST")).toBeNull();
    expect(reason(snap({ stage: "SHORTLIST", candidates: [candidate({ answer: "DECLINED" }), candidate({ id: "c2", answer: "QUESTION" })] }), "VISITS")).toBe("MATCH_NO_ACCEPTED_REFERRAL");
    expect(reason(snap({ stage: "VISITS", candidates: [candidate({ visits: 0 })] }), "PROPOSAL")).toBe("MATCH_NO_VISIT");
    // A visit to a site that then declined does not count.
    expect(reason(snap({ stage: "VISITS", candidates: [candidate({ answer: "DECLINED", visits: 2 }), candidate({ id: "c2", visits: 0 })] }), "PROPOSAL")).toBe("MATCH_NO_VISIT");
  });

  it("go to the decision only with a proposed site that accepted and has a free place", () => {
    const base = { stage: "PROPOSAL" as const };
    expect(reason(snap({ ...base, candidates: [candidate()] }), "DECISION")).toBe("MATCH_NO_PROPOSAL");
    expect(reason(snap({ ...base, candidates: [candidate({ answer: "DECLINED" })], proposedCandidateId: "c1" }), "DECISION")).toBe("MATCH_CANDIDATE_NOT_ACCEPTED");
    expect(reason(snap({ ...base, candidates: [candidate({ vacancies: 0 })], proposedCandidateId: "c1" }), "DECISION")).toBe("MATCH_NO_VACANCY");
    expect(reason(snap({ ...base, candidates: [candidate()], proposedCandidateId: "c1" }), "DECISION")).toBeNull();
  });

  it("reach the transition only through the decision itself", () => {
    expect(reason(snap({ stage: "DECISION" }), "TRANSITION")).toBe("MATCH_DECIDE_BY_DECISION");
  });

  it("start the first year after the move, once every party has been told", () => {
    const decided = { stage: "TRANSITION" as const, decision: { candidateId: "c1", decidedOn: "2026-11-01" } };
    expect(reason(snap(decided), "FIRST_YEAR")).toBe("MATCH_NOT_MOVED");
    expect(reason(snap({ ...decided, moveDate: "2026-11-20" }), "FIRST_YEAR")).toBe("MATCH_PARTIES_NOT_INFORMED");
    expect(reason(snap({ ...decided, moveDate: "2026-11-20", partiesInformed: true }), "FIRST_YEAR")).toBeNull();
  });

  it("close a case a year after the move, or when the placement has ended", () => {
    const running = snap({ stage: "FIRST_YEAR", moveDate: "2025-11-29" });
    expect(checkAdvance(running, "CLOSED", TODAY)).toMatchObject({ reason: "MATCH_FIRST_YEAR_RUNNING", params: { date: "2026-11-29" } });
    expect(reason(snap({ stage: "FIRST_YEAR", moveDate: "2025-11-28" }), "CLOSED")).toBeNull();
    expect(reason({ ...running, placementEnded: true }, "CLOSED")).toBeNull();
  });

  it("refuse every step once the case has ended", () => {
    for (const stage of ["CLOSED", "WITHDRAWN"] as const) {
      expect(reason(snap({ stage }), "SEARCH")).toBe("MATCH_CASE_ENDED");
      expect(checkWithdraw({ stage }, "x")?.reason).toBe("MATCH_CASE_ENDED");
      expect(checkReturnToSearch({ stage }, "x")?.reason).toBe("MATCH_CASE_ENDED");
    }
  });

  it("withdraw with a reason until the decision, never after", () => {
    expect(checkWithdraw({ stage: "VISITS" }, "  ")?.field).toBe("reason");
    expect(checkWithdraw({ stage: "DECISION" }, "Barnet bliver hjemme")).toBeNull();
    expect(checkWithdraw({ stage: "TRANSITION" }, "x")?.reason).toBe("MATCH_WITHDRAW_AFTER_DECISION");
    expect(reason(snap({ stage: "SEARCH" }), "WITHDRAWN")).toBe("MATCH_REASON_REQUIRED");
  });

  it("go back to the search from the shortlist up to the decision, with a reason", () => {
    expect(checkReturnToSearch({ stage: "PROFILE" }, "x")?.reason).toBe("MATCH_CANNOT_RETURN");
    expect(checkReturnToSearch({ stage: "TRANSITION" }, "x")?.reason).toBe("MATCH_CANNOT_RETURN");
    expect(checkReturnToSearch({ stage: "VISITS" }, "")?.reason).toBe("MATCH_REASON_REQUIRED");
    expect(checkReturnToSearch({ stage: "DECISION" }, "Begge steder sagde nej")).toBeNull();
  });

  it("record the move on or after the decision and not in the future", () => {
    const s = { stage: "TRANSITION" as const, decision: { candidateId: "c1", decidedOn: "2026-11-10" } };
    expect(checkMoveDate(s, "2026-11-09", TODAY)).toMatchObject({ reason: "MATCH_MOVE_BEFORE_DECISION", params: { date: "2026-11-10" } });
    expect(checkMoveDate(s, "2026-11-29", TODAY)?.reason).toBe("MATCH_MOVE_IN_FUTURE");
    expect(checkMoveDate(s, "2026-11-10", TODAY)).toBeNull();
    expect(checkMoveDate({ stage: "DECISION", decision: null }, "2026-11-10", TODAY)?.reason).toBe("MATCH_STAGE_NOT_NEXT");
  });

  it("count the days to the deadline until the decision", () => {
    expect(deadlineDaysLeft({ stage: "SEARCH" }, "2026-12-05", TODAY)).toBe(7);
    expect(deadlineDaysLeft({ stage: "SEARCH" }, "2026-11-25", TODAY)).toBe(-3);
    expect(deadlineDaysLeft({ stage: "TRANSITION" }, "2026-11-25", TODAY)).toBeNull();
    expect(deadlineDaysLeft({ stage: "SEARCH" }, null, TODAY)).toBeNull();
  });
});

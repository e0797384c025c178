import { describe, expect, it } from "vitest";
import { SECTION_52_CRITERIA } from "./criteria";
import { allPartiesInformed, checkDecision, partiesToInform, wishesOutcome, type DecisionInput, checkNotice, checkPlannedMove } from "./decision";
import type { MatchingSnapshot } from "./stages";

const TODAY = "2026-11-28";
const snapshot: MatchingSnapshot = {
  stage: "DECISION",
  urgency: "PLANNED",
  hasProfile: true,
  childHeard: true,
  parents: [{ id: "p1", heard: true }],
  candidates: [
    { id: "yes", siteId: "s1", referralSentOn: "2026-11-01", answer: "ACCEPTED", vacancies: 1, visits: 1 },
    { id: "no", siteId: "s2", referralSentOn: "2026-11-01", answer: "DECLINED", vacancies: 2, visits: 0 },
    { id: "full", siteId: "s3", referralSentOn: "2026-11-01", answer: "ACCEPTED", vacancies: 0, visits: 1 },
  ],
  proposedCandidateId: "yes",
  decision: null,
  moveDate: null,
  partiesInformed: false,
  placementEnded: false,
};
const facts = { wishIds: ["w-child", "w-mother"], context: { hasSiblings: false, inSchool: true } };
const complete = (over: Partial<DecisionInput> = {}): DecisionInput => ({
  candidateId: "yes",
  decidedOn: TODAY,
  criteria: SECTION_52_CRITERIA.map((criterion) => ({ criterion, rating: "MET", reason: "Begrundelse" })),
  wishes: [
    { wishId: "w-child", answer: "FOLLOWED", reason: "" },
    { wishId: "w-mother", answer: "FOLLOWED", reason: "" },
  ],
  ...over,
});
const fields = (input: DecisionInput) => checkDecision(snapshot, input, facts, TODAY).map((r) => `${r.field}:${r.reason}`);

describe("the § 52 decision", () => {
  it("is taken with a reason for every criterion and an answer to every wish", () => {
    expect(fields(complete())).toEqual([]);
  });

  it("is refused for a site that declined, for one without a free place, and before its stage", () => {
    expect(fields(complete({ candidateId: "no" }))).toEqual(["candidateId:MATCH_CANDIDATE_NOT_ACCEPTED"]);
    expect(fields(complete({ candidateId: "full" }))).toEqual(["candidateId:MATCH_NO_VACANCY"]);
    expect(fields(complete({ candidateId: "unknown" }))).toEqual(["candidateId:MATCH_CANDIDATE_NOT_ACCEPTED"]);
    expect(checkDecision({ ...snapshot, stage: "PROPOSAL" }, complete(), facts, TODAY).map((r) => r.reason)).toEqual(["MATCH_STAGE_NOT_NEXT"]);
    expect(fields(complete({ decidedOn: "2026-11-29" }))).toEqual(["decidedOn:MATCH_DECISION_IN_FUTURE"]);
  });

  it("names each criterion left without a rating or a reason", () => {
    const criteria = complete().criteria.map((c) =>
      c.criterion === "SCHOOL_CONTINUITY" ? { ...c, reason: " " } : c.criterion === "CHILD_WISHES" ? { ...c, rating: null } : c,
    );
    expect(fields(complete({ criteria: criteria.filter((c) => c.criterion !== "STABLE_ADULT_RELATIONS") }))).toEqual([
      "criteria.STABLE_ADULT_RELATIONS.rating:MATCH_CRITERION_UNRATED",
      "criteria.STABLE_ADULT_RELATIONS.reason:MATCH_CRITERION_REASON_REQUIRED",
      "criteria.SCHOOL_CONTINUITY.reason:MATCH_CRITERION_REASON_REQUIRED",
      "criteria.CHILD_WISHES.rating:MATCH_CRITERION_UNRATED",
    ]);
  });

  it("allows 'not applicable' only for siblings when there are none and school when the child is in none", () => {
    const na = (criterion: string) => complete().criteria.map((c) => (c.criterion === criterion ? { ...c, rating: "NOT_APPLICABLE" as const } : c));
    expect(fields(complete({ criteria: na("SIBLINGS_TOGETHER") }))).toEqual([]);
    expect(fields(complete({ criteria: na("SCHOOL_CONTINUITY") }))).toEqual(["criteria.SCHOOL_CONTINUITY.rating:MATCH_CRITERION_NOT_APPLICABLE"]);
    expect(fields(complete({ criteria: na("CHILD_NEEDS_AND_PLAN") }))).toEqual(["criteria.CHILD_NEEDS_AND_PLAN.rating:MATCH_CRITERION_NOT_APPLICABLE"]);
  });

  it("needs a reason wherever it goes against a wish, and an answer to each", () => {
    expect(fields(complete({ wishes: [{ wishId: "w-child", answer: "NOT_FOLLOWED", reason: "" }] }))).toEqual([
      "wishes.w-child.reason:MATCH_WISH_REASON_REQUIRED",
      "wishes.w-mother.answer:MATCH_WISH_UNANSWERED",
    ]);
    expect(fields(complete({ wishes: [{ wishId: "w-child", answer: "PARTLY", reason: "" }, { wishId: "w-mother", answer: "NOT_FOLLOWED", reason: "Afstanden" }] }))).toEqual([
      "wishes.w-child.reason:MATCH_WISH_REASON_REQUIRED",
    ]);
  });
});

describe("the parties to the decision", () => {
  const parents = [{ id: "mother", hasCustody: true }, { id: "father", hasCustody: false }];
  it("are the custody holders, and the child from the tenth birthday", () => {
    expect(partiesToInform({ id: "child", birthDate: "2016-11-28" }, parents, TODAY)).toEqual([{ kind: "CHILD", id: "child" }, { kind: "PARENT", id: "mother" }]);
    expect(partiesToInform({ id: "child", birthDate: "2016-11-29" }, parents, TODAY)).toEqual([{ kind: "PARENT", id: "mother" }]);
  });
  it("are all informed only when each has been told", () => {
    const parties = [{ kind: "CHILD", id: "child" }, { kind: "PARENT", id: "mother" }];
    expect(allPartiesInformed(parties, [{ kind: "PARENT", id: "mother" }])).toBe(false);
    expect(allPartiesInformed(parties, [...parties, { kind: "PARENT", id: "father" }])).toBe(true);
  });
});

describe("how the wishes were answered", () => {
  it("is followed, partly, not followed, or none", () => {
    expect(wishesOutcome([])).toBe("NONE");
    expect(wishesOutcome(["FOLLOWED", null])).toBe("FOLLOWED");
    expect(wishesOutcome(["FOLLOWED", "NOT_FOLLOWED"])).toBe("PARTLY");
    expect(wishesOutcome(["PARTLY"])).toBe("PARTLY");
    expect(wishesOutcome(["NOT_FOLLOWED", "NOT_FOLLOWED"])).toBe("NOT_FOLLOWED");
  });
});

describe("the planned move and telling the parties", () => {
  it("plans the move on the day of the decision or later", () => {
    expect(checkPlannedMove("2026-11-20", "2026-11-20")).toBeNull();
    expect(checkPlannedMove("2026-11-20", "2026-12-01")).toBeNull();
    expect(checkPlannedMove("2026-11-20", "2026-11-19")).toMatchObject({ reason: "MATCH_MOVE_BEFORE_DECISION", field: "moveOn", params: { date: "2026-11-20" } });
  });

  it("records a notice only for a party, from the decision day until today", () => {
    const parties = [{ kind: "CHILD", id: "c1" }, { kind: "PARENT", id: "p1" }];
    expect(checkNotice(parties, { kind: "PARENT", id: "p1" }, "2026-11-20", "2026-11-21", "2026-11-28")).toBeNull();
    expect(checkNotice(parties, { kind: "PARENT", id: "p2" }, "2026-11-20", "2026-11-21", "2026-11-28")?.reason).toBe("MATCH_NOT_A_PARTY");
    expect(checkNotice(parties, { kind: "CHILD", id: "c1" }, "2026-11-20", "2026-11-19", "2026-11-28")?.reason).toBe("MATCH_NOTICE_BEFORE_DECISION");
    expect(checkNotice(parties, { kind: "CHILD", id: "c1" }, "2026-11-20", "2026-11-29", "2026-11-28")?.reason).toBe("MATCH_NOTICE_IN_FUTURE");
  });
});

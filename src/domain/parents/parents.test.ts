import { describe, expect, it } from "vitest";
import da from "../../i18n/messages/portal.da.json";
import en from "../../i18n/messages/portal.en.json";
import daAccess from "../../i18n/messages/parent-access.da.json";
import enAccess from "../../i18n/messages/parent-access.en.json";
import {
  checkFileAnswer, checkFileRequest, checkInvite, checkOffer, checkParentRatings, checkPlanResponse, checkReopen, checkSuspend,
  closedDays, easterSunday, fileAccessDueOn, isFileRequestOverdue, isWorkingDay, parentAccessState, PARENT_REASON_CODES, siteAsParentSees,
} from ".";

describe("a parent's access", () => {
  it("is none, invited until first used, active, or suspended", () => {
    expect(parentAccessState(null)).toBe("NONE");
    expect(parentAccessState({ active: true, hasSignedIn: false })).toBe("INVITED");
    expect(parentAccessState({ active: true, hasSignedIn: true })).toBe("ACTIVE");
    expect(parentAccessState({ active: false, hasSignedIn: true })).toBe("SUSPENDED");
  });
  it("is invited when there is none or the link was not used; suspended and reopened only from the right state", () => {
    expect(checkInvite("NONE")).toBeNull();
    expect(checkInvite("INVITED")).toBeNull();
    expect(checkInvite("ACTIVE")?.reason).toBe("PARENT_ACCESS_EXISTS");
    expect(checkInvite("SUSPENDED")?.reason).toBe("PARENT_ACCESS_EXISTS");
    expect(checkSuspend("ACTIVE")).toBeNull();
    expect(checkSuspend("INVITED")).toBeNull();
    expect(checkSuspend("SUSPENDED")?.reason).toBe("PARENT_ACCESS_NONE");
    expect(checkReopen("SUSPENDED")).toBeNull();
    expect(checkReopen("ACTIVE")?.reason).toBe("PARENT_ACCESS_NOT_SUSPENDED");
  });
});

describe("a parent's answer to a plan version", () => {
  const offered = { status: "DRAFT" as const, offeredToParents: true };
  it("agrees to an offered draft; saying no needs a reason", () => {
    expect(checkPlanResponse(offered, { agreed: true, reason: "" })).toBeNull();
    expect(checkPlanResponse(offered, { agreed: false, reason: "  " })).toMatchObject({ reason: "PORTAL_DISAGREE_REASON_REQUIRED", field: "reason" });
    expect(checkPlanResponse(offered, { agreed: false, reason: "Målet er for stort." })).toBeNull();
  });
  it("never answers a draft not yet offered, nor an agreed or earlier version", () => {
    expect(checkPlanResponse({ status: "DRAFT", offeredToParents: false }, { agreed: true, reason: "" })?.reason).toBe("PORTAL_PLAN_NOT_OFFERED");
    expect(checkPlanResponse({ status: "AGREED", offeredToParents: true }, { agreed: true, reason: "" })?.reason).toBe("PORTAL_PLAN_ALREADY_AGREED");
    expect(checkPlanResponse({ status: "SUPERSEDED", offeredToParents: true }, { agreed: true, reason: "" })?.reason).toBe("PORTAL_PLAN_ALREADY_AGREED");
    expect(checkOffer({ status: "DRAFT" })).toBeNull();
    expect(checkOffer({ status: "AGREED" })?.reason).toBe("PLAN_OFFER_NOT_DRAFT");
  });
});

describe("a parent's own ratings", () => {
  const goals = new Set(["g1", "g2"]);
  it("rates the plan's active goals 0–10 and may leave one blank", () => {
    expect(checkParentRatings(goals, [{ goalId: "g1", rating: 0, note: "" }, { goalId: "g2", rating: null, note: "" }])).toBeNull();
    expect(checkParentRatings(goals, [{ goalId: "g1", rating: 10, note: "" }])).toBeNull();
  });
  it("refuses a rating off the scale, a goal not in the plan, a goal twice, nothing rated, or no agreed plan", () => {
    expect(checkParentRatings(goals, [{ goalId: "g1", rating: 11, note: "" }])).toMatchObject({ reason: "RATING_OUT_OF_RANGE", field: "ratings.0.rating" });
    expect(checkParentRatings(goals, [{ goalId: "g1", rating: -1, note: "" }])?.reason).toBe("RATING_OUT_OF_RANGE");
    expect(checkParentRatings(goals, [{ goalId: "g1", rating: 2.5, note: "" }])?.reason).toBe("RATING_OUT_OF_RANGE");
    expect(checkParentRatings(goals, [{ goalId: "other", rating: 5, note: "" }])?.reason).toBe("PORTAL_GOAL_NOT_IN_PLAN");
    expect(checkParentRatings(goals, [{ goalId: "g1", rating: 5, note: "" }, { goalId: "g1", rating: 6, note: "" }])?.reason).toBe("PORTAL_GOAL_TWICE");
    expect(checkParentRatings(goals, [{ goalId: "g1", rating: null, note: "" }])?.reason).toBe("PORTAL_NOTHING_RATED");
    expect(checkParentRatings(new Set(), [{ goalId: "g1", rating: 5, note: "" }])?.reason).toBe("PORTAL_NO_AGREED_PLAN");
  });
});

describe("access to one's file (forvaltningsloven § 9)", () => {
  it("knows Easter", () => {
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(closedDays(2026).has("2026-05-14")).toBe(true); // Kristi himmelfartsdag
    expect(closedDays(2026).has("2026-05-25")).toBe(true); // 2. pinsedag
    expect(isWorkingDay("2026-11-27")).toBe(true);
    expect(isWorkingDay("2026-11-28")).toBe(false);
  });
  it("is due 7 working days after the request, skipping weekends and holidays", () => {
    expect(fileAccessDueOn("2026-11-30")).toBe("2026-12-09"); // Monday → Wednesday week after
    expect(fileAccessDueOn("2026-11-28")).toBe("2026-12-08"); // a Saturday request counts from Monday
    // Overdue from the day after the last day, and never once answered.
    expect(isFileRequestOverdue({ dueOn: "2026-12-08" }, "2026-12-08")).toBe(false);
    expect(isFileRequestOverdue({ dueOn: "2026-12-08" }, "2026-12-09")).toBe(true);
    expect(isFileRequestOverdue({ dueOn: "2026-12-08", answeredOn: "2026-12-10" }, "2026-12-11")).toBe(false);
    expect(fileAccessDueOn("2026-12-21")).toBe("2027-01-04"); // 24–26 Dec and 1 Jan are closed
    expect(fileAccessDueOn("2026-03-30")).toBe("2026-04-13"); // Easter: 2, 3 and 6 April are closed
  });
  it("takes one open request at a time and is answered once, not before the request nor in the future", () => {
    expect(checkFileRequest(0)).toBeNull();
    expect(checkFileRequest(1)?.reason).toBe("PORTAL_FILE_REQUEST_OPEN");
    expect(checkFileAnswer({ answeredOn: null, requestedOn: "2026-11-20" }, "2026-11-25", "2026-11-28")).toBeNull();
    expect(checkFileAnswer({ answeredOn: "2026-11-21", requestedOn: "2026-11-20" }, "2026-11-25", "2026-11-28")?.reason).toBe("FILE_REQUEST_ANSWERED");
    expect(checkFileAnswer({ answeredOn: null, requestedOn: "2026-11-20" }, "2026-11-29", "2026-11-28")?.reason).toBe("FILE_REQUEST_ANSWER_IN_FUTURE");
    expect(checkFileAnswer({ answeredOn: null, requestedOn: "2026-11-20" }, "2026-11-19", "2026-11-28")?.reason).toBe("FILE_REQUEST_ANSWER_BEFORE_REQUEST");
  });
});

describe("what a parent reads of a placement site", () => {
  const site = { name: "Plejefamilien Lund", kind: "GENERAL_FOSTER_FAMILY", address: "Skovvej 12", phone: "55 12 34 56" };
  it("is the name and kind, and the address and phone only when shared", () => {
    expect(siteAsParentSees(site, false)).toEqual({ name: site.name, kind: site.kind, address: null, phone: null });
    expect(siteAsParentSees(site, true)).toEqual({ name: site.name, kind: site.kind, address: "Skovvej 12", phone: "55 12 34 56" });
  });
});

describe("texts of the parents' access", () => {
  it.each([["da", da, daAccess], ["en", en, enAccess]] as const)("has a message for every refusal in %s", (_, portal, access) => {
    const reasons = { ...(portal as { reasons?: object }).reasons, ...(access as { reasons?: object }).reasons };
    expect(Object.keys(reasons).sort()).toEqual([...PARENT_REASON_CODES].sort());
  });
});

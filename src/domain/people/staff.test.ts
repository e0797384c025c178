import { describe, expect, it } from "vitest";
import { hasOneCaseworker, MAX_THERAPISTS, planStaffChange, staffToken, type StaffHolder } from "./staff";

const now: StaffHolder[] = [{ userId: "mette", role: "CASEWORKER" }, { userId: "jonas", role: "THERAPIST" }];

describe("changing who works on a family", () => {
  it("hands the case to another caseworker: one leaves, one joins, the therapist stays", () => {
    expect(planStaffChange(now, { caseworkerId: "sofie", therapistIds: ["jonas"] })).toEqual({
      ok: true, leaving: [{ userId: "mette", role: "CASEWORKER" }], joining: [{ userId: "sofie", role: "CASEWORKER" }],
    });
  });
  it("adds and removes therapists, counting a name given twice once", () => {
    expect(planStaffChange(now, { caseworkerId: "mette", therapistIds: ["lars", "lars"] })).toEqual({
      ok: true, leaving: [{ userId: "jonas", role: "THERAPIST" }], joining: [{ userId: "lars", role: "THERAPIST" }],
    });
    expect(planStaffChange(now, { caseworkerId: "mette", therapistIds: [] })).toMatchObject({ ok: true, leaving: [{ userId: "jonas" }], joining: [] });
  });
  it("refuses a change that changes nothing, and more therapists than allowed", () => {
    expect(planStaffChange(now, { caseworkerId: "mette", therapistIds: ["jonas"] })).toMatchObject({ ok: false, reason: "STAFF_UNCHANGED" });
    const many = Array.from({ length: MAX_THERAPISTS + 1 }, (_, i) => `t${i}`);
    expect(planStaffChange(now, { caseworkerId: "mette", therapistIds: many })).toMatchObject({ ok: false, reason: "TOO_MANY_THERAPISTS", field: "therapistIds" });
    expect(planStaffChange(now, { caseworkerId: "mette", therapistIds: many.slice(0, MAX_THERAPISTS) })).toMatchObject({ ok: true });
  });
  it("always leaves exactly one caseworker, also for a family that had none", () => {
    for (const start of [now, [], [{ userId: "a", role: "CASEWORKER" as const }, { userId: "b", role: "CASEWORKER" as const }]]) {
      const plan = planStaffChange(start, { caseworkerId: "sofie", therapistIds: [] });
      if (!plan.ok) throw new Error(plan.reason);
      const key = (h: StaffHolder) => `${h.role}:${h.userId}`;
      const after = [...start.filter((h) => !plan.leaving.some((l) => key(l) === key(h))), ...plan.joining];
      expect(hasOneCaseworker(after)).toBe(true);
    }
  });
  it("gives the same token for the same line-up in any order", () => {
    expect(staffToken([...now].reverse())).toBe(staffToken(now));
    expect(staffToken(now)).not.toBe(staffToken([now[0]!]));
  });
});

import { describe, expect, it } from "vitest";
import { checkDeactivation, checkRoleChange, countCaseload, planHandover, type HandoverFamily } from "./handover";
import { hasOneCaseworker, type StaffHolder } from "./staff";

const fam = (familyId: string, ...holders: StaffHolder[]): HandoverFamily => ({ familyId, holders });
const cw = (userId: string): StaffHolder => ({ userId, role: "CASEWORKER" });
const th = (userId: string): StaffHolder => ({ userId, role: "THERAPIST" });

describe("a leaver's caseload", () => {
  const families = [fam("f1", cw("mette"), th("jonas")), fam("f2", cw("mette")), fam("f3", cw("mette")), fam("f4", cw("sofie"), th("mette"))];

  it("is counted per role on the family", () => {
    expect(countCaseload("mette", families)).toEqual({ CASEWORKER: 3, THERAPIST: 1 });
    expect(countCaseload("nobody", families)).toEqual({ CASEWORKER: 0, THERAPIST: 0 });
  });

  it("goes round-robin to the colleagues of the right role, and each family keeps one caseworker", () => {
    const plan = planHandover("mette", families, [{ userId: "a", role: "CASEWORKER" }, { userId: "b", role: "CASEWORKER" }, { userId: "lars", role: "THERAPIST" }]);
    if (!plan.ok) throw new Error(plan.reason);
    expect(plan.moves.map((m) => [m.familyId, m.toUserId])).toEqual([["f1", "a"], ["f2", "b"], ["f3", "a"], ["f4", "lars"]]);
    expect(plan.moves[0]!.change).toEqual({ caseworkerId: "a", therapistIds: ["jonas"] });
    expect(plan.moves[3]!.change).toEqual({ caseworkerId: "sofie", therapistIds: ["lars"] });
    for (const m of plan.moves) {
      const before = families.find((f) => f.familyId === m.familyId)!.holders;
      const after = [...before.filter((h) => !m.leaving.some((l) => l.userId === h.userId && l.role === h.role)), ...m.joining];
      expect(hasOneCaseworker(after)).toBe(true);
      expect(after.some((h) => h.userId === "mette")).toBe(false);
    }
  });

  it("is refused whole when a role has no colleague to take it, when the leaver is a target, or when there is nothing", () => {
    expect(planHandover("mette", families, [{ userId: "a", role: "CASEWORKER" }])).toMatchObject({ ok: false, reason: "HANDOVER_NO_TARGET", field: "targetIds" });
    expect(planHandover("mette", families, [{ userId: "mette", role: "CASEWORKER" }])).toMatchObject({ ok: false, reason: "HANDOVER_TARGET_IS_LEAVER" });
    expect(planHandover("mette", [], [{ userId: "a", role: "CASEWORKER" }])).toMatchObject({ ok: false, reason: "HANDOVER_NOTHING" });
    expect(planHandover("mette", [fam("x", cw("sofie"))], [{ userId: "a", role: "CASEWORKER" }])).toMatchObject({ ok: false, reason: "HANDOVER_FAMILY_UNKNOWN" });
  });

  it("refuses a therapist handover on a family without a caseworker rather than inventing one", () => {
    expect(planHandover("mette", [fam("x", th("mette"))], [{ userId: "lars", role: "THERAPIST" }])).toMatchObject({ ok: false, reason: "HANDOVER_NO_CASEWORKER" });
  });
});

describe("leaving and changing role", () => {
  it("a caseworker with open families is not deactivated; a therapist may be", () => {
    expect(checkDeactivation({ CASEWORKER: 2, THERAPIST: 0 })).toMatchObject({ reason: "OPEN_FAMILIES_HELD", field: "active", params: { count: 2 } });
    expect(checkDeactivation({ CASEWORKER: 0, THERAPIST: 4 })).toBeNull();
  });
  it("a role held on open families cannot be changed away from; other changes pass", () => {
    expect(checkRoleChange("CASEWORKER", "CONSULTANT", { CASEWORKER: 1, THERAPIST: 0 })).toMatchObject({ reason: "ROLE_HELD_ON_FAMILIES", field: "role" });
    expect(checkRoleChange("THERAPIST", "CASEWORKER", { CASEWORKER: 0, THERAPIST: 1 })).toMatchObject({ reason: "ROLE_HELD_ON_FAMILIES" });
    expect(checkRoleChange("CASEWORKER", "CASEWORKER", { CASEWORKER: 5, THERAPIST: 0 })).toBeNull();
    expect(checkRoleChange("CASEWORKER", "COORDINATOR", { CASEWORKER: 0, THERAPIST: 0 })).toBeNull();
  });
});

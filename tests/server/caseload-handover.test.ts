import { describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { actorForToken, startSession } from "@/server/auth/user-sessions";
import { handOverCaseload } from "@/features/admin/users-handover";
import { loadHandoverPage } from "@/features/admin/users-queries";
import { actorFor, auditRows, makeFamily, makeMunicipality, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

async function team() {
  const m = await makeMunicipality();
  const admin = await actorFor((await makeUser("ADMIN", m.id)).id);
  const coordinator = await actorFor((await makeUser("COORDINATOR", m.id)).id);
  const leaver = await makeUser("CASEWORKER", m.id);
  const a = await makeUser("CASEWORKER", m.id);
  const b = await makeUser("CASEWORKER", m.id);
  const therapist = await makeUser("THERAPIST", m.id);
  const families = [];
  for (let i = 0; i < 3; i++) families.push(await makeFamily(m.id, { caseworkerId: leaver.id, therapistId: therapist.id, name: `Familien Nr${i}` }));
  return { m, admin, coordinator, leaver, a, b, therapist, families };
}

const holders = async (familyId: string) =>
  (await (await getDb()).familyAssignment.findMany({ where: { familyId }, select: { userId: true, role: true } })).map((h) => `${h.role}:${h.userId}`).sort();

describe("handing over a caseload", () => {
  it("moves every open family round-robin in one step, keeps the history and audit, and deactivates the leaver", async () => {
    const { admin, leaver, a, b, therapist, families } = await team();
    const db = await getDb();
    const sid = await startSession(db, leaver.id, { ip: null, userAgent: null });
    const result = await executeCommand(handOverCaseload, admin, { leaverId: leaver.id, targetIds: [a.id, b.id], deactivate: "on" });
    expect(result).toMatchObject({ ok: true, data: { moved: 3, perTarget: { [a.id]: 2, [b.id]: 1 }, deactivated: true } });
    const after = await Promise.all(families.map((f) => holders(f.id)));
    expect(after).toEqual([
      [`CASEWORKER:${a.id}`, `THERAPIST:${therapist.id}`],
      [`CASEWORKER:${b.id}`, `THERAPIST:${therapist.id}`],
      [`CASEWORKER:${a.id}`, `THERAPIST:${therapist.id}`],
    ].map((x) => x.sort()));
    const history = await db.assignmentHistory.findMany({ where: { familyId: families[0]!.id }, orderBy: { fromAt: "asc" } });
    expect(history.map((h) => [h.userId, h.toAt === null])).toEqual([[leaver.id, false], [a.id, true]]);
    expect(await db.user.findUniqueOrThrow({ where: { id: leaver.id } })).toMatchObject({ active: false });
    expect(await actorForToken({ uid: leaver.id, sid })).toBeNull();
    const perFamily = await auditRows({ actorId: admin.id, action: "UPDATE" });
    expect(perFamily.filter((r) => r.recordType === "FamilyAssignment").map((r) => r.familyId).sort()).toEqual(families.map((f) => f.id).sort());
    expect(perFamily.find((r) => r.recordType === "CaseloadHandover")).toMatchObject({ recordId: leaver.id });
  });

  it("shows the administrator counts only, and the coordinator the names to choose from", async () => {
    const { admin, coordinator, leaver, families } = await team();
    const forAdmin = await loadHandoverPage(admin, leaver.id);
    expect(forAdmin).toMatchObject({ leaver: { id: leaver.id }, counts: { CASEWORKER: 3, THERAPIST: 0 }, families: null });
    expect(JSON.stringify(forAdmin)).not.toContain("Familien Nr");
    const forCoordinator = await loadHandoverPage(coordinator, leaver.id);
    expect(forCoordinator!.families!.map((f) => f.name).sort()).toEqual(families.map((f) => f.displayName).sort());
  });

  it("lets the coordinator move a chosen subset to one colleague; the administrator cannot choose by name", async () => {
    const { admin, coordinator, leaver, a, families } = await team();
    const before = await caseFingerprint();
    expect(await executeCommand(handOverCaseload, admin, { leaverId: leaver.id, targetIds: a.id, familyIds: families[0]!.id })).toMatchObject({
      ok: false, code: "RULE", fieldErrors: { familyIds: expect.any(Array) },
    });
    expect(await caseFingerprint()).toBe(before);
    expect(await executeCommand(handOverCaseload, coordinator, { leaverId: leaver.id, targetIds: a.id, familyIds: [families[1]!.id], deactivate: "" })).toMatchObject({ ok: true, data: { moved: 1 } });
    expect(await holders(families[1]!.id)).toContain(`CASEWORKER:${a.id}`);
    expect(await holders(families[0]!.id)).toContain(`CASEWORKER:${leaver.id}`);
  });

  it("refuses the whole handover when any part is wrong, and keeps a leaver with families active", async () => {
    const { m, admin, coordinator, leaver, a, therapist, families } = await team();
    const other = await makeMunicipality();
    const stranger = await makeUser("CASEWORKER", other.id);
    const inactive = await makeUser("CASEWORKER", m.id, { active: false });
    const foreignFamily = await makeFamily(other.id, { caseworkerId: stranger.id });
    const db = await getDb();
    const before = await caseFingerprint() + JSON.stringify(await db.user.findMany({ orderBy: { id: "asc" } }));
    const cases: [unknown, string, string][] = [
      [{ leaverId: leaver.id, targetIds: [stranger.id] }, "UNKNOWN_STAFF", "targetIds"],
      [{ leaverId: leaver.id, targetIds: [inactive.id] }, "UNKNOWN_STAFF", "targetIds"],
      [{ leaverId: leaver.id, targetIds: [leaver.id] }, "HANDOVER_TARGET_IS_LEAVER", "targetIds"],
      [{ leaverId: leaver.id, targetIds: [therapist.id] }, "HANDOVER_NO_TARGET", "targetIds"],
      [{ leaverId: leaver.id, targetIds: [a.id], familyIds: [families[0]!.id, foreignFamily.id] }, "HANDOVER_FAMILY_UNKNOWN", "familyIds"],
      [{ leaverId: a.id, targetIds: [leaver.id] }, "HANDOVER_NOTHING", "familyIds"],
      // Only the caseworker families move, the therapist ones stay: the leaver still holds none as caseworker, fine —
      // but a subset leaving caseworker families behind cannot end with deactivation.
      [{ leaverId: leaver.id, targetIds: [a.id], familyIds: [families[0]!.id], deactivate: "on" }, "OPEN_FAMILIES_HELD", "deactivate"],
    ];
    for (const [input, reason, field] of cases) {
      const actor = (input as { familyIds?: unknown }).familyIds ? coordinator : admin;
      const result = await executeCommand(handOverCaseload, actor, input);
      expect(result, reason).toMatchObject({ ok: false, code: "RULE", reason, fieldErrors: { [field]: expect.any(Array) } });
    }
    expect(await caseFingerprint() + JSON.stringify(await db.user.findMany({ orderBy: { id: "asc" } }))).toBe(before);
  });

  it("answers another municipality's leaver as not found and audits the attempt there", async () => {
    const { admin, a } = await team();
    const other = await makeMunicipality();
    const theirs = await makeUser("CASEWORKER", other.id);
    await makeFamily(other.id, { caseworkerId: theirs.id });
    const before = await caseFingerprint();
    expect(await executeCommand(handOverCaseload, admin, { leaverId: theirs.id, targetIds: [a.id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await caseFingerprint()).toBe(before);
    const [denied] = await auditRows({ actorId: admin.id, action: "ACCESS_DENIED" });
    expect(denied).toMatchObject({ recordType: "handOverCaseload", targetMunicipalityId: other.id });
  });

  it("moves a therapist's families to another therapist, the caseworker staying", async () => {
    const { m, admin, leaver, therapist, families } = await team();
    const next = await makeUser("THERAPIST", m.id);
    expect(await executeCommand(handOverCaseload, admin, { leaverId: therapist.id, targetIds: [next.id] })).toMatchObject({ ok: true, data: { moved: 3 } });
    for (const f of families) expect(await holders(f.id)).toEqual([`CASEWORKER:${leaver.id}`, `THERAPIST:${next.id}`].sort());
  });

  it("is not for caseworkers, therapists, consultants or site users", async () => {
    const { m, leaver, a } = await team();
    for (const role of ["CASEWORKER", "THERAPIST", "CONSULTANT"] as const) {
      const actor = await actorFor((await makeUser(role, m.id)).id);
      expect(await executeCommand(handOverCaseload, actor, { leaverId: leaver.id, targetIds: [a.id] })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
  });
});

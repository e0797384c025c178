import { beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { executeCommand, type Command } from "@/server/command";
import type { Actor } from "@/server/authz/actor";
import type { Role } from "@/generated/prisma/enums";
import * as familyCommands from "@/features/families/commands";
import * as planCommands from "@/features/plan/commands";
import * as phaseCommands from "@/features/phases/commands";
import * as followUpCommands from "@/features/follow-ups/commands";
import * as contactCommands from "@/features/contact/commands";
import * as meetingCommands from "@/features/meetings/commands";
import * as meetingChangeCommands from "@/features/meetings/change-commands";
import * as parentAccessCommands from "@/features/parent-access/commands";
import { getDb } from "@/server/db";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// Every command of the app, called by hand (as a crafted request would) by every role of another
// municipality, and with hostile values: always "not found" or a validation error, never a change,
// and every denial on the audit log.
const ALL = { ...familyCommands, ...planCommands, ...phaseCommands, ...followUpCommands, ...pick(contactCommands), ...pick(meetingCommands), ...pick(meetingChangeCommands), ...pick(parentAccessCommands) } as unknown as Record<string, Command<ZodType, unknown>>;
function pick(module: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(module).filter(([, v]) => v && typeof v === "object" && "run" in v));
}
// PARENT: a parent of a family in the other municipality, with their own portal login.
const ROLES: Role[] = ["CASEWORKER", "THERAPIST", "CONSULTANT", "SITE", "COORDINATOR", "ADMIN", "PARENT"];
let target: { id: string; parents: { id: string }[]; children: { id: string }[] };
const related: Record<string, string> = {};
const outsiders: Record<string, Actor> = {};

function validInputFor(name: string): Record<string, unknown> {
  const ids = { familyId: target.id, parentId: target.parents[0]!.id, childId: target.children[0]!.id, placementId: "p1", planVersionId: "v1", phaseId: "ph1" };
  const base = { ...ids, version: 1, familyVersion: 1, rowVersion: 1, basedOnVersionId: null, basedOnRowVersion: 0, requestId: `req-${name}-0001` };
  const byName: Record<string, Record<string, unknown>> = {
    enrolFamily: { displayName: "X", enrolledOn: "2026-01-01", parents: [{ name: "A" }], children: [{ name: "B", birthDate: "2020-01-01" }] },
    updateFamily: { displayName: "Renamed" },
    updateParent: { name: "P", hasCustody: "on" },
    updateChild: { name: "C", birthDate: "2020-01-01" },
    endPlacement: { endDate: "2026-01-02", endReason: "x" },
    savePlanDraft: { goals: [{ title: "Mål" }] },
    agreePlan: { agreedOn: "2026-01-02", agreedHow: "IN_PERSON" },
    startChangePhase: { startDate: "2026-02-02", plannedWeeks: 12 },
    startMaintenancePhase: { startDate: "2026-02-02", plannedWeeks: 12, followUpIntervalDays: 28 },
    extendPhase: { plannedWeeks: 14 },
    endPhase: { endDate: "2026-02-02", earlyEndReason: "x" },
    recordAssessment: { date: "2026-02-02", progressionSummary: "x", decision: "CLOSE", closeReason: "x" },
    closeCase: { date: "2026-02-02", reason: "x" },
    reopenCase: { date: "2026-02-02" },
    recordFollowUp: { phaseVersion: 1, date: "2026-02-02", ratings: [{ goalId: "g1", rating: 5 }] },
    saveContactPlan: { basedOnNumber: 0, frequency: "WEEKLY", durationMinutes: 60, place: "Hjemme", mode: "IN_PERSON", validFrom: "2026-02-02" },
    recordContactSession: { sessionId: related.sessionId, status: "HELD" },
    commentContactPlan: { contactPlanId: related.contactPlanId, body: "x" },
    callMeeting: { date: "2026-12-01", startTime: "09:00", endTime: "10:00", purpose: "x", agenda: "", invitedUserIds: [], inviteParents: "" },
    recordMinutes: { meetingId: related.meetingId, minutes: "x" },
    addActionItem: { meetingId: related.meetingId, description: "x", ownerName: "x", ownerUserId: "" },
    completeActionItem: { actionItemId: related.actionItemId },
    rescheduleMeeting: { meetingId: related.meetingId, date: "2026-12-02", startTime: "09:00", endTime: "10:00", location: "x" },
    changeParticipants: { meetingId: related.meetingId, invitedUserIds: [], keepGuestIds: [] },
    cancelMeeting: { meetingId: related.meetingId, reason: "x" },
    releaseMinutes: { meetingId: related.meetingId },
    inviteParent: { email: "ny.foraelder@example.dk" },
    shareSiteWithParents: { placementId: related.placementId, shared: "on" },
    answerFileRequest: { requestId: "r1", answeredOn: "2026-02-02" },
  };
  return { ...base, ...byName[name] };
}

beforeAll(async () => {
  const home = await makeMunicipality("Vordingborg");
  const away = await makeMunicipality("Aarhus");
  const site = await makeSite();
  const cw = await makeUser("CASEWORKER", home.id);
  target = await makeFamily(home.id, { caseworkerId: cw.id, siteId: site.id });
  const db = await getDb();
  const plan = await db.contactPlan.create({ data: { childId: target.children[0]!.id, sessions: { create: [{ date: new Date("2026-02-01T00:00:00Z") }] } }, include: { sessions: true } });
  const meeting = await db.meeting.create({
    data: { municipalityId: home.id, familyId: target.id, startsAt: new Date("2026-12-01T08:00:00Z"), endsAt: new Date("2026-12-01T09:00:00Z"), purpose: "x", agenda: [], calledById: cw.id,
      actionItems: { create: [{ description: "x", ownerName: "x", ownerUserId: cw.id }] } },
    include: { actionItems: true },
  });
  Object.assign(related, { contactPlanId: plan.id, sessionId: plan.sessions[0]!.id, meetingId: meeting.id, actionItemId: meeting.actionItems[0]!.id });
  related.placementId = (await db.placement.findFirstOrThrow({ where: { childId: target.children[0]!.id } })).id;
  for (const role of ROLES) {
    if (role === "PARENT") {
      const own = await makeFamily(away.id);
      const parent = await db.user.create({ data: { email: `parent-${own.id}@example.dk`, name: "Forælder", role: "PARENT", municipalityId: away.id, parentId: own.parents[0]!.id } });
      outsiders[role] = await actorFor(parent.id);
      continue;
    }
    const user = await makeUser(role, role === "SITE" ? null : away.id);
    if (role === "SITE") await joinSite(user.id, (await makeSite()).id, "STAFF");
    outsiders[role] = await actorFor(user.id);
  }
});

describe("every command against another municipality's family", () => {
  const cases = Object.keys(ALL).filter((n) => n !== "enrolFamily").flatMap((name) => ROLES.map((role) => [name, role] as const));
  it.each(cases)("%s by an outside %s: not found, audited, nothing changed", async (name, role) => {
    const actor = outsiders[role]!;
    const before = await caseFingerprint();
    const deniedBefore = (await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).length;
    const result = await executeCommand(ALL[name]!, actor, validInputFor(name), { now: new Date("2026-03-01T10:00:00Z") });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await caseFingerprint()).toBe(before);
    expect((await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).length).toBe(deniedBefore + 1);
  });

  it("only a caseworker may enrol; other roles get not found", async () => {
    for (const role of ROLES.filter((r) => r !== "CASEWORKER")) {
      const result = await executeCommand(ALL.enrolFamily!, outsiders[role]!, validInputFor("enrolFamily"));
      expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    }
  });
});

describe("hostile input", () => {
  const HOSTILE: unknown[] = [
    null, 42, "string", [], { familyId: { $ne: null } }, { familyId: "x".repeat(10_000) },
    { displayName: "<script>alert(1)</script>".repeat(50), enrolledOn: "2026-01-01T00:00:00Z" },
    { familyId: "1' OR '1'='1", familyVersion: -1, plannedWeeks: 1e9, startDate: "2026-02-30" },
    { __proto__: { ok: true }, familyId: "a", goals: new Array(100).fill({ title: "x" }) },
  ];
  it.each(Object.keys(ALL))("%s answers hostile values with a validation error or not found, never a change", async (name) => {
    const before = await caseFingerprint();
    for (const raw of HOSTILE) {
      const result = await executeCommand(ALL[name]!, outsiders.CASEWORKER!, raw);
      expect(result.ok).toBe(false);
      expect(["VALIDATION", "NOT_FOUND"]).toContain((result as { code: string }).code);
    }
    expect(await caseFingerprint()).toBe(before);
  });
});

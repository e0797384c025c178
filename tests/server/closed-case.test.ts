import { beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { executeCommand, type Command } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import * as familyCommands from "@/features/families/commands";
import * as planCommands from "@/features/plan/commands";
import * as phaseCommands from "@/features/phases/commands";
import * as followUpCommands from "@/features/follow-ups/commands";
import * as contactCommands from "@/features/contact/commands";
import * as meetingCommands from "@/features/meetings/commands";
import { actorFor, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// A closed case is read-only: every command that writes to a family is refused with the method's
// reason CASE_CLOSED and changes nothing. Each input below would be accepted were the case open.
// Only enrolling (there is no family yet) and reopening (the one way out) are not in the table.
function commandsOf(module: Record<string, unknown>) {
  return Object.fromEntries(Object.entries(module).filter(([, v]) => v && typeof v === "object" && "run" in v)) as Record<string, Command<ZodType, unknown>>;
}
const ALL = { ...commandsOf(familyCommands), ...commandsOf(planCommands), ...commandsOf(phaseCommands), ...commandsOf(followUpCommands), ...commandsOf(contactCommands), ...commandsOf(meetingCommands) };
const NOT_GUARDED = ["enrolFamily", "reopenCase"];
const at = { now: new Date("2026-11-10T10:00:00Z") };
const day = (d: string) => new Date(`${d}T00:00:00Z`);

let people: Record<"cw" | "th" | "co" | "cons" | "site", Actor>;
const ids: Record<string, string> = {};
let familyVersion = 0;
let phaseVersion = 0;

beforeAll(async () => {
  const db = await getDb();
  const m = await makeMunicipality("Odsherred");
  const siteRow = await makeSite();
  const users = {
    cw: await makeUser("CASEWORKER", m.id), th: await makeUser("THERAPIST", m.id), co: await makeUser("COORDINATOR", m.id),
    cons: await makeUser("CONSULTANT", m.id), site: await makeUser("SITE", null),
  };
  await joinSite(users.cons.id, siteRow.id, "CONSULTANT");
  await joinSite(users.site.id, siteRow.id, "STAFF");
  const family = await makeFamily(m.id, { caseworkerId: users.cw.id, therapistId: users.th.id, siteId: siteRow.id });
  const childId = family.children[0]!.id;
  // Start-up ended on 14 September, then a change phase that is still open when the case is closed.
  await db.phase.updateMany({ where: { familyId: family.id }, data: { endDate: day("2026-09-14") } });
  const phase = await db.phase.create({
    data: { familyId: family.id, kind: "CHANGE", startDate: day("2026-09-14"), plannedWeeks: 12, plannedEndDate: day("2026-12-06"), followUpIntervalDays: 14, startedById: users.cw.id },
  });
  const plan = await db.actionPlan.create({
    data: {
      familyId: family.id,
      versions: {
        create: [
          { number: 1, status: "AGREED", agreedOn: day("2026-09-10"), agreedHow: "IN_PERSON", draftedById: users.cw.id, goals: { create: [{ lineageId: "l1", position: 0, title: "Rolige samvær" }] } },
          { number: 2, status: "DRAFT", draftedById: users.cw.id, goals: { create: [{ lineageId: "l1", position: 0, title: "Rolige samvær" }] } },
        ],
      },
    },
    include: { versions: { include: { goals: true }, orderBy: { number: "asc" } } },
  });
  const contact = await db.contactPlan.create({
    data: {
      childId,
      versions: { create: [{ number: 1, frequency: "WEEKLY", durationMinutes: 60, place: "Hjemme", supervised: false, mode: "IN_PERSON", validFrom: day("2026-11-02"), createdById: users.cw.id }] },
      sessions: { create: [{ date: day("2026-11-09") }] },
    },
    include: { sessions: true },
  });
  const meeting = await db.meeting.create({
    data: {
      municipalityId: m.id, familyId: family.id, startsAt: new Date("2026-12-01T08:00:00Z"), endsAt: new Date("2026-12-01T09:00:00Z"), purpose: "Status", agenda: [], calledById: users.cw.id,
      actionItems: { create: [{ description: "Ring skolen", ownerName: users.cw.name, ownerUserId: users.cw.id }] },
    },
    include: { actionItems: true },
  });
  const placement = await db.placement.findFirstOrThrow({ where: { childId } });
  // Closed the way closeCase leaves it: the phases ended, the family marked CLOSED.
  await db.phase.updateMany({ where: { familyId: family.id, endDate: null }, data: { endDate: day("2026-11-01"), version: { increment: 1 } } });
  const closed = await db.family.update({ where: { id: family.id }, data: { stage: "CLOSED", closedOn: day("2026-11-01"), closeReason: "Hjemgivet" } });
  familyVersion = closed.version;
  phaseVersion = (await db.phase.findUniqueOrThrow({ where: { id: phase.id } })).version;
  Object.assign(ids, {
    familyId: family.id, parentId: family.parents[0]!.id, childId, placementId: placement.id, phaseId: phase.id,
    agreedId: plan.versions[0]!.id, draftId: plan.versions[1]!.id, goalId: plan.versions[0]!.goals[0]!.id,
    contactPlanId: contact.id, sessionId: contact.sessions[0]!.id, meetingId: meeting.id, actionItemId: meeting.actionItems[0]!.id,
  });
  people = {
    cw: await actorFor(users.cw.id), th: await actorFor(users.th.id), co: await actorFor(users.co.id), cons: await actorFor(users.cons.id), site: await actorFor(users.site.id),
  };
});

/** Who would run each command on this family, and a valid input for it. */
function attempt(name: string): { by: keyof typeof people; input: Record<string, unknown> } {
  const { familyId } = ids;
  const v = { familyId, familyVersion };
  const table: Record<string, { by: keyof typeof people; input: Record<string, unknown> }> = {
    updateFamily: { by: "cw", input: { familyId, version: familyVersion, displayName: "Nyt navn" } },
    updateParent: { by: "cw", input: { familyId, parentId: ids.parentId, version: 1, name: "Forælder", hasCustody: "on" } },
    updateChild: { by: "cw", input: { familyId, childId: ids.childId, version: 1, name: "Barn", birthDate: "2018-04-01" } },
    endPlacement: { by: "cw", input: { familyId, placementId: ids.placementId, version: 1, endDate: "2026-11-05", endReason: "Hjemgivet" } },
    savePlanDraft: { by: "cw", input: { familyId, basedOnVersionId: ids.draftId, basedOnRowVersion: 1, goals: [{ title: "Holde aftaler" }] } },
    agreePlan: { by: "cw", input: { familyId, planVersionId: ids.draftId, rowVersion: 1, agreedOn: "2026-11-05", agreedHow: "IN_PERSON" } },
    discardPlanDraft: { by: "cw", input: { familyId, planVersionId: ids.draftId, rowVersion: 1 } },
    startChangePhase: { by: "cw", input: { ...v, startDate: "2026-11-05", plannedWeeks: 12 } },
    startMaintenancePhase: { by: "cw", input: { ...v, startDate: "2026-11-05", plannedWeeks: 12, followUpIntervalDays: 28 } },
    extendPhase: { by: "cw", input: { ...v, plannedWeeks: 14 } },
    endPhase: { by: "cw", input: { ...v, endDate: "2026-11-05", earlyEndReason: "Pause" } },
    recordAssessment: { by: "cw", input: { ...v, date: "2026-11-05", progressionSummary: "Fremgang", decision: "CLOSE", closeReason: "Hjemgivet" } },
    closeCase: { by: "cw", input: { ...v, date: "2026-11-05", reason: "Hjemgivet" } },
    recordFollowUp: { by: "th", input: { familyId, phaseId: ids.phaseId, phaseVersion, requestId: "req-closed-0001", date: "2026-10-26", ratings: [{ goalId: ids.goalId, rating: 6 }] } },
    saveContactPlan: { by: "cw", input: { familyId, childId: ids.childId, basedOnNumber: 1, frequency: "WEEKLY", durationMinutes: 60, place: "Hjemme", mode: "IN_PERSON", validFrom: "2026-11-16" } },
    recordContactSession: { by: "site", input: { sessionId: ids.sessionId, version: 1, status: "HELD" } },
    commentContactPlan: { by: "cons", input: { contactPlanId: ids.contactPlanId, body: "Godt samvær" } },
    callMeeting: { by: "co", input: { familyId, date: "2026-12-02", startTime: "09:00", endTime: "10:00", purpose: "Status", agenda: "", invitedUserIds: [people.cw.id], inviteParents: "" } },
    recordMinutes: { by: "cw", input: { meetingId: ids.meetingId, version: 1, minutes: "Referat" } },
    addActionItem: { by: "cw", input: { meetingId: ids.meetingId, description: "Følg op", ownerName: "Lise", ownerUserId: "" } },
    completeActionItem: { by: "cw", input: { actionItemId: ids.actionItemId, version: 1 } },
  };
  return table[name]!;
}

describe("a closed case", () => {
  const guarded = Object.keys(ALL).filter((n) => !NOT_GUARDED.includes(n));

  it("has a row in this table for every command that writes to a family", () => {
    for (const name of guarded) expect(attempt(name), name).toBeDefined();
  });

  it.each(guarded)("refuses %s with CASE_CLOSED and changes nothing", async (name) => {
    const { by, input } = attempt(name);
    const before = await caseFingerprint();
    const result = await executeCommand(ALL[name]!, people[by], input, at);
    expect(result).toMatchObject({ ok: false, code: "RULE", reason: "CASE_CLOSED" });
    expect(await caseFingerprint()).toBe(before);
  });
});

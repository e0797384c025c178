import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { addActionItem, callMeeting } from "@/features/meetings/commands";
import { loadMeeting, meetingInvitees } from "@/features/meetings/queries";
import { actorFor, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// Who may be invited to a meeting or own an action item is one rule (meetingPeopleWhere): the form
// lists exactly those people, and a crafted request naming anyone else writes nothing.
const at = { now: new Date("2026-11-24T12:00:00Z") };
let co: Actor;
let familyId: string;
const everyone: Record<string, string> = {};

beforeAll(async () => {
  const m = await makeMunicipality("Tønder");
  const foreign = await makeMunicipality("Aabenraa");
  const site = await makeSite();
  const otherSite = await makeSite();
  const made = {
    co: await makeUser("COORDINATOR", m.id), cw: await makeUser("CASEWORKER", m.id), th: await makeUser("THERAPIST", m.id),
    admin: await makeUser("ADMIN", m.id), inactive: await makeUser("CASEWORKER", m.id, { active: false }),
    foreignCw: await makeUser("CASEWORKER", foreign.id), siteStaff: await makeUser("SITE", null), unrelatedSite: await makeUser("SITE", null),
  };
  await joinSite(made.siteStaff.id, site.id, "STAFF");
  await joinSite(made.unrelatedSite.id, otherSite.id, "STAFF");
  for (const [k, u] of Object.entries(made)) everyone[k] = u.id;
  familyId = (await makeFamily(m.id, { caseworkerId: made.cw.id, siteId: site.id })).id;
  co = await actorFor(made.co.id);
});

const meeting = (invitedUserIds: string[]) => ({ familyId, date: "2026-12-01", startTime: "09:00", endTime: "10:00", purpose: "Status", agenda: "", invitedUserIds, inviteParents: "" });

describe("meeting invitations", () => {
  it.each(["admin", "foreignCw", "unrelatedSite", "inactive", "co"])("refuses a crafted invitation of %s beside the field, writing nothing", async (who) => {
    const before = await caseFingerprint();
    const result = await executeCommand(callMeeting, co, meeting([everyone.cw!, everyone[who]!]), at);
    expect(result).toMatchObject({ ok: false, code: "RULE", reason: "INVITEE_NOT_ALLOWED", fieldErrors: { invitedUserIds: [{ key: "reasons.INVITEE_NOT_ALLOWED" }] } });
    expect(await caseFingerprint()).toBe(before);
  });

  it("lists in the form exactly the people the server accepts", async () => {
    const listed = new Set((await meetingInvitees(co, familyId))!.users.map((u) => u.id));
    const accepted = new Set<string>();
    for (const id of Object.values(everyone)) {
      if ((await executeCommand(callMeeting, co, meeting([id]), at)).ok) accepted.add(id);
    }
    expect([...listed].sort()).toEqual([...accepted].sort());
    expect([...accepted].sort()).toEqual([everyone.cw, everyone.th, everyone.siteStaff].sort());
  });
});

describe("action item owners", () => {
  it("offers and accepts the same owners; the admin or a stranger is refused and nothing is written", async () => {
    const called = await executeCommand(callMeeting, co, meeting([everyone.cw!]), at);
    const meetingId = (called as { data: { meetingId: string } }).data.meetingId;
    const offered = new Set((await loadMeeting(co, meetingId))!.owners.map((u) => u.id));
    const accepted = new Set<string>();
    for (const [who, id] of Object.entries(everyone)) {
      const before = await caseFingerprint();
      const result = await executeCommand(addActionItem, co, { meetingId, description: "Følg op", ownerName: "", ownerUserId: id }, at);
      if (result.ok) accepted.add(id);
      else {
        expect(result, who).toMatchObject({ ok: false, code: "RULE", reason: "INVITEE_NOT_ALLOWED" });
        expect(await caseFingerprint()).toBe(before);
      }
    }
    expect([...offered].sort()).toEqual([...accepted].sort());
    for (const who of ["admin", "foreignCw", "unrelatedSite", "inactive"]) expect(accepted.has(everyone[who]!), who).toBe(false);
    expect(await (await getDb()).actionItem.count({ where: { meetingId, ownerUserId: everyone.admin } })).toBe(0);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/generated/prisma/enums";
import type { Actor } from "@/server/authz/actor";
import { getDb } from "@/server/db";
import { loadFamilyPage } from "@/features/families/page-data";
import { loadFollowUpForm } from "@/features/follow-ups/queries";
import { loadChildContactPlan, loadConsultantSite, loadSiteChild } from "@/features/contact/queries";
import { listMeetings, loadMeeting, meetingIcsFile, meetingInvitees, upcomingMeetings } from "@/features/meetings/queries";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";

// Every page loader of a case, called by every role of another municipality and by a placement
// site whose children are placed elsewhere: nothing comes back, and each attempt is audited.
// PARENT: a parent of another family of the same municipality, with their own portal login.
const ROLES: Role[] = ["CASEWORKER", "THERAPIST", "CONSULTANT", "SITE", "COORDINATOR", "ADMIN", "PARENT"];
let ids: { familyId: string; childId: string; meetingId: string; siteId: string };
const outsiders: Actor[] = [];

beforeAll(async () => {
  const home = await makeMunicipality("Halsnæs");
  const away = await makeMunicipality("Vordingborg");
  const site = await makeSite("Plejefamilien Hjem");
  const cw = await makeUser("CASEWORKER", home.id);
  const family = await makeFamily(home.id, { caseworkerId: cw.id, siteId: site.id });
  const db = await getDb();
  const meeting = await db.meeting.create({
    data: { municipalityId: home.id, familyId: family.id, startsAt: new Date("2030-01-01T08:00:00Z"), endsAt: new Date("2030-01-01T09:00:00Z"), purpose: "Møde", agenda: [], calledById: cw.id },
  });
  ids = { familyId: family.id, childId: family.children[0]!.id, meetingId: meeting.id, siteId: site.id };
  for (const role of ROLES) {
    if (role === "PARENT") {
      const own = await makeFamily(home.id);
      const parent = await db.user.create({ data: { email: `parent-${own.id}@example.dk`, name: "Forælder", role: "PARENT", municipalityId: home.id, parentId: own.parents[0]!.id } });
      outsiders.push(await actorFor(parent.id));
      continue;
    }
    const user = await makeUser(role, role === "SITE" ? null : away.id);
    if (role === "SITE") await joinSite(user.id, (await makeSite("Andet sted")).id, "STAFF");
    if (role === "CONSULTANT") await joinSite(user.id, site.id, "CONSULTANT"); // consults for the same site, but from another municipality
    outsiders.push(await actorFor(user.id));
  }
});

const LOADERS: [string, (a: Actor) => Promise<unknown>][] = [
  ["family page", (a) => loadFamilyPage(a, ids.familyId)],
  ["follow-up form", (a) => loadFollowUpForm(a, ids.familyId)],
  ["child's contact plan", (a) => loadChildContactPlan(a, ids.familyId, ids.childId)],
  ["site's child view", (a) => loadSiteChild(a, ids.childId)],
  ["meeting", (a) => loadMeeting(a, ids.meetingId)],
  ["meeting invitation form", (a) => meetingInvitees(a, ids.familyId)],
  ["meeting calendar file", (a) => meetingIcsFile(a, ids.meetingId)],
];

describe("case pages as an outsider", () => {
  it.each(LOADERS.flatMap(([name, load]) => ROLES.map((role, i) => [name, role, load, i] as const)))("%s as %s: not found, audited", async (_name, _role, load, i) => {
    const actor = outsiders[i]!;
    const before = (await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).length;
    expect(await load(actor)).toBeNull();
    expect((await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).length).toBe(before + 1);
  });

  it.each(ROLES.map((role, i) => [role, i] as const))("lists none of this municipality's meetings to an outside %s", async (_role, i) => {
    const actor = outsiders[i]!;
    const now = new Date("2029-12-31T12:00:00Z");
    expect(await upcomingMeetings(actor, now)).toEqual({ meetings: [], total: 0 });
    expect((await listMeetings(actor, { when: "upcoming", page: 1 }, now)).total).toBe(0);
  });

  it("shows a consultant from another municipality none of this municipality's children at a shared site", async () => {
    const consultant = outsiders[ROLES.indexOf("CONSULTANT")]!;
    const view = await loadConsultantSite(consultant, ids.siteId);
    expect(view?.children).toEqual([]);
  });
});

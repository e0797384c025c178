import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/server/authz/actor";
import { getDb } from "@/server/db";
import { executeCommand } from "@/server/command";
import { loadFamilyPage } from "@/features/families/page-data";
import { countFamilies, countFamiliesByPhase, listFamilies } from "@/features/families/queries";
import { loadFollowUpForm } from "@/features/follow-ups/queries";
import { loadChildContactPlan, loadSiteChild } from "@/features/contact/queries";
import { familiesToMeetAbout, listMeetings, loadMeeting, meetingIcsFile, meetingInvitees, upcomingMeetings } from "@/features/meetings/queries";
import { loadFamilyTimeline, loadJournalEntry, searchJournal } from "@/features/journal/queries";
import { loadPlanContacts } from "@/features/plan/print-data";
import { loadPlanProposals } from "@/features/plan/proposal-queries";
import { loadFamilyPeople } from "@/features/people/queries";
import { listSites, listUsers } from "@/features/admin/queries";
import { listMunicipalUsers, loadHandoverPage, loadManagedUser } from "@/features/admin/users-queries";
import { handOverCaseload } from "@/features/admin/users-handover";
import { listAuditEvents } from "@/features/audit/queries";
import { listNotifications, notificationsFor } from "@/features/notifications/queries";
import { listOwnSessions } from "@/features/sessions/queries";
import { loadSettingsPage } from "@/features/settings/queries";
import { actorFor, auditRows, makeFamily, makeMunicipality, makeSite, makeUser, putInChange } from "../support/factories";

// Need-to-know (spec: the administrator "sees families: none"): the administrator of the very
// municipality that holds the family administers its people and settings, but every family page is
// "not found" and audited as denied, and no admin page carries a family's, parent's or child's name.
let admin: Actor;
let caseworker: Actor;
let ids: { familyId: string; childId: string; meetingId: string; entryId: string; caseworkerId: string };
let secrets: string[];

beforeAll(async () => {
  const m = await makeMunicipality("Halsnæs");
  const site = await makeSite("Plejefamilien Solsikke");
  const cw = await makeUser("CASEWORKER", m.id);
  const th = await makeUser("THERAPIST", m.id);
  admin = await actorFor((await makeUser("ADMIN", m.id)).id);
  caseworker = await actorFor(cw.id);
  const family = await makeFamily(m.id, { caseworkerId: cw.id, therapistId: th.id, siteId: site.id, name: "Familien Fortrolighed" });
  await putInChange(family.id, { startDate: "2026-10-27" }); // a missed follow-up: reminders exist
  const db = await getDb();
  const meeting = await db.meeting.create({
    data: { municipalityId: m.id, familyId: family.id, startsAt: new Date("2030-01-01T08:00:00Z"), endsAt: new Date("2030-01-01T09:00:00Z"), purpose: "Møde om Familien Fortrolighed", agenda: [], calledById: cw.id },
  });
  const entry = await db.journalEntry.create({
    data: { familyId: family.id, occurredOn: new Date("2026-11-02T00:00:00Z"), kind: "NOTE", title: "Samtale", text: "Tekst", authorId: cw.id, authorRole: "CASEWORKER", authorName: cw.name },
  });
  ids = { familyId: family.id, childId: family.children[0]!.id, meetingId: meeting.id, entryId: entry.id, caseworkerId: cw.id };
  secrets = [family.displayName, ...family.parents.map((p) => p.name), ...family.children.map((c) => c.name)];
  // The caseworker works on the family, so the audit log the administrator reads has its events.
  expect(await loadFamilyPage(caseworker, family.id, new Date("2026-11-23T10:00:00Z"))).not.toBeNull();
});

const FAMILY_LOADERS: [string, (a: Actor) => Promise<unknown>][] = [
  ["family page", (a) => loadFamilyPage(a, ids.familyId)],
  ["family people", (a) => loadFamilyPeople(a, ids.familyId)],
  ["follow-up form", (a) => loadFollowUpForm(a, ids.familyId)],
  ["child's contact plan", (a) => loadChildContactPlan(a, ids.familyId, ids.childId)],
  ["site's child view", (a) => loadSiteChild(a, ids.childId)],
  ["plan contacts (print)", (a) => loadPlanContacts(a, ids.familyId)],
  ["plan proposals", (a) => loadPlanProposals(a, ids.familyId)],
  ["journal timeline", (a) => loadFamilyTimeline(a, ids.familyId)],
  ["journal entry", (a) => loadJournalEntry(a, ids.familyId, ids.entryId)],
  ["meeting", (a) => loadMeeting(a, ids.meetingId)],
  ["meeting invitation form", (a) => meetingInvitees(a, ids.familyId)],
  ["meeting calendar file", (a) => meetingIcsFile(a, ids.meetingId)],
];

const json = (value: unknown) => JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? String(v) : v));

describe("the administrator of the family's own municipality", () => {
  it.each(FAMILY_LOADERS)("%s: not found, and the attempt is on the audit log as denied", async (name, load) => {
    const before = (await auditRows({ actorId: admin.id, action: "ACCESS_DENIED" })).length;
    expect(await load(admin)).toBeNull();
    const denied = await auditRows({ actorId: admin.id, action: "ACCESS_DENIED" });
    expect(denied.length).toBe(before + 1);
    expect(denied.at(-1)).toMatchObject({ outcome: "DENIED" });
    // The same loader gives the caseworker the page: it is the role that is refused, not a missing record.
    if (name !== "site's child view") expect(await load(caseworker)).not.toBeNull();
  });

  it("reads no family at all: every audit row of the administrator that names a family is a denial", async () => {
    for (const [, load] of FAMILY_LOADERS) await load(admin);
    const db = await getDb();
    const rows = await db.auditEvent.findMany({ where: { actorId: admin.id, OR: [{ familyId: { not: null } }, { recordId: { in: [ids.familyId, ids.childId, ids.meetingId, ids.entryId] } }] } });
    expect(rows.length).toBeGreaterThanOrEqual(FAMILY_LOADERS.length);
    expect(rows.filter((r) => r.action !== "ACCESS_DENIED" || r.outcome !== "DENIED")).toEqual([]);
  });

  it("finds no family in any list, search or count", async () => {
    const today = "2026-11-23";
    expect(await listFamilies(admin, { today })).toEqual({ rows: [], total: 0 });
    expect(await countFamilies(admin, { due: "overdue", today })).toBe(0);
    expect(Object.values(await countFamiliesByPhase(admin)).every((n) => n === 0)).toBe(true);
    expect(json(await searchJournal(admin, "Samtale"))).not.toContain(ids.entryId);
    expect(await familiesToMeetAbout(admin, "Fortrolighed")).toBeNull();
    expect((await upcomingMeetings(admin, new Date("2029-12-31T12:00:00Z"))).total).toBe(0);
    expect((await listMeetings(admin, { when: "upcoming", page: 1 }, new Date("2029-12-31T12:00:00Z"))).total).toBe(0);
  });

  it("sees no family, parent or child name in the data of any admin page, and the caseload only as counts", async () => {
    const now = new Date("2026-11-23T10:00:00Z");
    const handover = await loadHandoverPage(admin, ids.caseworkerId);
    expect(handover).toMatchObject({ counts: { CASEWORKER: 1, THERAPIST: 0 }, families: null });
    const pages: Record<string, unknown> = {
      "admin home": [await listUsers(admin), await listSites()],
      users: await listMunicipalUsers(admin),
      "one user": await loadManagedUser(admin, ids.caseworkerId, now),
      "handover, no leaver chosen": await loadHandoverPage(admin),
      "handover, leaver chosen": handover,
      settings: await loadSettingsPage(admin),
      "audit log": await listAuditEvents(admin, {}),
      "audit log for the family": await listAuditEvents(admin, { familyId: ids.familyId }),
      notifications: await listNotifications(admin, now),
      "reminder count in the layout": await notificationsFor(admin, now),
      profile: await listOwnSessions(admin, now),
    };
    expect((pages["one user"] as { caseload: unknown }).caseload).toEqual({ CASEWORKER: 1, THERAPIST: 0 });
    // The audit log is the municipality's (spec): the caseworker's reads are there, by id only.
    expect(json(pages["audit log"])).toContain(ids.familyId);
    for (const [page, data] of Object.entries(pages)) {
      for (const secret of secrets) expect(json(data), `${page} shows "${secret}"`).not.toContain(secret);
    }
    // Reading the handover wrote no per-family view for the administrator (the coordinator's does).
    expect(await (await getDb()).auditEvent.count({ where: { actorId: admin.id, action: "VIEW", familyId: { not: null } } })).toBe(0);
  });

  it("hands over a leaver's families by count, never by a chosen family", async () => {
    const colleague = await makeUser("CASEWORKER", caseworker.municipalityId);
    const byName = await executeCommand(handOverCaseload, admin, { leaverId: ids.caseworkerId, targetIds: [colleague.id], familyIds: [ids.familyId] });
    expect(byName).toMatchObject({ ok: false, code: "RULE", fieldErrors: { familyIds: expect.any(Array) } });
    const all = await executeCommand(handOverCaseload, admin, { leaverId: ids.caseworkerId, targetIds: [colleague.id] });
    expect(all).toEqual({ ok: true, data: { moved: 1, perTarget: { [colleague.id]: 1 }, deactivated: false } });
    for (const secret of secrets) expect(json(all)).not.toContain(secret);
  });
});

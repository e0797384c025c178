import { beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { callMeeting, recordMinutes } from "@/features/meetings/commands";
import { cancelMeeting, changeParticipants, releaseMinutes, rescheduleMeeting } from "@/features/meetings/change-commands";
import { familiesToMeetAbout, listMeetings, loadMeeting, meetingIcsFile, upcomingMeetings } from "@/features/meetings/queries";
import { markNotificationRead } from "@/features/notifications/commands";
import { notificationsFor } from "@/features/notifications/queries";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// A called meeting changes: moved, re-placed, re-staffed, cancelled, its minutes released. The
// invited see each change (page, agenda, reminders, .ics); a refused change writes nothing.
const NOW = new Date("2026-11-24T12:00:00Z");
const at = { now: NOW };
let co: Actor, cw: Actor, otherCw: Actor, th: Actor, th2: Actor, site: Actor, foreignCo: Actor;
let familyId: string, otherFamilyId: string;

beforeAll(async () => {
  const m = await makeMunicipality();
  const foreign = await makeMunicipality();
  const placement = await makeSite();
  const users = await Promise.all([
    makeUser("COORDINATOR", m.id), makeUser("CASEWORKER", m.id), makeUser("CASEWORKER", m.id), makeUser("THERAPIST", m.id), makeUser("THERAPIST", m.id),
    makeUser("SITE", null), makeUser("COORDINATOR", foreign.id),
  ]);
  await joinSite(users[5].id, placement.id, "STAFF");
  [co, cw, otherCw, th, th2, site, foreignCo] = await Promise.all(users.map((u) => actorFor(u.id))) as [Actor, Actor, Actor, Actor, Actor, Actor, Actor];
  familyId = (await makeFamily(m.id, { caseworkerId: cw.id, siteId: placement.id, name: "Familien Flyt" })).id;
  otherFamilyId = (await makeFamily(m.id, { caseworkerId: otherCw.id, name: "Familien Anden" })).id;
});

async function call(by: Actor, extra: Record<string, unknown> = {}) {
  const result = await executeCommand(callMeeting, by, {
    familyId, date: "2026-12-01", startTime: "09:00", endTime: "10:00", location: "Rådhuset", purpose: "Status", agenda: "Samvær",
    invitedUserIds: [th.id], inviteParents: "on", ...extra,
  }, at);
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.data.meetingId;
}
const version = async (id: string) => (await (await getDb()).meeting.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const ics = async (actor: Actor, id: string) => {
  const file = await meetingIcsFile(actor, id, NOW);
  if (!file) throw new Error("no .ics");
  const cal = new ICAL.Component(ICAL.parse(file.ics));
  const event = new ICAL.Event(cal.getFirstSubcomponent("vevent")!);
  return { method: cal.getFirstPropertyValue("method"), status: cal.getFirstSubcomponent("vevent")!.getFirstPropertyValue("status"), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate(), location: event.location, file };
};
const move = (id: string, v: number, extra: Record<string, unknown> = {}) =>
  ({ meetingId: id, version: v, date: "2026-12-02", startTime: "13:00", endTime: "14:00", location: "Rådhuset", videoLink: "", ...extra });

describe("moving a meeting and changing its place", () => {
  it("is done by the family's caseworker; the invited see it changed on the page, the agenda, a new reminder and the .ics", async () => {
    const id = await call(co);
    const before = await ics(th, id);
    expect(before).toMatchObject({ method: "REQUEST", sequence: 0 });
    // The invitation was read; the move must still reach the therapist.
    expect(await executeCommand(markNotificationRead, th, { key: `meeting:${id}` }, at)).toMatchObject({ ok: true });

    expect(await executeCommand(rescheduleMeeting, cw, move(id, await version(id)), at)).toMatchObject({ ok: true });

    const seen = await loadMeeting(th, id);
    expect(seen?.status).toBe("CHANGED");
    expect(seen?.startsAt.toISOString()).toBe("2026-12-02T12:00:00.000Z");
    const agenda = await upcomingMeetings(th, NOW, 100);
    expect(agenda.meetings.find((m) => m.id === id)?.status).toBe("CHANGED");
    const reminders = (await notificationsFor(th, NOW)).filter((n) => n.href === `/meetings/${id}`);
    expect(reminders).toEqual([expect.objectContaining({ kind: "MEETING_CHANGED", key: `meeting:${id}:1`, read: false, date: "2026-12-02" })]);
    const after = await ics(th, id);
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after.start.toISOString()).toBe("2026-12-02T12:00:00.000Z");
    expect((await auditRows({ recordId: id, action: "UPDATE" })).map((r) => (r.details as { change: string }).change)).toEqual(["moved"]);

    // The coordinator, who called it, changes the room: a further change, a higher SEQUENCE again.
    expect(await executeCommand(rescheduleMeeting, co, move(id, await version(id), { location: "Skolen, lokale 3" }), at)).toMatchObject({ ok: true });
    const again = await ics(th, id);
    expect(again).toMatchObject({ uid: before.uid, location: "Skolen, lokale 3" });
    expect(again.sequence).toBeGreaterThan(after.sequence);
  });

  it("answers a form opened on an older version with CONFLICT and writes nothing", async () => {
    const id = await call(co);
    const stale = await version(id);
    expect(await executeCommand(rescheduleMeeting, cw, move(id, stale, { location: "A" }), at)).toMatchObject({ ok: true });
    const before = await caseFingerprint();
    expect(await executeCommand(rescheduleMeeting, co, move(id, stale, { location: "B" }), at)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await executeCommand(cancelMeeting, co, { meetingId: id, version: stale, reason: "Syg" }, at)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await executeCommand(changeParticipants, co, { meetingId: id, version: stale, invitedUserIds: [th.id, th2.id], keepGuestIds: [] }, at)).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await caseFingerprint()).toBe(before);
  });

  it.each([
    ["into the past", { date: "2026-11-24", startTime: "12:00", endTime: "13:00" }, "MEETING_IN_PAST", "date"],
    ["to end before it starts", { startTime: "14:00", endTime: "13:00" }, "MEETING_END_BEFORE_START", "endTime"],
    ["to where it already is", { date: "2026-12-01", startTime: "09:00", endTime: "10:00" }, "MEETING_UNCHANGED", undefined],
  ] as const)("refuses a move %s beside the field, writing nothing", async (_, change, reason, field) => {
    const id = await call(co);
    const before = await caseFingerprint();
    const result = await executeCommand(rescheduleMeeting, cw, move(id, await version(id), change), at);
    expect(result).toMatchObject({ ok: false, code: "RULE", reason });
    if (field) expect(result).toMatchObject({ fieldErrors: { [field]: [{ key: `reasons.${reason}` }] } });
    expect(await caseFingerprint()).toBe(before);
  });

  it("refuses a meeting that is over", async () => {
    const id = await call(co);
    const before = await caseFingerprint();
    const later = { now: new Date("2026-12-01T09:30:00Z") };
    expect(await executeCommand(rescheduleMeeting, cw, move(id, await version(id), { date: "2026-12-05" }), later)).toMatchObject({ ok: false, reason: "MEETING_OVER" });
    expect(await caseFingerprint()).toBe(before);
  });

  it.each(["th", "th2", "otherCw", "site", "foreignCo"] as const)("is NOT_FOUND for %s, who may not change it, and writes nothing", async (who) => {
    const actor = { th, th2, otherCw, site, foreignCo }[who];
    const id = await call(co, { invitedUserIds: [th.id, site.id] });
    const before = await caseFingerprint();
    const v = await version(id);
    expect(await executeCommand(rescheduleMeeting, actor, move(id, v), at)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await executeCommand(cancelMeeting, actor, { meetingId: id, version: v, reason: "Nej" }, at)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await executeCommand(changeParticipants, actor, { meetingId: id, version: v, invitedUserIds: [actor.id], keepGuestIds: [] }, at)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await executeCommand(releaseMinutes, actor, { meetingId: id, version: v }, at)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await caseFingerprint()).toBe(before);
    expect((await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).length).toBeGreaterThanOrEqual(4);
  });

  it("is not shown at all to someone not invited (page, .ics)", async () => {
    const id = await call(co);
    expect(await loadMeeting(th2, id)).toBeNull();
    expect(await meetingIcsFile(th2, id, NOW)).toBeNull();
    expect(await loadMeeting(foreignCo, id)).toBeNull();
  });
});

describe("changing participants", () => {
  it("adds and removes people: the added see it, the removed no longer do", async () => {
    const id = await call(co, { invitedUserIds: [th.id], externals: [{ name: "Jobcenter Jens", organisation: "Jobcenter", email: "" }] });
    const guests = (await loadMeeting(co, id))!.participants.filter((p) => p.kind !== "USER");
    const parent = guests.find((g) => g.kind === "PARENT")!;
    const external = guests.find((g) => g.kind === "EXTERNAL")!;
    const result = await executeCommand(changeParticipants, cw, {
      meetingId: id, version: await version(id), invitedUserIds: [th2.id, site.id], keepGuestIds: [external.id],
      externals: [{ name: "Skolens lærer", organisation: "Skolen", email: "laerer@skole.dk" }],
    }, at);
    expect(result).toMatchObject({ ok: true });
    const after = (await loadMeeting(th2, id))!;
    expect(after.status).toBe("CHANGED");
    expect(after.participants.map((p) => p.name).sort()).toEqual([external.name, "Skolens lærer", th2.name, site.name].sort());
    expect(after.participants.some((p) => p.id === parent.id)).toBe(false);
    expect(await loadMeeting(th, id)).toBeNull();
    expect((await upcomingMeetings(th2, NOW, 100)).meetings.map((m) => m.id)).toContain(id);
    expect((await notificationsFor(site, NOW)).find((n) => n.href === `/meetings/${id}`)?.kind).toBe("MEETING_CHANGED");
    expect((await ics(site, id)).file.ics).toContain("mailto:laerer@skole.dk");

    // The parents can be invited again.
    expect(await executeCommand(changeParticipants, cw, { meetingId: id, version: await version(id), invitedUserIds: [th2.id, site.id], keepGuestIds: after.participants.filter((p) => p.kind !== "USER").map((p) => p.id), inviteParents: "on" }, at)).toMatchObject({ ok: true });
    expect((await loadMeeting(cw, id))!.participants.filter((p) => p.kind === "PARENT")).toHaveLength(1);
  });

  it("refuses a crafted invitation of someone outside the meeting's people, or no change at all, writing nothing", async () => {
    const id = await call(co);
    const v = await version(id);
    const guests = (await loadMeeting(co, id))!.participants.filter((p) => p.kind !== "USER").map((p) => p.id);
    const before = await caseFingerprint();
    for (const stranger of [foreignCo.id, co.id]) {
      expect(await executeCommand(changeParticipants, cw, { meetingId: id, version: v, invitedUserIds: [th.id, stranger], keepGuestIds: guests }, at))
        .toMatchObject({ ok: false, code: "RULE", reason: "INVITEE_NOT_ALLOWED", fieldErrors: { invitedUserIds: [{ key: "reasons.INVITEE_NOT_ALLOWED" }] } });
    }
    expect(await executeCommand(changeParticipants, cw, { meetingId: id, version: v, invitedUserIds: [th.id], keepGuestIds: guests }, at)).toMatchObject({ ok: false, reason: "MEETING_UNCHANGED" });
    expect(await caseFingerprint()).toBe(before);
  });
});

describe("cancelling a meeting", () => {
  it("needs a reason", async () => {
    const id = await call(co);
    const before = await caseFingerprint();
    expect(await executeCommand(cancelMeeting, cw, { meetingId: id, version: await version(id), reason: "  " }, at)).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { reason: expect.any(Array) } });
    expect(await caseFingerprint()).toBe(before);
  });

  it("keeps the meeting visible to the invited as cancelled, with a reminder and a METHOD:CANCEL .ics; nothing more can change", async () => {
    const id = await call(co);
    const invitation = await ics(th, id);
    expect(await executeCommand(cancelMeeting, cw, { meetingId: id, version: await version(id), reason: "Forælder er syg" }, at)).toMatchObject({ ok: true });

    const seen = (await loadMeeting(th, id))!;
    expect(seen).toMatchObject({ status: "CANCELLED", cancelReason: "Forælder er syg" });
    expect((await upcomingMeetings(th, NOW, 100)).meetings.find((m) => m.id === id)?.status).toBe("CANCELLED");
    expect((await listMeetings(th, { when: "upcoming", page: 1 }, NOW)).rows.find((m) => m.id === id)?.status).toBe("CANCELLED");
    expect((await notificationsFor(th, NOW)).filter((n) => n.href === `/meetings/${id}`)).toEqual([expect.objectContaining({ kind: "MEETING_CANCELLED", key: `meeting:${id}:cancelled` })]);
    const cancellation = await ics(th, id);
    expect(cancellation).toMatchObject({ method: "CANCEL", status: "CANCELLED", uid: invitation.uid });
    expect(cancellation.sequence).toBeGreaterThan(invitation.sequence);
    expect(cancellation.file.method).toBe("CANCEL");

    const before = await caseFingerprint();
    const v = await version(id);
    expect(await executeCommand(cancelMeeting, cw, { meetingId: id, version: v, reason: "Igen" }, at)).toMatchObject({ ok: false, reason: "MEETING_CANCELLED" });
    expect(await executeCommand(rescheduleMeeting, cw, move(id, v), at)).toMatchObject({ ok: false, reason: "MEETING_CANCELLED" });
    expect(await executeCommand(changeParticipants, cw, { meetingId: id, version: v, invitedUserIds: [th2.id], keepGuestIds: [] }, at)).toMatchObject({ ok: false, reason: "MEETING_CANCELLED" });
    expect(await caseFingerprint()).toBe(before);
  });
});

describe("minutes", () => {
  it("are hidden from the invited until the caller or caseworker releases them", async () => {
    const id = await call(co);
    const before = await caseFingerprint();
    expect(await executeCommand(releaseMinutes, co, { meetingId: id, version: await version(id) }, at)).toMatchObject({ ok: false, reason: "MINUTES_EMPTY" });
    expect(await caseFingerprint()).toBe(before);

    expect(await executeCommand(recordMinutes, co, { meetingId: id, version: await version(id), minutes: "Vi aftalte weekendsamvær.", decisions: "Samvær hver anden weekend." }, at)).toMatchObject({ ok: true });
    expect(await loadMeeting(th, id)).toMatchObject({ minutes: "", decisions: "", minutesReleasedAt: null });
    expect(await loadMeeting(cw, id)).toMatchObject({ minutes: "Vi aftalte weekendsamvær." });

    expect(await executeCommand(releaseMinutes, cw, { meetingId: id, version: await version(id) }, at)).toMatchObject({ ok: true });
    expect(await loadMeeting(th, id)).toMatchObject({ minutes: "Vi aftalte weekendsamvær.", decisions: "Samvær hver anden weekend." });
    // Releasing is not a calendar change: the invitation's SEQUENCE stays.
    expect((await ics(th, id)).sequence).toBe(0);

    const released = await caseFingerprint();
    expect(await executeCommand(releaseMinutes, co, { meetingId: id, version: await version(id) }, at)).toMatchObject({ ok: false, reason: "MINUTES_ALREADY_RELEASED" });
    expect(await caseFingerprint()).toBe(released);
  });
});

describe("the agenda count and the meetings list", () => {
  it("shows ten on the home page with the true total, and every one of them on the list, paged", async () => {
    const m = await makeMunicipality();
    const caller = await actorFor((await makeUser("COORDINATOR", m.id)).id);
    const invited = await actorFor((await makeUser("THERAPIST", m.id)).id);
    const family = await makeFamily(m.id);
    const ids: string[] = [];
    for (let day = 1; day <= 12; day++) {
      const result = await executeCommand(callMeeting, caller, { familyId: family.id, date: `2026-12-${String(day).padStart(2, "0")}`, startTime: "09:00", endTime: "10:00", purpose: `Møde ${day}`, agenda: "", invitedUserIds: [invited.id], inviteParents: "" }, at);
      ids.push((result as { data: { meetingId: string } }).data.meetingId);
    }
    const home = await upcomingMeetings(invited, NOW);
    expect(home.meetings).toHaveLength(10);
    expect(home.total).toBe(12);
    expect(home.meetings.map((x) => x.id)).toEqual(ids.slice(0, 10));

    const list = await listMeetings(invited, { when: "upcoming", page: 1 }, NOW);
    expect(list.total).toBe(12);
    expect(list.rows.map((x) => x.id)).toEqual(ids);
    // After the first six days, those six are recent past meetings, latest first.
    const later = new Date("2026-12-06T12:00:00Z");
    const past = await listMeetings(invited, { when: "past", page: 1 }, later);
    expect(past.rows.map((x) => x.id)).toEqual(ids.slice(0, 6).reverse());
    expect((await listMeetings(invited, { when: "upcoming", page: 1 }, later)).total).toBe(6);
    // The coordinator, whose reach covers the municipality and who is on none of them, sees them once each.
    expect((await upcomingMeetings(caller, NOW)).total).toBe(12);
    expect((await auditRows({ actorId: invited.id, familyId: family.id })).some((r) => r.recordType === "MeetingList")).toBe(true);
  });

  it("pages through more than a page, without repeating or losing one", async () => {
    const m = await makeMunicipality();
    const caller = await actorFor((await makeUser("CASEWORKER", m.id)).id);
    const invited = await actorFor((await makeUser("THERAPIST", m.id)).id);
    const family = await makeFamily(m.id, { caseworkerId: caller.id });
    const db = await getDb();
    for (let i = 0; i < 30; i++) {
      const startsAt = new Date(Date.UTC(2026, 11, 1, 8) + i * 3_600_000);
      await db.meeting.create({ data: { municipalityId: m.id, familyId: family.id, calledById: caller.id, startsAt, endsAt: new Date(startsAt.getTime() + 1_800_000), purpose: `M${i}`, agenda: [],
        participants: { create: i % 2 ? [{ kind: "USER", userId: invited.id, name: "T" }] : [] } } });
    }
    const all: string[] = [];
    for (const page of [1, 2]) all.push(...(await listMeetings(caller, { when: "upcoming", page }, NOW)).rows.map((x) => x.id));
    expect(new Set(all).size).toBe(30);
    expect((await listMeetings(invited, { when: "upcoming", page: 1 }, NOW)).total).toBe(15);
  });
});

describe("calling a meeting from the meetings list", () => {
  it("offers exactly the open families the user may call a meeting for, and nothing to others", async () => {
    expect((await familiesToMeetAbout(cw, undefined))!.families.map((f) => f.id)).toEqual([familyId]);
    expect((await familiesToMeetAbout(co, "familien"))!.families.map((f) => f.id).sort()).toEqual([familyId, otherFamilyId].sort());
    expect((await familiesToMeetAbout(co, "Anden"))!.families.map((f) => f.id)).toEqual([otherFamilyId]);
    expect(await familiesToMeetAbout(th, undefined)).toBeNull();
  });
});

import "server-only";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { roleMay } from "@/server/authz/policy";
import { writeAudit } from "@/server/audit";
import { targetMunicipalityOf } from "@/server/audit-target";
import { fromDbDateOrNull } from "@/server/dates";
import { inviteeWhere, meetingEditScope, meetingFamilySelect, meetingPeopleWhere, meetingScope, meetingScopeParts } from "./access";
import { MAX_MEETING_MS } from "./schemas";

/** Upcoming meetings the user is invited to or responsible for, soonest first. */
export async function upcomingMeetings(actor: Actor, now = new Date(), take = 10) {
  const db = await getDb();
  // A meeting that has not ended started at most a day ago: the bound lets the start-time indexes
  // limit the read to the coming meetings.
  const window = { startsAt: { gte: new Date(now.getTime() - MAX_MEETING_MS) }, endsAt: { gte: now } };
  const lists = await Promise.all(meetingScopeParts(actor).map((part) => db.meeting.findMany({
    where: { AND: [part, window] },
    orderBy: { startsAt: "asc" },
    take,
    select: { id: true, startsAt: true, endsAt: true, purpose: true, location: true, family: { select: { id: true, displayName: true } } },
  })));
  const byId = new Map(lists.flat().map((m) => [m.id, m]));
  return [...byId.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime()).slice(0, take);
}

/** Open action items the user owns. */
export async function openActionItems(actor: Actor) {
  const db = await getDb();
  const items = await db.actionItem.findMany({
    where: { ownerUserId: actor.id, doneAt: null },
    orderBy: [{ dueDate: { sort: "asc", nulls: "last" } }, { createdAt: "asc" }],
    take: 50,
    select: { id: true, description: true, dueDate: true, version: true, meeting: { select: { id: true, purpose: true } } },
  });
  return items.map((i) => ({ ...i, dueDate: fromDbDateOrNull(i.dueDate) }));
}

export async function loadMeeting(actor: Actor, meetingId: string) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ...meetingScope(actor) },
    select: {
      id: true, startsAt: true, endsAt: true, location: true, videoLink: true, purpose: true, agenda: true, minutes: true, decisions: true, version: true, municipalityId: true,
      family: { select: { id: true, displayName: true, ...meetingFamilySelect } },
      participants: { select: { id: true, kind: true, userId: true, name: true, organisation: true } },
      actionItems: { orderBy: { createdAt: "asc" }, select: { id: true, description: true, ownerName: true, ownerUserId: true, dueDate: true, doneAt: true, version: true } },
    },
  });
  if (!meeting) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { meetingId });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "Meeting", recordId: meetingId.slice(0, 64), targetMunicipalityId });
    return null;
  }
  await writeAudit(db, actor, { action: "VIEW", recordType: "Meeting", recordId: meeting.id, familyId: meeting.family.id, municipalityId: meeting.municipalityId });
  const canEdit = (await db.meeting.count({ where: { id: meeting.id, ...meetingEditScope(actor) } })) > 0;
  const canOpenFamily = (await db.family.count({ where: { id: meeting.family.id, ...familyScope(actor, "family.view") } })) > 0;
  return {
    ...meeting,
    family: { id: meeting.family.id, displayName: meeting.family.displayName },
    actionItems: meeting.actionItems.map((a) => ({ ...a, dueDate: fromDbDateOrNull(a.dueDate) })),
    canEdit, canOpenFamily,
    owners: canEdit ? await db.user.findMany({ where: meetingPeopleWhere(meeting.family), orderBy: { name: "asc" }, select: { id: true, name: true } }) : [],
  };
}

/** Who can be invited to a meeting about this family (inviteeWhere: the same rule callMeeting enforces). */
export async function meetingInvitees(actor: Actor, familyId: string) {
  const db = await getDb();
  const family = await db.family.findFirst({
    where: { id: familyId, ...familyScope(actor, "meeting.call") },
    select: { id: true, displayName: true, ...meetingFamilySelect },
  });
  if (!family || !roleMay(actor.role, "meeting.call")) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { familyId });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "Family", recordId: familyId.slice(0, 64), targetMunicipalityId, details: { permission: "meeting.call" } });
    return null;
  }
  const users = await db.user.findMany({
    where: inviteeWhere(actor, family),
    orderBy: [{ role: "asc" }, { name: "asc" }],
    select: { id: true, name: true, role: true },
  });
  return { family: { id: family.id, displayName: family.displayName }, users };
}

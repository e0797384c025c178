import "server-only";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { familyScope } from "@/server/authz/scope";
import { roleMay } from "@/server/authz/policy";
import { auditFamilyViews, writeAudit } from "@/server/audit";
import { targetMunicipalityOf } from "@/server/audit-target";
import { fromDbDateOrNull } from "@/server/dates";
import type { Prisma } from "@/generated/prisma/client";
import { meetingStatus, minutesVisible } from "@/domain/meetings/changes";
import { icsMethod, meetingToIcs } from "./ics";
import { comingMeetingWhere, inviteeWhere, meetingEditScope, meetingFamilySelect, meetingPeopleWhere, meetingScope, meetingScopeParts } from "./access";

/**
 * The meetings of the user's reach matching `where`, a page of them in start order, and how many
 * there are. Each branch of the reach is read through its own index (one OR no index serves), and
 * the total counts each branch without the ones before it, so a meeting in two branches counts once.
 */
async function meetingsInReach(actor: Actor, where: Prisma.MeetingWhereInput, order: "asc" | "desc", skip: number, take: number) {
  const db = await getDb();
  const parts = meetingScopeParts(actor);
  const [lists, counts] = await Promise.all([
    Promise.all(parts.map((part) => db.meeting.findMany({
      where: { AND: [part, where] },
      orderBy: [{ startsAt: order }, { id: "asc" }],
      take: skip + take,
      select: meetingListSelect,
    }))),
    Promise.all(parts.map((part, i) => db.meeting.count({ where: { AND: [part, where, ...parts.slice(0, i).map((before) => ({ NOT: before }))] } }))),
  ]);
  const byId = new Map(lists.flat().map((m) => [m.id, m]));
  const sign = order === "asc" ? 1 : -1;
  const sorted = [...byId.values()].sort((a, b) => sign * (a.startsAt.getTime() - b.startsAt.getTime()) || a.id.localeCompare(b.id));
  return { rows: sorted.slice(skip, skip + take).map(withStatus), total: counts.reduce((sum, n) => sum + n, 0) };
}

const meetingListSelect = {
  id: true, startsAt: true, endsAt: true, purpose: true, location: true, changedAt: true, cancelledAt: true, municipalityId: true,
  family: { select: { id: true, displayName: true } },
} satisfies Prisma.MeetingSelect;

const withStatus = <M extends { cancelledAt: Date | null; changedAt: Date | null }>(m: M) => ({ ...m, status: meetingStatus(m) });

/**
 * The coming meetings the user is invited to or responsible for, soonest first: the first `take`
 * and the true total, so a home page never claims to show all when it shows ten.
 */
export async function upcomingMeetings(actor: Actor, now = new Date(), take = 10) {
  const { rows, total } = await meetingsInReach(actor, comingMeetingWhere(now), "asc", 0, take);
  return { meetings: rows, total };
}

export const MEETINGS_PAGE_SIZE = 25;
/** How far back "recent" meetings reach on the meetings list. */
export const RECENT_MEETING_DAYS = 90;

/**
 * The meetings list: the user's coming meetings (soonest first) or their recent past ones (latest
 * first), a page at a time, with the total. The family names shown are audited as viewed.
 */
export async function listMeetings(actor: Actor, opts: { when: "upcoming" | "past"; page: number }, now = new Date()) {
  const when: Prisma.MeetingWhereInput = opts.when === "upcoming"
    ? comingMeetingWhere(now)
    : { endsAt: { lt: now }, startsAt: { gte: new Date(now.getTime() - RECENT_MEETING_DAYS * 86_400_000) } };
  const { rows, total } = await meetingsInReach(actor, when, opts.when === "upcoming" ? "asc" : "desc", (opts.page - 1) * MEETINGS_PAGE_SIZE, MEETINGS_PAGE_SIZE);
  await auditFamilyViews(await getDb(), actor, "MeetingList", rows.map((m) => ({ familyId: m.family.id, municipalityId: m.municipalityId })));
  return { rows, total, pageSize: MEETINGS_PAGE_SIZE };
}

/**
 * Families the user may call a meeting for, to start the call form from the meetings list: the same
 * reach callMeeting enforces, open cases only, searched by name.
 */
export async function familiesToMeetAbout(actor: Actor, q: string | undefined, take = 20) {
  if (!roleMay(actor.role, "meeting.call")) return null;
  const db = await getDb();
  const where: Prisma.FamilyWhereInput = {
    AND: [
      familyScope(actor, "meeting.call"),
      { stage: { not: "CLOSED" } },
      q ? { OR: [{ displayName: { contains: q, mode: "insensitive" } }, { caseNumber: { contains: q, mode: "insensitive" } }] } : {},
    ],
  };
  const [families, total] = await Promise.all([
    db.family.findMany({ where, orderBy: [{ displayName: "asc" }, { id: "asc" }], take, select: { id: true, displayName: true, municipalityId: true } }),
    db.family.count({ where }),
  ]);
  await auditFamilyViews(db, actor, "MeetingFamilyPicker", families.map((f) => ({ familyId: f.id, municipalityId: f.municipalityId })));
  return { families, total };
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
      calledById: true, changedAt: true, cancelledAt: true, cancelReason: true, minutesReleasedAt: true,
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
  // Until released, the minutes are a draft of the people who may edit them.
  const showMinutes = minutesVisible(meeting, canEdit);
  return {
    ...meeting,
    minutes: showMinutes ? meeting.minutes : "",
    decisions: showMinutes ? meeting.decisions : "",
    status: meetingStatus(meeting),
    family: { id: meeting.family.id, displayName: meeting.family.displayName },
    actionItems: meeting.actionItems.map((a) => ({ ...a, dueDate: fromDbDateOrNull(a.dueDate) })),
    canEdit, canOpenFamily,
    owners: canEdit ? await db.user.findMany({ where: meetingPeopleWhere(meeting.family), orderBy: { name: "asc" }, select: { id: true, name: true } }) : [],
    // The people the participants form offers: the same rule changeParticipants enforces.
    invitees: canEdit ? await db.user.findMany({ where: inviteeWhere({ id: meeting.calledById }, meeting.family), orderBy: [{ role: "asc" }, { name: "asc" }], select: { id: true, name: true, role: true } }) : [],
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

/**
 * The meeting as an .ics file: the same UID always, the SEQUENCE of its last change, and once
 * cancelled a METHOD:CANCEL. Null when the user may not see it (the attempt is audited as denied).
 */
export async function meetingIcsFile(actor: Actor, meetingId: string, now = new Date()) {
  const db = await getDb();
  const meeting = await db.meeting.findFirst({
    where: { id: meetingId, ...meetingScope(actor) },
    select: {
      id: true, calledById: true, startsAt: true, endsAt: true, purpose: true, agenda: true, location: true, videoLink: true, sequence: true, cancelledAt: true, createdAt: true, familyId: true, municipalityId: true,
      family: { select: { displayName: true } },
      participants: { select: { name: true, email: true } },
    },
  });
  if (!meeting) {
    const targetMunicipalityId = await targetMunicipalityOf(db, { meetingId });
    await writeAudit(db, actor, { action: "ACCESS_DENIED", recordType: "Meeting", recordId: meetingId.slice(0, 64), targetMunicipalityId, details: { format: "ics" } });
    return null;
  }
  const caller = await db.user.findUnique({ where: { id: meeting.calledById }, select: { name: true, email: true } });
  const event = {
    uid: `${meeting.id}@foraeldrestoette`, startsAt: meeting.startsAt, endsAt: meeting.endsAt,
    title: `${meeting.purpose} – ${meeting.family.displayName}`,
    description: meeting.agenda.map((a, i) => `${i + 1}. ${a}`).join("\n"),
    location: meeting.location, url: meeting.videoLink,
    organizer: { name: caller?.name ?? "Forældrestøtte", email: caller?.email ?? "noreply@foraeldrestoette.local" },
    attendees: meeting.participants, sequence: meeting.sequence, createdAt: meeting.createdAt,
    cancelled: meeting.cancelledAt !== null,
  };
  const ics = meetingToIcs(event, now);
  await writeAudit(db, actor, { action: "EXPORT", recordType: "Meeting", recordId: meeting.id, familyId: meeting.familyId, municipalityId: meeting.municipalityId, details: { format: "ics" } });
  return { id: meeting.id, ics, method: icsMethod(event) };
}

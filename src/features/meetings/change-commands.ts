import "server-only";
import { checkCancel, checkParticipantChange, checkReleaseMinutes, checkReschedule, type MeetingRefusal } from "@/domain/meetings/changes";
import type { Actor } from "@/server/authz/actor";
import type { Tx } from "@/server/audit";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { assertCaseWritable } from "@/features/families/writable";
import { inviteeWhere, meetingEditScope, meetingFamilySelect } from "./access";
import { copenhagenInstant } from "./time";
import { cancelMeetingInput, changeParticipantsInput, releaseMinutesInput, rescheduleMeetingInput } from "./schemas";

// The changes to a meeting after it was called. Who may make them is meetingEditScope (access.ts);
// what may change is src/domain/meetings/changes.ts. Every change that a calendar must apply raises
// `sequence`, which the .ics carries, and marks the meeting changed for the people invited.

/** The meeting as the change rules need it, reached only through the user's edit scope. */
async function meetingToChange(tx: Tx, actor: Actor, meetingId: string) {
  const meeting = await tx.meeting.findFirst({
    where: { id: meetingId, ...meetingEditScope(actor) },
    select: {
      id: true, familyId: true, municipalityId: true, calledById: true, startsAt: true, endsAt: true, location: true, videoLink: true,
      cancelledAt: true, minutes: true, decisions: true, minutesReleasedAt: true,
      family: { select: { stage: true, parents: { select: { name: true, email: true } }, ...meetingFamilySelect } },
    },
  });
  if (!meeting) throw notFound();
  assertCaseWritable(meeting.family);
  return meeting;
}

function refuse(reason: MeetingRefusal | null, fields: Partial<Record<MeetingRefusal, string>> = {}): void {
  if (reason) throw ruleViolation(reason, undefined, fields[reason]);
}

/** The stale-form check and the change marks in one write: a form opened on an older version changes nothing. */
async function bumpMeeting(tx: Tx, meetingId: string, version: number, data: Record<string, unknown>, now: Date, calendarChange = true) {
  const { count } = await tx.meeting.updateMany({
    where: { id: meetingId, version },
    data: { ...data, version: { increment: 1 }, ...(calendarChange ? { sequence: { increment: 1 } } : {}), ...(calendarChange && !("cancelledAt" in data) ? { changedAt: now } : {}) },
  });
  if (count === 0) throw conflict();
}

/** Moves the meeting to a new time and/or a new place. */
export const rescheduleMeeting = defineCommand({
  name: "rescheduleMeeting",
  permission: "meeting.call",
  input: rescheduleMeetingInput,
  async run({ actor, tx, now, audit }, input) {
    const meeting = await meetingToChange(tx, actor, input.meetingId);
    const next = {
      startsAt: copenhagenInstant(input.date, input.startTime),
      endsAt: copenhagenInstant(input.date, input.endTime),
      location: input.location,
      videoLink: input.videoLink ?? null,
    };
    refuse(checkReschedule(meeting, next, now), { MEETING_IN_PAST: "date", MEETING_END_BEFORE_START: "endTime" });
    await bumpMeeting(tx, meeting.id, input.version, next, now);
    const moved = next.startsAt.getTime() !== meeting.startsAt.getTime() || next.endsAt.getTime() !== meeting.endsAt.getTime();
    await audit({
      action: "UPDATE", recordType: "Meeting", recordId: meeting.id, familyId: meeting.familyId, municipalityId: meeting.municipalityId,
      details: { change: moved ? "moved" : "place", ...(moved ? { from: meeting.startsAt.toISOString(), to: next.startsAt.toISOString() } : {}) },
    });
    return { meetingId: meeting.id };
  },
});

/** Sets who takes part: the invited users as a complete set, the guests kept, and new guests. */
export const changeParticipants = defineCommand({
  name: "changeMeetingParticipants",
  permission: "meeting.call",
  input: changeParticipantsInput,
  async run({ actor, tx, now, audit }, input) {
    const meeting = await meetingToChange(tx, actor, input.meetingId);
    const current = await tx.meetingParticipant.findMany({ where: { meetingId: meeting.id }, select: { id: true, kind: true, userId: true, name: true } });
    const currentUsers = new Set(current.flatMap((p) => (p.kind === "USER" && p.userId ? [p.userId] : [])));
    const wanted = new Set(input.invitedUserIds);
    const newUserIds = [...wanted].filter((id) => !currentUsers.has(id));
    // Everyone newly invited must be someone callMeeting would accept; the caller is never an invitee.
    const newUsers = newUserIds.length === 0 ? [] : await tx.user.findMany({
      where: { AND: [{ id: { in: newUserIds } }, inviteeWhere({ id: meeting.calledById }, meeting.family)] },
      select: { id: true, name: true, email: true },
    });
    if (newUsers.length !== newUserIds.length) throw ruleViolation("INVITEE_NOT_ALLOWED", undefined, "invitedUserIds");
    const keep = new Set(input.keepGuestIds);
    const removed = current.filter((p) => (p.kind === "USER" ? !p.userId || !wanted.has(p.userId) : !keep.has(p.id)));
    const parentsStaying = new Set(current.filter((p) => p.kind === "PARENT" && !removed.includes(p)).map((p) => p.name));
    const newParents = input.inviteParents ? meeting.family.parents.filter((p) => !parentsStaying.has(p.name)) : [];
    const added = [
      ...newUsers.map((u) => ({ kind: "USER" as const, userId: u.id, name: u.name, email: u.email })),
      ...newParents.map((p) => ({ kind: "PARENT" as const, name: p.name, email: p.email })),
      ...input.externals.map((e) => ({ kind: "EXTERNAL" as const, name: e.name, organisation: e.organisation || null, email: e.email || null })),
    ];
    refuse(checkParticipantChange(meeting, { added: added.length, removed: removed.length }, now));
    await bumpMeeting(tx, meeting.id, input.version, {}, now);
    if (removed.length > 0) await tx.meetingParticipant.deleteMany({ where: { meetingId: meeting.id, id: { in: removed.map((p) => p.id) } } });
    if (added.length > 0) await tx.meetingParticipant.createMany({ data: added.map((a) => ({ ...a, meetingId: meeting.id })) });
    await audit({
      action: "UPDATE", recordType: "Meeting", recordId: meeting.id, familyId: meeting.familyId, municipalityId: meeting.municipalityId,
      details: { change: "participants", added: added.length, removed: removed.length },
    });
    return { meetingId: meeting.id };
  },
});

/** Cancels the meeting with a reason; it stays visible to the invited as cancelled. */
export const cancelMeeting = defineCommand({
  name: "cancelMeeting",
  permission: "meeting.call",
  input: cancelMeetingInput,
  async run({ actor, tx, now, audit }, input) {
    const meeting = await meetingToChange(tx, actor, input.meetingId);
    refuse(checkCancel(meeting, now));
    await bumpMeeting(tx, meeting.id, input.version, { cancelledAt: now, cancelReason: input.reason }, now);
    await audit({ action: "UPDATE", recordType: "Meeting", recordId: meeting.id, familyId: meeting.familyId, municipalityId: meeting.municipalityId, details: { change: "cancelled" } });
    return { meetingId: meeting.id };
  },
});

/** Lets the participants read the minutes and decisions; before this only the editors see them. */
export const releaseMinutes = defineCommand({
  name: "releaseMeetingMinutes",
  permission: "meeting.call",
  input: releaseMinutesInput,
  async run({ actor, tx, now, audit }, input) {
    const meeting = await meetingToChange(tx, actor, input.meetingId);
    refuse(checkReleaseMinutes(meeting));
    await bumpMeeting(tx, meeting.id, input.version, { minutesReleasedAt: now }, now, false);
    await audit({ action: "UPDATE", recordType: "Meeting", recordId: meeting.id, familyId: meeting.familyId, municipalityId: meeting.municipalityId, details: { change: "minutesReleased" } });
    return { meetingId: meeting.id };
  },
});

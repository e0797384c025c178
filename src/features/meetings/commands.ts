import "server-only";
import { defineCommand } from "@/server/command";
import { conflict, notFound, ruleViolation } from "@/server/errors";
import { familyScope } from "@/server/authz/scope";
import { toDbDate } from "@/server/dates";
import { assertCaseWritable } from "@/features/families/writable";
import { inviteeWhere, meetingEditScope, meetingFamilySelect, meetingPeopleWhere } from "./access";
import { copenhagenInstant } from "./time";
import { addActionItemInput, callMeetingInput, completeActionItemInput, recordMinutesInput } from "./schemas";

/** Calls a cross-disciplinary meeting. Only the people meetingPeopleWhere allows can be invited. */
export const callMeeting = defineCommand({
  name: "callMeeting",
  permission: "meeting.call",
  input: callMeetingInput,
  async run({ actor, tx, now, audit }, input) {
    const family = await tx.family.findFirst({
      where: { id: input.familyId, ...familyScope(actor, "meeting.call") },
      select: { id: true, stage: true, parents: { select: { name: true, email: true } }, ...meetingFamilySelect },
    });
    if (!family) throw notFound();
    assertCaseWritable(family);
    const startsAt = copenhagenInstant(input.date, input.startTime);
    const endsAt = copenhagenInstant(input.date, input.endTime);
    if (startsAt.getTime() <= now.getTime()) throw ruleViolation("MEETING_IN_PAST", undefined, "date");
    if (endsAt.getTime() <= startsAt.getTime()) throw ruleViolation("MEETING_END_BEFORE_START", undefined, "endTime");
    const invited = [...new Set(input.invitedUserIds)];
    const users = await tx.user.findMany({
      where: { AND: [{ id: { in: invited } }, inviteeWhere(actor, family)] },
      select: { id: true, name: true, email: true },
    });
    if (users.length !== invited.length) throw ruleViolation("INVITEE_NOT_ALLOWED", undefined, "invitedUserIds");
    const meeting = await tx.meeting.create({
      data: {
        municipalityId: family.municipalityId, familyId: family.id, calledById: actor.id, startsAt, endsAt,
        location: input.location, videoLink: input.videoLink ?? null, purpose: input.purpose, agenda: input.agenda,
        participants: {
          create: [
            ...users.map((u) => ({ kind: "USER" as const, userId: u.id, name: u.name, email: u.email })),
            ...(input.inviteParents ? family.parents.map((p) => ({ kind: "PARENT" as const, name: p.name, email: p.email })) : []),
            ...input.externals.map((e) => ({ kind: "EXTERNAL" as const, name: e.name, organisation: e.organisation || null, email: e.email || null })),
          ],
        },
      },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "Meeting", recordId: meeting.id, familyId: family.id, details: { invited: users.length } });
    return { meetingId: meeting.id };
  },
});

export const recordMinutes = defineCommand({
  name: "recordMinutes",
  permission: "meeting.call",
  input: recordMinutesInput,
  async run({ actor, tx, audit }, input) {
    const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, ...meetingEditScope(actor) }, select: { id: true, familyId: true, family: { select: { stage: true } } } });
    if (!meeting) throw notFound();
    assertCaseWritable(meeting.family);
    const { count } = await tx.meeting.updateMany({ where: { id: meeting.id, version: input.version }, data: { minutes: input.minutes, decisions: input.decisions, version: { increment: 1 } } });
    if (count === 0) throw conflict();
    await audit({ action: "UPDATE", recordType: "Meeting", recordId: meeting.id, familyId: meeting.familyId });
    return { meetingId: meeting.id };
  },
});

export const addActionItem = defineCommand({
  name: "addActionItem",
  permission: "meeting.call",
  input: addActionItemInput,
  async run({ actor, tx, audit }, input) {
    const meeting = await tx.meeting.findFirst({
      where: { id: input.meetingId, ...meetingEditScope(actor) },
      select: { id: true, familyId: true, family: { select: { stage: true, ...meetingFamilySelect } } },
    });
    if (!meeting) throw notFound();
    assertCaseWritable(meeting.family);
    let ownerName = input.ownerName;
    if (input.ownerUserId) {
      const owner = await tx.user.findFirst({ where: { AND: [{ id: input.ownerUserId }, meetingPeopleWhere(meeting.family)] }, select: { name: true } });
      if (!owner) throw ruleViolation("INVITEE_NOT_ALLOWED", undefined, "ownerUserId");
      ownerName = owner.name;
    }
    if (!ownerName) throw ruleViolation("ACTION_OWNER_REQUIRED", undefined, "ownerName");
    const item = await tx.actionItem.create({
      data: { meetingId: meeting.id, description: input.description, ownerUserId: input.ownerUserId, ownerName, dueDate: input.dueDate ? toDbDate(input.dueDate) : null },
      select: { id: true },
    });
    await audit({ action: "CREATE", recordType: "ActionItem", recordId: item.id, familyId: meeting.familyId });
    return { actionItemId: item.id };
  },
});

/** The owner, or whoever may edit the meeting, marks an action item done. */
export const completeActionItem = defineCommand({
  name: "completeActionItem",
  permission: "meeting.viewInvited",
  input: completeActionItemInput,
  async run({ actor, tx, now, audit }, input) {
    const item = await tx.actionItem.findFirst({
      where: { id: input.actionItemId, OR: [{ ownerUserId: actor.id }, { meeting: meetingEditScope(actor) }] },
      select: { id: true, meeting: { select: { familyId: true, municipalityId: true, family: { select: { stage: true } } } } },
    });
    if (!item) throw notFound();
    assertCaseWritable(item.meeting.family);
    const { count } = await tx.actionItem.updateMany({ where: { id: item.id, version: input.version, doneAt: null }, data: { doneAt: now, version: { increment: 1 } } });
    if (count === 0) throw conflict();
    await audit({ action: "UPDATE", recordType: "ActionItem", recordId: item.id, familyId: item.meeting.familyId, municipalityId: item.meeting.municipalityId });
    return { actionItemId: item.id };
  },
});

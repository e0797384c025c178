import { z } from "zod";
import { calendarDate, id, optionalDate, optionalText, shortText, version } from "@/server/schemas";

const time = z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: "validation.invalidFormat" });
const lines = (max: number) => z.preprocess((v) => (typeof v === "string" ? v.split(/\r?\n/).map((s) => s.trim()).filter(Boolean) : (v ?? [])), z.array(z.string().max(300)).max(max));

export const externalInput = z.object({ name: shortText(120), organisation: optionalText(120), email: z.preprocess((v) => v ?? "", z.union([z.literal(""), z.string().trim().email().max(200)])) });

export const callMeetingInput = z.object({
  familyId: id,
  date: calendarDate,
  startTime: time,
  endTime: time,
  location: optionalText(300),
  videoLink: z.preprocess((v) => (v === "" ? null : v), z.string().trim().url().max(500).refine((u) => u.startsWith("https://"), { message: "validation.invalidFormat" }).nullable()).optional(),
  purpose: shortText(300),
  agenda: lines(20),
  invitedUserIds: z.preprocess((v) => (typeof v === "string" ? [v] : (v ?? [])), z.array(id).max(30)),
  inviteParents: z.preprocess((v) => v === "on" || v === true, z.boolean()),
  externals: z.array(externalInput).max(10).default([]),
});

export const recordMinutesInput = z.object({ meetingId: id, version, minutes: optionalText(20_000), decisions: optionalText(10_000) });

export const addActionItemInput = z.object({
  meetingId: id,
  description: shortText(500),
  ownerUserId: z.preprocess((v) => (v === "" ? null : v), id.nullable()),
  ownerName: optionalText(120),
  dueDate: optionalDate,
});

export const completeActionItemInput = z.object({ actionItemId: id, version });

/** A meeting starts and ends on one calendar day, so it never lasts a full day. */
export const MAX_MEETING_MS = 24 * 60 * 60 * 1000;

const userIds = z.preprocess((v) => (typeof v === "string" ? [v] : (v ?? [])), z.array(id).max(30));

/** A move and a change of place are one form: the meeting's time and place as they are to be. */
export const rescheduleMeetingInput = z.object({
  meetingId: id,
  version,
  date: calendarDate,
  startTime: time,
  endTime: time,
  location: optionalText(300),
  videoLink: callMeetingInput.shape.videoLink,
});

/**
 * The participants as they are to be: every invited user (the complete set), the parents and
 * external guests kept (by participant id), and new external guests.
 */
export const changeParticipantsInput = z.object({
  meetingId: id,
  version,
  invitedUserIds: userIds,
  keepGuestIds: userIds,
  inviteParents: z.preprocess((v) => v === "on" || v === true, z.boolean()),
  externals: z.array(externalInput).max(10).default([]),
});

export const cancelMeetingInput = z.object({ meetingId: id, version, reason: shortText(500) });

export const releaseMinutesInput = z.object({ meetingId: id, version });

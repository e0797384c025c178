// What may happen to a meeting once it is called: moved, re-placed, other people invited or
// dropped, cancelled, its minutes released. Pure, so every boundary is tested without a database;
// the commands in src/features/meetings enforce exactly these answers.

export const MEETING_REFUSALS = [
  "MEETING_CANCELLED",
  "MEETING_OVER",
  "MEETING_IN_PAST",
  "MEETING_END_BEFORE_START",
  "MEETING_UNCHANGED",
  "MINUTES_EMPTY",
  "MINUTES_ALREADY_RELEASED",
] as const;

export type MeetingRefusal = (typeof MEETING_REFUSALS)[number];

export interface MeetingState {
  startsAt: Date;
  endsAt: Date;
  cancelledAt: Date | null;
}

export type MeetingStatus = "SCHEDULED" | "CHANGED" | "CANCELLED";

/** A cancelled meeting stays cancelled (shown, never hidden); one moved, re-placed or re-staffed after the invitation is changed. */
export function meetingStatus(m: { cancelledAt: Date | null; changedAt: Date | null }): MeetingStatus {
  if (m.cancelledAt) return "CANCELLED";
  return m.changedAt ? "CHANGED" : "SCHEDULED";
}

/**
 * Whether the meeting can still be changed at all: not once cancelled, and not once it has ended
 * (what happened is recorded in the minutes, not by moving the meeting into the past).
 */
export function checkMeetingOpen(m: MeetingState, now: Date): MeetingRefusal | null {
  if (m.cancelledAt) return "MEETING_CANCELLED";
  if (m.endsAt.getTime() <= now.getTime()) return "MEETING_OVER";
  return null;
}

export interface MeetingTimeAndPlace {
  startsAt: Date;
  endsAt: Date;
  location: string;
  videoLink: string | null;
}

/** A move or a change of place: the meeting is open, the new time lies ahead, ends after it starts, and something changes. */
export function checkReschedule(m: MeetingState & MeetingTimeAndPlace, next: MeetingTimeAndPlace, now: Date): MeetingRefusal | null {
  const open = checkMeetingOpen(m, now);
  if (open) return open;
  const moved = next.startsAt.getTime() !== m.startsAt.getTime() || next.endsAt.getTime() !== m.endsAt.getTime();
  // An unmoved meeting that has begun may still change room; a moved one must start in the future.
  if (moved && next.startsAt.getTime() <= now.getTime()) return "MEETING_IN_PAST";
  if (next.endsAt.getTime() <= next.startsAt.getTime()) return "MEETING_END_BEFORE_START";
  const placed = next.location !== m.location || (next.videoLink ?? null) !== (m.videoLink ?? null);
  if (!moved && !placed) return "MEETING_UNCHANGED";
  return null;
}

/** Participants can change while the meeting is open, as long as the change changes something. */
export function checkParticipantChange(m: MeetingState, change: { added: number; removed: number }, now: Date): MeetingRefusal | null {
  const open = checkMeetingOpen(m, now);
  if (open) return open;
  if (change.added === 0 && change.removed === 0) return "MEETING_UNCHANGED";
  return null;
}

/** Cancelling needs an open meeting (a reason is required by the form's schema). */
export function checkCancel(m: MeetingState, now: Date): MeetingRefusal | null {
  return checkMeetingOpen(m, now);
}

/** Minutes are released once, when there is something to read. */
export function checkReleaseMinutes(m: { cancelledAt: Date | null; minutes: string; decisions: string; minutesReleasedAt: Date | null }): MeetingRefusal | null {
  if (m.cancelledAt) return "MEETING_CANCELLED";
  if (m.minutesReleasedAt) return "MINUTES_ALREADY_RELEASED";
  if (!m.minutes.trim() && !m.decisions.trim()) return "MINUTES_EMPTY";
  return null;
}

/** Participants read minutes and decisions only once released; whoever may edit the meeting always reads them. */
export function minutesVisible(m: { minutesReleasedAt: Date | null }, viewerMayEdit: boolean): boolean {
  return viewerMayEdit || m.minutesReleasedAt !== null;
}

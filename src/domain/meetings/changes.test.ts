import { describe, expect, it } from "vitest";
import { checkCancel, checkMeetingOpen, checkParticipantChange, checkReleaseMinutes, checkReschedule, meetingStatus, minutesVisible } from "./changes";

const now = new Date("2026-11-28T12:00:00Z");
const at = (iso: string) => new Date(iso);
const meeting = { startsAt: at("2026-12-01T08:00:00Z"), endsAt: at("2026-12-01T09:00:00Z"), cancelledAt: null, location: "Rådhuset", videoLink: null };

describe("meetingStatus", () => {
  it.each([
    [{ cancelledAt: null, changedAt: null }, "SCHEDULED"],
    [{ cancelledAt: null, changedAt: now }, "CHANGED"],
    [{ cancelledAt: now, changedAt: null }, "CANCELLED"],
    [{ cancelledAt: now, changedAt: now }, "CANCELLED"],
  ] as const)("%o is %s", (m, status) => expect(meetingStatus(m)).toBe(status));
});

describe("an open meeting", () => {
  it("is open until it ends, closed the instant it ends", () => {
    expect(checkMeetingOpen({ ...meeting, endsAt: at("2026-11-28T12:00:01Z") }, now)).toBeNull();
    expect(checkMeetingOpen({ ...meeting, endsAt: now }, now)).toBe("MEETING_OVER");
  });
  it("is never open once cancelled, even in the future", () => {
    expect(checkMeetingOpen({ ...meeting, cancelledAt: now }, now)).toBe("MEETING_CANCELLED");
  });
});

describe("checkReschedule", () => {
  const place = { startsAt: meeting.startsAt, endsAt: meeting.endsAt, location: meeting.location, videoLink: null };
  it("accepts a move to a later day", () => {
    expect(checkReschedule(meeting, { ...place, startsAt: at("2026-12-02T08:00:00Z"), endsAt: at("2026-12-02T09:00:00Z") }, now)).toBeNull();
  });
  it("refuses a move to now or before; one second ahead is fine", () => {
    expect(checkReschedule(meeting, { ...place, startsAt: now, endsAt: at("2026-11-28T13:00:00Z") }, now)).toBe("MEETING_IN_PAST");
    expect(checkReschedule(meeting, { ...place, startsAt: at("2026-11-28T12:00:01Z"), endsAt: at("2026-11-28T13:00:00Z") }, now)).toBeNull();
  });
  it("refuses an end at or before the start", () => {
    expect(checkReschedule(meeting, { ...place, endsAt: meeting.startsAt }, now)).toBe("MEETING_END_BEFORE_START");
  });
  it("accepts a new place alone, and a room change for a meeting already under way", () => {
    expect(checkReschedule(meeting, { ...place, location: "Skolen" }, now)).toBeNull();
    const running = { ...meeting, startsAt: at("2026-11-28T11:30:00Z"), endsAt: at("2026-11-28T12:30:00Z") };
    expect(checkReschedule(running, { ...running, location: "Skolen" }, now)).toBeNull();
    expect(checkReschedule(meeting, { ...place, videoLink: "https://video.example/x" }, now)).toBeNull();
  });
  it("refuses a change that changes nothing, so the calendar is not asked to update for nothing", () => {
    expect(checkReschedule(meeting, place, now)).toBe("MEETING_UNCHANGED");
  });
  it("refuses any change to a cancelled or finished meeting", () => {
    expect(checkReschedule({ ...meeting, cancelledAt: now }, { ...place, location: "X" }, now)).toBe("MEETING_CANCELLED");
    const past = { ...meeting, startsAt: at("2026-11-27T08:00:00Z"), endsAt: at("2026-11-27T09:00:00Z") };
    expect(checkReschedule(past, { ...place, location: "X" }, now)).toBe("MEETING_OVER");
  });
});

describe("checkParticipantChange and checkCancel", () => {
  it("needs an open meeting and a real change", () => {
    expect(checkParticipantChange(meeting, { added: 1, removed: 0 }, now)).toBeNull();
    expect(checkParticipantChange(meeting, { added: 0, removed: 1 }, now)).toBeNull();
    expect(checkParticipantChange(meeting, { added: 0, removed: 0 }, now)).toBe("MEETING_UNCHANGED");
    expect(checkParticipantChange({ ...meeting, cancelledAt: now }, { added: 1, removed: 0 }, now)).toBe("MEETING_CANCELLED");
  });
  it("cancels only once, and only before the meeting ends", () => {
    expect(checkCancel(meeting, now)).toBeNull();
    expect(checkCancel({ ...meeting, cancelledAt: now }, now)).toBe("MEETING_CANCELLED");
    expect(checkCancel({ ...meeting, endsAt: now }, now)).toBe("MEETING_OVER");
  });
});

describe("minutes", () => {
  const m = { cancelledAt: null, minutes: "Vi aftalte …", decisions: "", minutesReleasedAt: null };
  it("are released once, when there is something to read", () => {
    expect(checkReleaseMinutes(m)).toBeNull();
    expect(checkReleaseMinutes({ ...m, decisions: "Ja" , minutes: " " })).toBeNull();
    expect(checkReleaseMinutes({ ...m, minutes: "  " })).toBe("MINUTES_EMPTY");
    expect(checkReleaseMinutes({ ...m, minutesReleasedAt: now })).toBe("MINUTES_ALREADY_RELEASED");
    expect(checkReleaseMinutes({ ...m, cancelledAt: now })).toBe("MEETING_CANCELLED");
  });
  it("are hidden from participants until released, never from the editor", () => {
    expect(minutesVisible({ minutesReleasedAt: null }, false)).toBe(false);
    expect(minutesVisible({ minutesReleasedAt: null }, true)).toBe(true);
    expect(minutesVisible({ minutesReleasedAt: now }, false)).toBe(true);
  });
});

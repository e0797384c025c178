import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { markAllNotificationsRead, markNotificationRead } from "@/features/notifications/commands";
import { listNotifications, notificationsFor } from "@/features/notifications/queries";
import { actorFor, auditRows, makeFamily, makeMunicipality, makeUser, putInChange } from "../support/factories";

let cw: Actor, th: Actor, co: Actor, cw2: Actor;
const NOW = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  const m = await makeMunicipality();
  [cw, th, co, cw2] = (await Promise.all([makeUser("CASEWORKER", m.id), makeUser("THERAPIST", m.id), makeUser("COORDINATOR", m.id), makeUser("CASEWORKER", m.id)].map(async (u) => actorFor((await u).id)))) as [Actor, Actor, Actor, Actor];
  const db = await getDb();
  const overdue = await makeFamily(m.id, { caseworkerId: cw.id, therapistId: th.id, name: "Familien Sen" });
  // Due 10 November (window closed on the 13th, nothing held) and 24 November (window open).
  await putInChange(overdue.id, { startDate: "2026-10-27" });
  const onTime = await makeFamily(m.id, { caseworkerId: cw.id, name: "Familien Rettid" });
  // Due 21 November: its window is open until the 24th.
  await putInChange(onTime.id, { startDate: "2026-11-07" });
  await db.meeting.create({
    data: { municipalityId: m.id, familyId: overdue.id, calledById: co.id, startsAt: new Date("2026-11-30T08:00:00Z"), endsAt: new Date("2026-11-30T09:00:00Z"), purpose: "Møde", agenda: [],
      participants: { create: [{ kind: "USER", userId: th.id, name: "T" }] } },
  });
  // A meeting the caseworker called and is on: not an invitation to themself. A past one: nothing.
  await db.meeting.create({
    data: { municipalityId: m.id, familyId: onTime.id, calledById: cw.id, startsAt: new Date("2026-11-28T08:00:00Z"), endsAt: new Date("2026-11-28T09:00:00Z"), purpose: "Eget møde", agenda: [],
      participants: { create: [{ kind: "USER", userId: cw.id, name: "C" }, { kind: "USER", userId: th.id, name: "T" }] } },
  });
  await db.meeting.create({
    data: { municipalityId: m.id, familyId: overdue.id, calledById: co.id, startsAt: new Date("2026-11-01T08:00:00Z"), endsAt: new Date("2026-11-01T09:00:00Z"), purpose: "Gammelt", agenda: [],
      participants: { create: [{ kind: "USER", userId: th.id, name: "T" }] } },
  });
  // A change phase ending within 14 days, and one ending later.
  const ending = await makeFamily(m.id, { caseworkerId: cw2.id, name: "Familien Slut" });
  const later = await makeFamily(m.id, { caseworkerId: cw2.id, name: "Familien Senere" });
  for (const [f, end] of [[ending, "2026-12-01"], [later, "2026-12-20"]] as const) {
    await db.family.update({ where: { id: f.id }, data: { stage: "CHANGE" } });
    await db.phase.updateMany({ where: { familyId: f.id }, data: { endDate: new Date("2026-10-01T00:00:00Z") } });
    await db.phase.create({ data: { familyId: f.id, kind: "CHANGE", startDate: new Date("2026-10-02T00:00:00Z"), plannedWeeks: 9, plannedEndDate: new Date(`${end}T00:00:00Z`), followUpIntervalDays: 14, startedById: cw2.id } });
  }
  // A plan draft awaiting agreement; the same on a closed family is no reminder.
  const drafted = await makeFamily(m.id, { caseworkerId: cw2.id, name: "Familien Udkast" });
  const closed = await makeFamily(m.id, { caseworkerId: cw2.id, name: "Familien Lukket" });
  await db.family.update({ where: { id: closed.id }, data: { stage: "CLOSED" } });
  for (const f of [drafted, closed]) {
    await db.actionPlan.create({ data: { familyId: f.id, createdAt: new Date("2026-11-20T09:00:00Z"), versions: { create: [{ number: 1, status: "DRAFT", draftedById: cw2.id, createdAt: new Date("2026-11-20T09:00:00Z") }] } } });
  }
});

describe("reminders", () => {
  it("tells the caseworker and therapist of an overdue follow-up (not one still inside its window), and the invited of a meeting", async () => {
    const forCw = await notificationsFor(cw, NOW);
    expect(forCw.map((n) => [n.kind, n.familyName])).toEqual([["FOLLOW_UP_MISSED", "Familien Sen"]]);
    const forTh = await notificationsFor(th, NOW);
    expect(forTh.map((n) => n.kind).sort()).toEqual(["FOLLOW_UP_MISSED", "MEETING_INVITATION", "MEETING_INVITATION"]);
    expect(await notificationsFor(co, NOW)).toEqual([]);
  });

  it("keeps read per user", async () => {
    const [n] = await notificationsFor(cw, NOW);
    expect((await executeCommand(markNotificationRead, cw, { key: n!.key })).ok).toBe(true);
    expect((await notificationsFor(cw, NOW))[0]!.read).toBe(true);
    expect((await notificationsFor(th, NOW)).find((x) => x.key === n!.key)!.read).toBe(false);
  });

  it("marks all of a user's reminders read at once, and only that user's", async () => {
    const before = await notificationsFor(th, NOW);
    expect(before.filter((n) => !n.read).length).toBeGreaterThanOrEqual(2);
    const result = await executeCommand(markAllNotificationsRead, th, {}, { now: NOW });
    expect(result).toEqual({ ok: true, data: { count: before.filter((n) => !n.read).length } });
    expect((await notificationsFor(th, NOW)).every((n) => n.read)).toBe(true);
    // The overdue reminder the therapist shares with the caseworker stays unread for the caseworker's colleague.
    expect((await notificationsFor(cw2, NOW)).some((n) => !n.read)).toBe(true);
    // Again: nothing left to mark, nothing fails.
    expect(await executeCommand(markAllNotificationsRead, th, {}, { now: NOW })).toEqual({ ok: true, data: { count: 0 } });
  });

    it("tells a caseworker of a cycle ending within 14 days and a plan awaiting agreement, with links and dates", async () => {
    const list = await notificationsFor(cw2, NOW);
    expect(list.map((n) => [n.kind, n.familyName, n.date])).toEqual([
      ["PLAN_AWAITING_AGREEMENT", "Familien Udkast", "2026-11-20"],
      ["PHASE_ENDING", "Familien Slut", "2026-12-01"],
    ]);
    const [draft, ending] = list;
    expect(draft!.href).toMatch(/^\/families\/[^/]+\/plan$/);
    expect(ending!.href).toMatch(/^\/families\/[^/]+$/);
    expect(ending!.key).toMatch(/^ending:[^:]+:2026-12-01$/);
  });

  it("gives the therapist the meeting date in Copenhagen and nothing of other caseworkers' families", async () => {
    const meetings = (await notificationsFor(th, NOW)).filter((n) => n.kind === "MEETING_INVITATION");
    expect(meetings.map((n) => [n.familyName, n.date])).toEqual([["Familien Rettid", "2026-11-28"], ["Familien Sen", "2026-11-30"]]);
    expect((await notificationsFor(th, NOW)).some((n) => ["Familien Slut", "Familien Udkast"].includes(n.familyName))).toBe(false);
  });

  it("audits a view of the list (it names families), but not the layout's count", async () => {
    const before = (await auditRows({ actorId: cw2.id, action: "VIEW" })).length;
    await notificationsFor(cw2, NOW);
    expect((await auditRows({ actorId: cw2.id, action: "VIEW" })).length).toBe(before);
    await listNotifications(cw2, NOW);
    const views = await auditRows({ actorId: cw2.id, action: "VIEW" });
    // One row per family named in the list: the draft's family and the ending cycle's family.
    expect(views).toHaveLength(before + 2);
    const names = await Promise.all(views.slice(-2).map(async (v) => (await (await getDb()).family.findUniqueOrThrow({ where: { id: v.familyId! } })).displayName));
    expect(names.sort()).toEqual(["Familien Slut", "Familien Udkast"]);
    expect(views.slice(-2).every((v) => v.recordType === "Notifications")).toBe(true);
  });
});

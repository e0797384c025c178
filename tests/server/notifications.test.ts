import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { markNotificationRead } from "@/features/notifications/commands";
import { notificationsFor } from "@/features/notifications/queries";
import { actorFor, makeFamily, makeMunicipality, makeUser } from "../support/factories";

let cw: Actor, th: Actor, co: Actor;
const NOW = new Date("2026-11-23T10:00:00Z");

beforeAll(async () => {
  const m = await makeMunicipality();
  [cw, th, co] = (await Promise.all([makeUser("CASEWORKER", m.id), makeUser("THERAPIST", m.id), makeUser("COORDINATOR", m.id)].map(async (u) => actorFor((await u).id)))) as [Actor, Actor, Actor];
  const db = await getDb();
  const overdue = await makeFamily(m.id, { caseworkerId: cw.id, therapistId: th.id, name: "Familien Sen" });
  await db.family.update({ where: { id: overdue.id }, data: { currentPhase: "CHANGE", nextFollowUpDue: new Date("2026-11-10T00:00:00Z") } });
  const onTime = await makeFamily(m.id, { caseworkerId: cw.id, name: "Familien Rettid" });
  await db.family.update({ where: { id: onTime.id }, data: { currentPhase: "CHANGE", nextFollowUpDue: new Date("2026-11-21T00:00:00Z") } });
  await db.meeting.create({
    data: { municipalityId: m.id, familyId: overdue.id, calledById: co.id, startsAt: new Date("2026-11-30T08:00:00Z"), endsAt: new Date("2026-11-30T09:00:00Z"), purpose: "Møde", agenda: [],
      participants: { create: [{ kind: "USER", userId: th.id, name: "T" }] } },
  });
});

describe("reminders", () => {
  it("tells the caseworker and therapist of an overdue follow-up (not one still inside its window), and the invited of a meeting", async () => {
    const forCw = await notificationsFor(cw, NOW);
    expect(forCw.map((n) => [n.kind, n.familyName])).toEqual([["FOLLOW_UP_OVERDUE", "Familien Sen"]]);
    const forTh = await notificationsFor(th, NOW);
    expect(forTh.map((n) => n.kind).sort()).toEqual(["FOLLOW_UP_OVERDUE", "MEETING_INVITATION"]);
    expect(await notificationsFor(co, NOW)).toEqual([]);
  });

  it("keeps read per user", async () => {
    const [n] = await notificationsFor(cw, NOW);
    expect((await executeCommand(markNotificationRead, cw, { key: n!.key })).ok).toBe(true);
    expect((await notificationsFor(cw, NOW))[0]!.read).toBe(true);
    expect((await notificationsFor(th, NOW)).find((x) => x.key === n!.key)!.read).toBe(false);
  });
});

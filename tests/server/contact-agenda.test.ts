import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { consultantCancellations, siteContactAgenda } from "@/features/contact/agenda";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";

// Monday 23 November 2026, 10:00 in Copenhagen.
const NOW = new Date("2026-11-23T09:00:00Z");
let familyId: string;
let staff: Actor, otherStaff: Actor, consultant: Actor, otherMunicipalityConsultant: Actor;

beforeAll(async () => {
  const db = await getDb();
  const m = await makeMunicipality();
  const other = await makeMunicipality();
  const site = await makeSite("Plejefamilien Lund");
  const elsewhere = await makeSite("Opholdsstedet Bakken");
  staff = await actorFor((await joinSite((await makeUser("SITE", null)).id, site.id, "STAFF")).userId);
  otherStaff = await actorFor((await joinSite((await makeUser("SITE", null)).id, elsewhere.id, "STAFF")).userId);
  consultant = await actorFor((await joinSite((await makeUser("CONSULTANT", m.id)).id, site.id, "CONSULTANT")).userId);
  otherMunicipalityConsultant = await actorFor((await joinSite((await makeUser("CONSULTANT", other.id)).id, site.id, "CONSULTANT")).userId);
  const family = await makeFamily(m.id, { siteId: site.id });
  const child = family.children[0]!;
  familyId = family.id;
  await db.child.update({ where: { id: child.id }, data: { name: "Ida Jensen" } });
  const sessions: [string, "PLANNED" | "HELD" | "CANCELLED_BY_PARENT" | "CANCELLED_BY_SITE"][] = [
    ["2026-09-01", "PLANNED"], // older than 60 days: no longer nagged about
    ["2026-10-20", "CANCELLED_BY_PARENT"], // older than 30 days
    ["2026-11-02", "CANCELLED_BY_SITE"],
    ["2026-11-10", "PLANNED"], // past, not recorded
    ["2026-11-17", "HELD"],
    ["2026-11-23", "PLANNED"], // today: this week, not yet "unrecorded"
    ["2026-11-29", "PLANNED"], // Sunday: still this week
    ["2026-11-30", "PLANNED"], // next week
  ];
  await db.contactPlan.create({
    data: {
      childId: child.id,
      versions: { create: [{ number: 1, frequency: "WEEKLY", durationMinutes: 120, place: "Hjemme", supervised: false, mode: "IN_PERSON", validFrom: new Date("2026-08-01T00:00:00Z"), createdById: consultant.id }] },
      sessions: { create: sessions.map(([date, status]) => ({ date: new Date(`${date}T00:00:00Z`), status })) },
    },
  });
});

describe("contact sessions on the site's and the consultant's home pages", () => {
  it("shows the site this Monday-to-Sunday week and the past sessions of the last 60 days not yet recorded", async () => {
    const agenda = await siteContactAgenda(staff, NOW);
    expect([agenda.monday, agenda.sunday]).toEqual(["2026-11-23", "2026-11-29"]);
    expect(agenda.week.map((s) => [s.date, s.status, s.childName])).toEqual([["2026-11-23", "PLANNED", "Ida Jensen"], ["2026-11-29", "PLANNED", "Ida Jensen"]]);
    expect(agenda.unrecorded.map((s) => s.date)).toEqual(["2026-11-10"]);
    expect((await auditRows({ actorId: staff.id, action: "VIEW" })).map((e) => [e.recordType, e.familyId])).toEqual([["ContactAgenda", familyId]]);
  });

  it("shows another site nothing of this child", async () => {
    const agenda = await siteContactAgenda(otherStaff, NOW);
    expect([...agenda.week, ...agenda.unrecorded]).toEqual([]);
  });

  it("shows the consultant the last 30 days' cancellations at their sites, only for their municipality's children", async () => {
    const list = await consultantCancellations(consultant, NOW);
    expect(list.map((s) => [s.date, s.status, s.childName, s.siteName])).toEqual([["2026-11-02", "CANCELLED_BY_SITE", "Ida Jensen", "Plejefamilien Lund"]]);
    expect(await consultantCancellations(otherMunicipalityConsultant, NOW)).toEqual([]);
    expect(await consultantCancellations(staff, NOW)).toEqual([]);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { commentContactPlan, recordContactSession, saveContactPlan } from "@/features/contact/commands";
import { loadChildContactPlan, loadConsultantSite, loadSiteChild } from "@/features/contact/queries";
import { callMeeting } from "@/features/meetings/commands";
import { loadMeeting, upcomingMeetings } from "@/features/meetings/queries";
import { loadFamilyPage } from "@/features/families/page-data";
import { loadFollowUpForm } from "@/features/follow-ups/queries";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";

// The people around the child: the caseworker decides the contact plan, the site records the
// sessions, the consultant comments, the coordinator calls meetings. Each sees only their part.
const at = (iso: string) => ({ now: new Date(iso) });
let cw: Actor, th: Actor, co: Actor, cons: Actor, otherCons: Actor, site: Actor, otherSite: Actor, foreignCo: Actor;
let fam: { id: string; children: { id: string }[] };
let otherFam: { id: string; children: { id: string }[] };

beforeAll(async () => {
  const m = await makeMunicipality("Herning");
  const foreign = await makeMunicipality("Aarhus");
  const lund = await makeSite("Plejefamilien Lund");
  const bakke = await makeSite("Bakkehuset");
  const ids = {
    cw: await makeUser("CASEWORKER", m.id), th: await makeUser("THERAPIST", m.id), co: await makeUser("COORDINATOR", m.id),
    cons: await makeUser("CONSULTANT", m.id), otherCons: await makeUser("CONSULTANT", m.id),
    site: await makeUser("SITE", null), otherSite: await makeUser("SITE", null), foreignCo: await makeUser("COORDINATOR", foreign.id),
  };
  await joinSite(ids.cons.id, lund.id, "CONSULTANT");
  await joinSite(ids.otherCons.id, bakke.id, "CONSULTANT");
  await joinSite(ids.site.id, lund.id, "STAFF");
  await joinSite(ids.otherSite.id, bakke.id, "STAFF");
  fam = await makeFamily(m.id, { caseworkerId: ids.cw.id, therapistId: ids.th.id, siteId: lund.id });
  otherFam = await makeFamily(m.id, { caseworkerId: ids.cw.id, siteId: bakke.id });
  [cw, th, co, cons, otherCons, site, otherSite, foreignCo] = (await Promise.all(
    [ids.cw, ids.th, ids.co, ids.cons, ids.otherCons, ids.site, ids.otherSite, ids.foreignCo].map((u) => actorFor(u.id)),
  )) as [Actor, Actor, Actor, Actor, Actor, Actor, Actor, Actor];
});

const weekly = (over: Record<string, unknown> = {}) => ({
  familyId: fam.id, childId: fam.children[0]!.id, basedOnNumber: 0, frequency: "WEEKLY", durationMinutes: 120, place: "Familiehuset",
  supervised: "on", supervisedBy: "Familiehuset", mode: "IN_PERSON", validFrom: "2026-11-02", validTo: "2026-12-28", notes: "", ...over,
});

describe("contact plans", () => {
  it("refuses an end before the start and changes nothing", async () => {
    const result = await executeCommand(saveContactPlan, cw, weekly({ validTo: "2026-11-01" }), at("2026-11-09T10:00:00Z"));
    expect(result).toMatchObject({ ok: false, code: "RULE", reason: "CONTACT_END_BEFORE_START" });
    expect(await (await getDb()).contactPlan.count()).toBe(0);
  });

  it("saves a weekly plan and schedules its sessions from its start (a week ago) to its end", async () => {
    const result = await executeCommand(saveContactPlan, cw, weekly(), at("2026-11-09T10:00:00Z"));
    expect(result.ok).toBe(true);
    const sessions = await (await getDb()).contactSession.findMany({ orderBy: { date: "asc" } });
    expect(sessions.map((s) => s.date.toISOString().slice(0, 10))).toEqual(["2026-11-02", "2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14", "2026-12-21", "2026-12-28"]);
  });

  it("keeps the previous version readable when the plan changes, and refuses a stale form", async () => {
    expect((await executeCommand(saveContactPlan, cw, weekly({ basedOnNumber: 1, place: "Biblioteket" }), at("2026-11-10T10:00:00Z"))).ok).toBe(true);
    expect(await executeCommand(saveContactPlan, cw, weekly({ basedOnNumber: 1, place: "Svømmehallen" }), at("2026-11-10T10:00:00Z"))).toMatchObject({ ok: false, code: "CONFLICT" });
    const view = await loadChildContactPlan(th, fam.id, fam.children[0]!.id);
    expect(view?.plan?.versions.map((v) => [v.number, v.place])).toEqual([[2, "Biblioteket"], [1, "Familiehuset"]]);
  });

  it("lets the site record a past session for its own child, not a future one", async () => {
    const db = await getDb();
    const [past, future] = await Promise.all([
      db.contactSession.findFirstOrThrow({ where: { date: new Date("2026-11-16T00:00:00Z") } }),
      db.contactSession.findFirstOrThrow({ where: { date: new Date("2026-11-30T00:00:00Z") } }),
    ]);
    const now = at("2026-11-17T12:00:00Z");
    expect((await executeCommand(recordContactSession, site, { sessionId: past.id, version: past.version, status: "HELD", observation: "God stemning" }, now)).ok).toBe(true);
    expect(await executeCommand(recordContactSession, site, { sessionId: future.id, version: future.version, status: "HELD" }, now)).toMatchObject({ ok: false, reason: "SESSION_IN_FUTURE" });
  });

  it("answers another site's attempt as not found, audited, with the session unchanged", async () => {
    const db = await getDb();
    const session = await db.contactSession.findFirstOrThrow({ where: { date: new Date("2026-11-23T00:00:00Z") } });
    const result = await executeCommand(recordContactSession, otherSite, { sessionId: session.id, version: session.version, status: "CANCELLED_BY_SITE" }, at("2026-11-24T12:00:00Z"));
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await db.contactSession.findUniqueOrThrow({ where: { id: session.id } })).status).toBe("PLANNED");
    expect(await auditRows({ actorId: otherSite.id, action: "ACCESS_DENIED" })).not.toHaveLength(0);
  });

  it("shows the site the child, parents and plan, and nothing of another site's child", async () => {
    const mine = await loadSiteChild(site, fam.children[0]!.id, new Date("2026-11-24T12:00:00Z"));
    expect(mine?.child.parents).toHaveLength(1);
    expect(mine?.recorded.map((s) => s.status)).toEqual(["HELD"]);
    expect(Object.keys(mine ?? {})).not.toContain("plan");
    expect(await loadSiteChild(site, otherFam.children[0]!.id)).toBeNull();
  });

  it("never gives a site user the family page, the follow-up form or the family's contact page", async () => {
    expect(await loadFamilyPage(site, fam.id)).toBeNull();
    expect(await loadFollowUpForm(site, fam.id)).toBeNull();
    expect(await loadChildContactPlan(site, fam.id, fam.children[0]!.id)).toBeNull();
  });

  it("lets the site's consultant see the counts and comment; another consultant gets not found", async () => {
    const view = await loadConsultantSite(cons, (await (await getDb()).placementSite.findFirstOrThrow({ where: { name: "Plejefamilien Lund" } })).id, new Date("2026-11-24T12:00:00Z"));
    const child = view!.children.find((c) => c.id === fam.children[0]!.id)!;
    expect(child.counts.held).toBe(1);
    expect((await executeCommand(commentContactPlan, cons, { contactPlanId: child.contactPlanId, body: "Samværet fungerer fint om onsdagen." })).ok).toBe(true);
    expect(await executeCommand(commentContactPlan, otherCons, { contactPlanId: child.contactPlanId, body: "x" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    const forCaseworker = await loadChildContactPlan(cw, fam.id, fam.children[0]!.id);
    expect(forCaseworker?.comments.map((c) => c.body)).toEqual(["Samværet fungerer fint om onsdagen."]);
  });
});

describe("meetings", () => {
  const meeting = (over: Record<string, unknown> = {}) => ({
    familyId: fam.id, date: "2026-12-01", startTime: "09:00", endTime: "10:30", location: "Rådhuset", purpose: "Fælles plan",
    agenda: "Status\nNæste skridt", invitedUserIds: [cw.id, th.id], inviteParents: "on",
    externals: [{ name: "Kirsten Bo", organisation: "Jobcenter", email: "" }], ...over,
  });

  it("refuses a meeting in the past and an invitation across municipalities", async () => {
    expect(await executeCommand(callMeeting, co, meeting({ date: "2026-11-20" }), at("2026-11-24T12:00:00Z"))).toMatchObject({ ok: false, reason: "MEETING_IN_PAST" });
    expect(await executeCommand(callMeeting, co, meeting({ invitedUserIds: [foreignCo.id] }), at("2026-11-24T12:00:00Z"))).toMatchObject({ ok: false, reason: "INVITEE_NOT_ALLOWED" });
    expect(await (await getDb()).meeting.count()).toBe(0);
  });

  it("is called by the coordinator; the invited see it, others do not", async () => {
    const result = await executeCommand(callMeeting, co, meeting(), at("2026-11-24T12:00:00Z"));
    expect(result.ok).toBe(true);
    const id = (result as { data: { meetingId: string } }).data.meetingId;
    const now = new Date("2026-11-24T12:00:00Z");
    expect((await upcomingMeetings(th, now)).meetings.map((m) => m.id)).toEqual([id]);
    expect((await upcomingMeetings(cw, now)).meetings.map((m) => m.id)).toEqual([id]);
    expect(await upcomingMeetings(cons, now)).toEqual({ meetings: [], total: 0 });
    expect(await loadMeeting(cons, id)).toBeNull();
    expect(await loadMeeting(foreignCo, id)).toBeNull();
    // 09:00 in Copenhagen in winter is 08:00 UTC.
    expect((await loadMeeting(th, id))?.startsAt.toISOString()).toBe("2026-12-01T08:00:00.000Z");
  });
});

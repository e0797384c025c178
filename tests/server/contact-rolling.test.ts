import { beforeAll, describe, expect, it } from "vitest";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { recordContactSession, saveContactPlan } from "@/features/contact/commands";
import { loadChildContactPlan, loadSiteChild } from "@/features/contact/queries";
import { siteContactAgenda } from "@/features/contact/agenda";
import { topUpContactPlan, topUpContactPlans } from "@/features/contact/rolling";
import { contactTopUpTick } from "@/features/contact/rolling-job";
import { actorFor, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// Monday 23 November 2026, 10:00 in Copenhagen; its horizon (182 days) is Monday 24 May 2027.
const NOW = "2026-11-23T09:00:00Z";
const at = (iso: string) => ({ now: new Date(iso) });
const day = (d: string) => new Date(`${d}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

let municipalityId: string, siteId: string;
let cw: Actor, site: Actor, otherSite: Actor;

beforeAll(async () => {
  const m = await makeMunicipality();
  municipalityId = m.id;
  const lund = await makeSite("Plejefamilien Lund");
  const bakke = await makeSite("Bakkehuset");
  siteId = lund.id;
  const cwUser = await makeUser("CASEWORKER", m.id);
  cw = await actorFor(cwUser.id);
  site = await actorFor((await joinSite((await makeUser("SITE", null)).id, lund.id, "STAFF")).userId);
  otherSite = await actorFor((await joinSite((await makeUser("SITE", null)).id, bakke.id, "STAFF")).userId);
});

/** A family of its own for each test, its child placed at Plejefamilien Lund. */
async function placedChild() {
  const family = await makeFamily(municipalityId, { caseworkerId: cw.id, siteId });
  return { familyId: family.id, childId: family.children[0]!.id };
}

const plan = (ids: { familyId: string; childId: string }, over: Record<string, unknown> = {}) => ({
  ...ids, basedOnNumber: 0, frequency: "WEEKLY", durationMinutes: 120, place: "Familiehuset", mode: "IN_PERSON", validFrom: "2026-11-23", validTo: "", notes: "", ...over,
});

async function sessionsOf(childId: string) {
  const db = await getDb();
  const rows = await db.contactSession.findMany({ where: { contactPlan: { childId } }, orderBy: { date: "asc" }, select: { id: true, date: true, status: true, observation: true, version: true } });
  return rows.map((s) => ({ ...s, date: iso(s.date) }));
}

async function planOf(childId: string) {
  return (await getDb()).contactPlan.findFirstOrThrow({ where: { childId }, select: { id: true, sessionsUntil: true } });
}

describe("the rolling horizon", () => {
  it("a saved open-ended plan has every session up to today + 182 days, and topping up again creates no duplicates", async () => {
    const ids = await placedChild();
    expect((await executeCommand(saveContactPlan, cw, plan(ids), at(NOW))).ok).toBe(true);
    const first = await sessionsOf(ids.childId);
    expect(first).toHaveLength(27);
    expect([first[0]!.date, first.at(-1)!.date]).toEqual(["2026-11-23", "2027-05-24"]);
    expect(iso((await planOf(ids.childId)).sessionsUntil!)).toBe("2027-05-24");

    const db = await getDb();
    expect(await topUpContactPlans(db, "2026-11-23", { slackDays: 0 })).toMatchObject({ created: 0, failed: 0 });
    expect(await contactTopUpTick(new Date(NOW))).toMatchObject({ created: 0, failed: 0 });
    // Even when the marker is lost and every date is inserted again, the unique (plan, date) keeps one each.
    const { id } = await planOf(ids.childId);
    await db.contactPlan.update({ where: { id }, data: { sessionsUntil: day("2026-11-01") } });
    expect(await db.$transaction((tx) => topUpContactPlan(tx, id, "2026-11-23"))).toBe(0);
    expect(await sessionsOf(ids.childId)).toEqual(first);
  });

  it("moves with the clock: the daily job extends an open-ended plan that nobody opens", async () => {
    const ids = await placedChild();
    await executeCommand(saveContactPlan, cw, plan(ids), at(NOW));
    // A month later: sessions run to 23 June 2027 (its last Monday is the 21st).
    const run = await contactTopUpTick(new Date("2026-12-23T09:00:00Z"));
    expect(run).toMatchObject({ failed: 0 });
    const sessions = await sessionsOf(ids.childId);
    expect(sessions.at(-1)!.date).toBe("2027-06-21");
    expect(sessions).toHaveLength(31);
    expect(new Set(sessions.map((s) => s.date)).size).toBe(31);
    expect(iso((await planOf(ids.childId)).sessionsUntil!)).toBe("2027-06-23");
    // A plan that has ended is still marked as done, so it is not looked at again tomorrow.
    const ended = await placedChild();
    await executeCommand(saveContactPlan, cw, plan(ended, { validTo: "2026-12-14" }), at(NOW));
    await contactTopUpTick(new Date("2026-12-23T09:00:00Z"));
    expect((await sessionsOf(ended.childId)).map((s) => s.date)).toEqual(["2026-11-23", "2026-11-30", "2026-12-07", "2026-12-14"]);
    expect(iso((await planOf(ended.childId)).sessionsUntil!)).toBe("2027-06-23");
  });

  it("the site's pages top a plan up when it runs short, not on every read, and never for another site", async () => {
    const ids = await placedChild();
    await executeCommand(saveContactPlan, cw, plan(ids), at(NOW));
    // Six days later the horizon is less than the slack ahead of what exists: nothing is written.
    await loadSiteChild(site, ids.childId, new Date("2026-11-29T09:00:00Z"));
    expect(iso((await planOf(ids.childId)).sessionsUntil!)).toBe("2027-05-24");
    // Another site's attempt tops up nothing.
    expect(await loadSiteChild(otherSite, ids.childId, new Date("2027-01-04T09:00:00Z"))).toBeNull();
    await siteContactAgenda(otherSite, new Date("2027-01-04T09:00:00Z"));
    expect(iso((await planOf(ids.childId)).sessionsUntil!)).toBe("2027-05-24");
    // Six weeks later the site's own agenda extends it to the new horizon (Monday 5 July 2027).
    await siteContactAgenda(site, new Date("2027-01-04T09:00:00Z"));
    expect(iso((await planOf(ids.childId)).sessionsUntil!)).toBe("2027-07-05");
    expect((await sessionsOf(ids.childId)).at(-1)!.date).toBe("2027-07-05");
    const audit = await (await getDb()).auditEvent.findMany({ where: { recordType: "ContactSession", familyId: ids.familyId, action: "CREATE" } });
    expect(audit.map((a) => [a.actorId, (a.details as { created: number }).created])).toEqual([[null, 6]]);
  });

  it("the caseworker's plan page shows the next five sessions", async () => {
    const ids = await placedChild();
    await executeCommand(saveContactPlan, cw, plan(ids, { frequency: "MONTHLY", validFrom: "2026-10-31" }), at(NOW));
    const view = await loadChildContactPlan(cw, ids.familyId, ids.childId, new Date(NOW));
    expect(view?.next.map((s) => s.date)).toEqual(["2026-11-30", "2026-12-31", "2027-01-31", "2027-02-28", "2027-03-31"]);
    expect(view?.plan?.sessionsUntil).toBe("2027-05-24");
  });
});

describe("a new version supersedes the old one from its valid-from", () => {
  it("removes the old version's unrecorded sessions from then on, keeps recorded ones, and a later top-up does not bring them back", async () => {
    const ids = await placedChild();
    await executeCommand(saveContactPlan, cw, plan(ids, { validFrom: "2026-11-02" }), at("2026-11-02T09:00:00Z"));
    const before = await sessionsOf(ids.childId);
    const held = before.find((s) => s.date === "2026-11-09")!;
    const cancelled = before.find((s) => s.date === "2026-11-16")!;
    expect((await executeCommand(recordContactSession, site, { sessionId: held.id, version: held.version, status: "HELD", observation: "God stemning" }, at("2026-11-17T12:00:00Z"))).ok).toBe(true);
    expect((await executeCommand(recordContactSession, site, { sessionId: cancelled.id, version: cancelled.version, status: "CANCELLED_BY_PARENT" }, at("2026-11-17T12:00:00Z"))).ok).toBe(true);

    // Wednesday 18 November: from Thursday the 12th on, every other Thursday instead of every Monday.
    const result = await executeCommand(saveContactPlan, cw, plan(ids, { basedOnNumber: 1, frequency: "EVERY_OTHER_WEEK", validFrom: "2026-11-12" }), at("2026-11-18T09:00:00Z"));
    expect(result.ok).toBe(true);
    const after = await sessionsOf(ids.childId);
    expect(after.filter((s) => s.date <= "2026-12-10").map((s) => [s.date, s.status])).toEqual([
      ["2026-11-02", "PLANNED"], // before the new version: the old one still governs
      ["2026-11-09", "HELD"],
      ["2026-11-12", "PLANNED"],
      ["2026-11-16", "CANCELLED_BY_PARENT"], // recorded, so kept although the new rhythm has no Monday
      ["2026-11-26", "PLANNED"],
      ["2026-12-10", "PLANNED"],
    ]);
    expect(after.find((s) => s.date === "2026-11-09")).toMatchObject({ id: held.id, observation: "God stemning" });
    const thursdays = (list: typeof after) => list.filter((s) => s.date > "2026-11-16").every((s) => new Date(`${s.date}T00:00:00Z`).getUTCDay() === 4);
    expect(thursdays(after)).toBe(true);
    await contactTopUpTick(new Date("2027-02-01T09:00:00Z"));
    const later = await sessionsOf(ids.childId);
    expect(thursdays(later)).toBe(true);
    expect(later.at(-1)!.date > "2027-07-01").toBe(true);
  });

  it("a refused save (a stale form) leaves the plan and its sessions exactly as they were", async () => {
    const ids = await placedChild();
    await executeCommand(saveContactPlan, cw, plan(ids), at(NOW));
    const before = await caseFingerprint();
    expect(await executeCommand(saveContactPlan, cw, plan(ids, { basedOnNumber: 0, frequency: "MONTHLY", validFrom: "2026-10-01" }), at(NOW))).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await executeCommand(saveContactPlan, site, plan(ids, { basedOnNumber: 1, validFrom: "2026-10-01" }), at(NOW))).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await caseFingerprint()).toBe(before);
  });
});

describe("a plan valid from a past date", () => {
  it("gets its past sessions, which the site sees as to be recorded and can record", async () => {
    const ids = await placedChild();
    await executeCommand(saveContactPlan, cw, plan(ids, { validFrom: "2026-10-07" }), at(NOW));
    const past = ["2026-10-07", "2026-10-14", "2026-10-21", "2026-10-28", "2026-11-04", "2026-11-11", "2026-11-18"];
    const view = await loadSiteChild(site, ids.childId, new Date(NOW));
    expect(view?.toRecord.map((s) => s.date)).toEqual(past);
    expect(view?.coming.map((s) => s.date)).toEqual(["2026-11-25", "2026-12-02", "2026-12-09", "2026-12-16", "2026-12-23"]);
    const agenda = await siteContactAgenda(site, new Date(NOW));
    expect(agenda.unrecorded.filter((s) => s.childId === ids.childId).map((s) => s.date)).toEqual(past);
    const first = view!.toRecord[0]!;
    expect((await executeCommand(recordContactSession, site, { sessionId: first.id, version: first.version, status: "HELD" }, at(NOW))).ok).toBe(true);
    expect((await sessionsOf(ids.childId))[0]).toMatchObject({ date: "2026-10-07", status: "HELD" });
  });

  it("reaches at most a year back, however old its valid-from", async () => {
    const ids = await placedChild();
    await executeCommand(saveContactPlan, cw, plan(ids, { validFrom: "2023-01-04" }), at(NOW));
    const sessions = await sessionsOf(ids.childId);
    // 23 November 2025 is a year back; the plan's Wednesdays go on from the first one after it.
    expect(sessions[0]!.date).toBe("2025-11-26");
    expect(sessions.filter((s) => s.date < "2026-11-23")).toHaveLength(52);
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import type { ZodType } from "zod";
import { executeCommand, type Command } from "@/server/command";
import { getDb } from "@/server/db";
import type { Actor } from "@/server/authz/actor";
import { staffToken } from "@/domain/people";
import * as people from "@/features/people/commands";
import { enrolFamily } from "@/features/families/commands";
import { listFamilies } from "@/features/families/queries";
import { loadChildContactPlan, loadSiteChild } from "@/features/contact/queries";
import { loadFamilyPeople } from "@/features/people/queries";
import { actorFor, auditRows, joinSite, makeFamily, makeMunicipality, makeSite, makeUser } from "../support/factories";
import { caseFingerprint } from "../support/fingerprint";

// Placements and staff change, and reach follows them at once: a site sees a child only while it
// has the child's open placement, a caseworker a family only while assigned to it. Every refusal
// leaves the case data, the assignments and their history as they were.
const at = { now: new Date("2026-11-20T10:00:00Z") };
const TODAY = "2026-11-20";

let m: { id: string };
let cw: Actor, cw2: Actor, th: Actor, th2: Actor, co: Actor, otherCo: Actor, siteA: Actor, siteB: Actor, otherTh: Actor;
let sites: { a: string; b: string };

async function fingerprint(): Promise<string> {
  const db = await getDb();
  const [assignments, history] = await Promise.all([
    db.familyAssignment.findMany({ orderBy: { id: "asc" } }),
    db.assignmentHistory.findMany({ orderBy: { id: "asc" } }),
  ]);
  return (await caseFingerprint()) + JSON.stringify({ assignments, history });
}

async function expectRefused(command: Command<ZodType, unknown>, actor: Actor, input: Record<string, unknown>, expected: Record<string, unknown>) {
  const before = await fingerprint();
  const result = await executeCommand(command, actor, input, at);
  expect(result).toMatchObject({ ok: false, ...expected });
  expect(await fingerprint()).toBe(before);
}

/** A family of `cw` with one child placed at site A from 1 March, and a contact plan for the child. */
async function placedFamily() {
  const db = await getDb();
  const family = await makeFamily(m.id, { caseworkerId: cw.id, therapistId: th.id, siteId: sites.a });
  const child = family.children[0]!;
  await db.placement.updateMany({ where: { childId: child.id }, data: { startDate: new Date("2026-03-01T00:00:00Z") } });
  await db.contactPlan.create({
    data: {
      childId: child.id,
      versions: { create: [{ number: 1, frequency: "WEEKLY", durationMinutes: 60, place: "Familiehuset", supervised: true, mode: "IN_PERSON", validFrom: new Date("2026-11-01T00:00:00Z"), createdById: cw.id }] },
    },
  });
  const placement = await db.placement.findFirstOrThrow({ where: { childId: child.id } });
  return { family, child, placement };
}

beforeAll(async () => {
  m = await makeMunicipality("Vordingborg");
  const other = await makeMunicipality("Aarhus");
  const a = await makeSite("Plejefamilien Lund");
  const b = await makeSite("Opholdsstedet Solbakken");
  sites = { a: a.id, b: b.id };
  const users = {
    cw: await makeUser("CASEWORKER", m.id), cw2: await makeUser("CASEWORKER", m.id), th: await makeUser("THERAPIST", m.id), th2: await makeUser("THERAPIST", m.id),
    co: await makeUser("COORDINATOR", m.id), otherCo: await makeUser("COORDINATOR", other.id), otherTh: await makeUser("THERAPIST", other.id),
    siteA: await makeUser("SITE", null), siteB: await makeUser("SITE", null),
  };
  await joinSite(users.siteA.id, a.id, "STAFF");
  await joinSite(users.siteB.id, b.id, "STAFF");
  const a_ = async (u: { id: string }) => actorFor(u.id);
  [cw, cw2, th, th2, co] = [await a_(users.cw), await a_(users.cw2), await a_(users.th), await a_(users.th2), await a_(users.co)];
  [otherCo, otherTh, siteA, siteB] = [await a_(users.otherCo), await a_(users.otherTh), await a_(users.siteA), await a_(users.siteB)];
});

describe("moving a child to another site", () => {
  it("ends the old placement and starts the new one in one step; the old site loses the child, the new one gains it", async () => {
    const { family, child, placement } = await placedFamily();
    expect(await loadSiteChild(siteA, child.id, at.now)).not.toBeNull();
    expect(await loadSiteChild(siteB, child.id, at.now)).toBeNull();

    const result = await executeCommand(people.movePlacement, cw, {
      familyId: family.id, placementId: placement.id, version: placement.version, toSiteId: sites.b, type: "CHILDRENS_HOME", legalBasis: "VOLUNTARY", moveDate: TODAY,
    }, at);
    expect(result).toMatchObject({ ok: true });

    expect(await loadSiteChild(siteA, child.id, at.now)).toBeNull();
    const seen = await loadSiteChild(siteB, child.id, at.now);
    expect(seen?.version).toMatchObject({ place: "Familiehuset", frequency: "WEEKLY" });
    // The family's own professionals still read the contact plan.
    expect((await loadChildContactPlan(cw, family.id, child.id, at.now))?.plan?.versions).toHaveLength(1);

    const db = await getDb();
    const rows = await db.placement.findMany({ where: { childId: child.id }, orderBy: { createdAt: "asc" } });
    expect(rows.map((p) => [p.siteId, p.endDate?.toISOString().slice(0, 10) ?? null, p.endReasonKind])).toEqual([
      [sites.a, TODAY, "MOVED"],
      [sites.b, null, null],
    ]);
    expect(rows[1]!.startDate.toISOString().slice(0, 10)).toBe(TODAY);
    const audit = await auditRows({ actorId: cw.id, familyId: family.id });
    const move = audit.filter((r) => r.recordType === "Placement");
    expect(move).toHaveLength(2);
    for (const row of move) expect(row.details).toMatchObject({ fromSiteId: sites.a, toSiteId: sites.b, fromSite: "Plejefamilien Lund", toSite: "Opholdsstedet Solbakken" });
  });

  it("refuses a move on a placement whose version changed meanwhile, and a second move with the same form", async () => {
    const { family, placement } = await placedFamily();
    const form = { familyId: family.id, placementId: placement.id, version: placement.version, toSiteId: sites.b, type: "CHILDRENS_HOME", legalBasis: "VOLUNTARY", moveDate: TODAY };
    const db = await getDb();
    await db.placement.update({ where: { id: placement.id }, data: { legalBasis: "WITHOUT_CONSENT", version: { increment: 1 } } });
    await expectRefused(people.movePlacement, cw, form, { code: "CONFLICT" });
    const fresh = { ...form, version: placement.version + 1 };
    expect(await executeCommand(people.movePlacement, cw, fresh, at)).toMatchObject({ ok: true });
    await expectRefused(people.movePlacement, cw, fresh, { code: "CONFLICT" });
  });

  it("refuses the same site, a future date and a date before the placement began, changing nothing", async () => {
    const { family, placement } = await placedFamily();
    const form = { familyId: family.id, placementId: placement.id, version: 1, toSiteId: sites.b, type: "CHILDRENS_HOME", legalBasis: "VOLUNTARY", moveDate: TODAY };
    await expectRefused(people.movePlacement, cw, { ...form, toSiteId: sites.a }, { code: "RULE", reason: "MOVE_TO_SAME_SITE", fieldErrors: { toSiteId: [{ key: "reasons.MOVE_TO_SAME_SITE" }] } });
    await expectRefused(people.movePlacement, cw, { ...form, moveDate: "2026-11-21" }, { code: "RULE", reason: "MOVE_IN_FUTURE" });
    await expectRefused(people.movePlacement, cw, { ...form, moveDate: "2026-02-28" }, { code: "RULE", reason: "MOVE_BEFORE_START" });
    await expectRefused(people.movePlacement, cw, { ...form, toSiteId: "no-such-site" }, { code: "RULE", reason: "UNKNOWN_SITE" });
    await expectRefused(people.movePlacement, cw, { ...form, moveDate: "2026-13-01" }, { code: "VALIDATION" });
  });

  it("is not for the site, the therapist, another caseworker or another municipality: not found, nothing changed", async () => {
    const { family, placement } = await placedFamily();
    const form = { familyId: family.id, placementId: placement.id, version: 1, toSiteId: sites.b, type: "CHILDRENS_HOME", legalBasis: "VOLUNTARY", moveDate: TODAY };
    for (const who of [siteA, th, cw2, co, otherCo]) await expectRefused(people.movePlacement, who, form, { code: "NOT_FOUND" });
  });
});

describe("starting and ending placements", () => {
  it("ends a placement with a reason; the site loses the child; 'other' wants words", async () => {
    const { family, child, placement } = await placedFamily();
    const form = { familyId: family.id, placementId: placement.id, version: 1, endDate: TODAY, endReason: "OTHER", endReasonText: "" };
    await expectRefused(people.endPlacement, cw, form, { code: "RULE", reason: "PLACEMENT_END_TEXT_REQUIRED", fieldErrors: { endReasonText: [{ key: "reasons.PLACEMENT_END_TEXT_REQUIRED" }] } });
    await expectRefused(people.endPlacement, cw, { ...form, endReason: "RETURNED_HOME", endDate: "2026-02-01" }, { code: "RULE", reason: "PLACEMENT_END_BEFORE_START" });
    await expectRefused(people.endPlacement, cw, { ...form, endReason: "TURNED_18" }, { code: "RULE", reason: "NOT_YET_18" });
    await expectRefused(people.endPlacement, cw, { ...form, endReason: "SOMETHING" }, { code: "VALIDATION" });
    expect(await executeCommand(people.endPlacement, cw, { ...form, endReason: "RETURNED_HOME" }, at)).toMatchObject({ ok: true });
    expect(await loadSiteChild(siteA, child.id, at.now)).toBeNull();
    await expectRefused(people.endPlacement, cw, { ...form, version: 2, endReason: "RETURNED_HOME" }, { code: "RULE", reason: "PLACEMENT_ENDED" });
  });

  it("starts a placement for a child who has none, and not a second open one or one overlapping the last", async () => {
    const { family, child, placement } = await placedFamily();
    const start = { familyId: family.id, childId: child.id, siteId: sites.b, type: "CHILDRENS_HOME", legalBasis: "VOLUNTARY", startDate: TODAY };
    await expectRefused(people.startPlacement, cw, start, { code: "RULE", reason: "PLACEMENT_ALREADY_OPEN" });
    await executeCommand(people.endPlacement, cw, { familyId: family.id, placementId: placement.id, version: 1, endDate: "2026-10-01", endReason: "RETURNED_HOME" }, at);
    await expectRefused(people.startPlacement, cw, { ...start, startDate: "2026-09-30" }, { code: "RULE", reason: "PLACEMENT_OVERLAPS_PREVIOUS" });
    await expectRefused(people.startPlacement, cw, { ...start, startDate: "2026-11-21" }, { code: "RULE", reason: "PLACEMENT_START_IN_FUTURE" });
    await expectRefused(people.startPlacement, th, start, { code: "NOT_FOUND" });
    expect(await executeCommand(people.startPlacement, cw, start, at)).toMatchObject({ ok: true });
    expect(await loadSiteChild(siteB, child.id, at.now)).not.toBeNull();
  });

  it("keeps one open placement per child in the database too, whatever the application does", async () => {
    const { child } = await placedFamily();
    const db = await getDb();
    await expect(db.placement.create({ data: { childId: child.id, siteId: sites.b, type: "CHILDRENS_HOME", legalBasis: "VOLUNTARY", startDate: new Date("2026-11-01T00:00:00Z") } })).rejects.toThrow();
  });
});

describe("a child enrolled before a site is known", () => {
  it("is enrolled without a placement when no site is chosen, and placed later", async () => {
    const enrolled = await executeCommand(enrolFamily, cw, {
      displayName: "Familien Uden Sted", enrolledOn: "2026-11-02", therapistId: "",
      parents: [{ name: "Anna", hasCustody: "on" }],
      children: [{ name: "Bo", birthDate: "2019-01-01", placement: { siteId: "", type: "GENERAL_FOSTER_FAMILY", legalBasis: "VOLUNTARY", startDate: "2026-11-02" } }],
    }, at);
    expect(enrolled).toMatchObject({ ok: true });
    const familyId = (enrolled as { data: { familyId: string } }).data.familyId;
    const db = await getDb();
    const child = await db.child.findFirstOrThrow({ where: { familyId }, include: { placements: true } });
    expect(child.placements).toEqual([]);
    const started = await executeCommand(people.startPlacement, cw, { familyId, childId: child.id, siteId: sites.a, type: "GENERAL_FOSTER_FAMILY", legalBasis: "VOLUNTARY", startDate: TODAY }, at);
    expect(started).toMatchObject({ ok: true });
    expect(await loadSiteChild(siteA, child.id, at.now)).not.toBeNull();
    // Enrolment opened the history: the caseworker has held the family since.
    expect(await db.assignmentHistory.findMany({ where: { familyId }, select: { userId: true, role: true, toAt: true } })).toEqual([{ userId: cw.id, role: "CASEWORKER", toAt: null }]);
  });
});

describe("adding people to a family", () => {
  it("adds a child and a parent; refuses a birth date after today and a closed case", async () => {
    const { family } = await placedFamily();
    await expectRefused(people.addChild, cw, { familyId: family.id, name: "Lille", birthDate: "2026-11-21" }, { code: "RULE", reason: "BIRTH_DATE_IN_FUTURE" });
    await expectRefused(people.addChild, cw, { familyId: family.id, name: "", birthDate: "2026-01-01" }, { code: "VALIDATION", fieldErrors: { name: [{ key: "validation.required" }] } });
    await expectRefused(people.addChild, th, { familyId: family.id, name: "Lille", birthDate: "2026-01-01" }, { code: "NOT_FOUND" });
    expect(await executeCommand(people.addChild, cw, { familyId: family.id, name: "Lille", birthDate: "2026-01-01" }, at)).toMatchObject({ ok: true });
    expect(await executeCommand(people.addParent, cw, { familyId: family.id, name: "Far", phone: "12345678", hasCustody: "" }, at)).toMatchObject({ ok: true });
    const db = await getDb();
    expect((await db.child.findMany({ where: { familyId: family.id } })).map((c) => c.name)).toContain("Lille");
    expect(await db.parent.findFirst({ where: { familyId: family.id, name: "Far" } })).toMatchObject({ hasCustody: false, phone: "12345678" });

    await db.family.update({ where: { id: family.id }, data: { stage: "CLOSED" } });
    await expectRefused(people.addParent, cw, { familyId: family.id, name: "Mor" }, { code: "RULE", reason: "CASE_CLOSED" });
  });
});

describe("changing who works on a family", () => {
  async function staffOf(familyId: string) {
    const db = await getDb();
    return staffToken(await db.familyAssignment.findMany({ where: { familyId }, select: { userId: true, role: true } }));
  }

  it("hands a family to another caseworker: the new one lists it, the old one no longer does, and the history says who held it when", async () => {
    const { family } = await placedFamily();
    const result = await executeCommand(people.changeStaff, cw, { familyId: family.id, staffToken: await staffOf(family.id), caseworkerId: cw2.id, therapistIds: [th.id] }, at);
    expect(result).toMatchObject({ ok: true, data: { stillReaches: false } });
    expect((await listFamilies(cw2)).rows.map((r) => r.id)).toContain(family.id);
    expect((await listFamilies(cw)).rows.map((r) => r.id)).not.toContain(family.id);

    const view = await loadFamilyPeople(cw2, family.id, at.now);
    const held = view!.history.map((h) => [h.role, h.name === (cw.name) ? "old" : h.name === cw2.name ? "new" : "other", h.to ? "ended" : "now"]);
    expect(held).toEqual(expect.arrayContaining([["CASEWORKER", "old", "ended"], ["CASEWORKER", "new", "now"]]));
    expect(await loadFamilyPeople(cw, family.id, at.now)).toBeNull();
  });

  it("lets the coordinator change the therapists, never to someone of another municipality or role", async () => {
    const { family } = await placedFamily();
    const token = await staffOf(family.id);
    await expectRefused(people.changeStaff, co, { familyId: family.id, staffToken: token, caseworkerId: cw.id, therapistIds: [otherTh.id] }, { code: "RULE", reason: "UNKNOWN_STAFF" });
    await expectRefused(people.changeStaff, co, { familyId: family.id, staffToken: token, caseworkerId: th2.id, therapistIds: [th.id] }, { code: "RULE", reason: "UNKNOWN_STAFF", fieldErrors: { caseworkerId: [{ key: "reasons.UNKNOWN_STAFF" }] } });
    await expectRefused(people.changeStaff, co, { familyId: family.id, staffToken: token, caseworkerId: cw.id, therapistIds: [th.id] }, { code: "RULE", reason: "STAFF_UNCHANGED" });
    await expectRefused(people.changeStaff, co, { familyId: family.id, staffToken: token, caseworkerId: "", therapistIds: [] }, { code: "VALIDATION" });
    await expectRefused(people.changeStaff, th, { familyId: family.id, staffToken: token, caseworkerId: cw.id, therapistIds: [th2.id] }, { code: "NOT_FOUND" });
    await expectRefused(people.changeStaff, otherCo, { familyId: family.id, staffToken: token, caseworkerId: cw.id, therapistIds: [th2.id] }, { code: "NOT_FOUND" });

    expect(await executeCommand(people.changeStaff, co, { familyId: family.id, staffToken: token, caseworkerId: cw.id, therapistIds: [th2.id] }, at)).toMatchObject({ ok: true, data: { stillReaches: true } });
    expect((await listFamilies(th2)).rows.map((r) => r.id)).toContain(family.id);
    expect((await listFamilies(th)).rows.map((r) => r.id)).not.toContain(family.id);
  });

  it("answers a form opened on a line-up that changed meanwhile with a conflict", async () => {
    const { family } = await placedFamily();
    const stale = await staffOf(family.id);
    expect(await executeCommand(people.changeStaff, co, { familyId: family.id, staffToken: stale, caseworkerId: cw.id, therapistIds: [] }, at)).toMatchObject({ ok: true });
    await expectRefused(people.changeStaff, cw, { familyId: family.id, staffToken: stale, caseworkerId: cw2.id, therapistIds: [th.id] }, { code: "CONFLICT" });
  });
});

describe("every people command", () => {
  const ALL = Object.fromEntries(Object.entries(people).filter(([, v]) => v && typeof v === "object" && "run" in v)) as Record<string, Command<ZodType, unknown>>;
  async function inputs() {
    const { family, child, placement } = await placedFamily();
    const token = staffToken([{ userId: cw.id, role: "CASEWORKER" }, { userId: th.id, role: "THERAPIST" }]);
    const input: Record<string, Record<string, unknown>> = {
      addChild: { familyId: family.id, name: "Lille", birthDate: "2026-01-01" },
      addParent: { familyId: family.id, name: "Far" },
      startPlacement: { familyId: family.id, childId: child.id, siteId: sites.b, type: "CHILDRENS_HOME", legalBasis: "VOLUNTARY", startDate: TODAY },
      movePlacement: { familyId: family.id, placementId: placement.id, version: 1, toSiteId: sites.b, type: "CHILDRENS_HOME", legalBasis: "VOLUNTARY", moveDate: TODAY },
      endPlacement: { familyId: family.id, placementId: placement.id, version: 1, endDate: TODAY, endReason: "RETURNED_HOME" },
      changeStaff: { familyId: family.id, staffToken: token, caseworkerId: cw2.id, therapistIds: [] },
    };
    return { family, input };
  }

  it("has an input below for each command", async () => {
    expect(Object.keys((await inputs()).input).sort()).toEqual(Object.keys(ALL).sort());
  });

  it("answers every role of another municipality, and the site, with not found: audited, nothing changed", async () => {
    const { input } = await inputs();
    const outsiders = [otherCo, otherTh, siteA, siteB, await actorFor((await makeUser("CASEWORKER", (await makeMunicipality()).id)).id)];
    for (const [name, command] of Object.entries(ALL)) {
      for (const actor of outsiders) {
        const denied = (await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).length;
        await expectRefused(command, actor, input[name]!, { code: "NOT_FOUND" });
        expect((await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).length, `${name}`).toBe(denied + 1);
      }
    }
  });

  it("refuses every change to a closed case with CASE_CLOSED", async () => {
    const { family, input } = await inputs();
    const db = await getDb();
    await db.family.update({ where: { id: family.id }, data: { stage: "CLOSED" } });
    for (const [name, command] of Object.entries(ALL)) await expectRefused(command, name === "changeStaff" ? co : cw, input[name]!, { code: "RULE", reason: "CASE_CLOSED" });
  });

  it("answers hostile values with a validation error or not found, never a change", async () => {
    const HOSTILE: unknown[] = [null, 42, "x", [], { familyId: { $ne: null } }, { familyId: "x".repeat(10_000) }, { familyId: "1' OR '1'='1", version: -1, moveDate: "2026-02-30" }];
    const before = await fingerprint();
    for (const command of Object.values(ALL)) {
      for (const raw of HOSTILE) {
        const result = await executeCommand(command, cw, raw, at);
        expect(["VALIDATION", "NOT_FOUND"]).toContain((result as { code: string }).code);
      }
    }
    expect(await fingerprint()).toBe(before);
  });
});

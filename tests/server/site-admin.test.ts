import { describe, expect, it } from "vitest";
import { PGlite } from "@electric-sql/pglite";
import { listMigrations } from "@/server/db/migrate";
import { executeCommand } from "@/server/command";
import { getDb } from "@/server/db";
import { checkAccountToken } from "@/server/auth/account-tokens";
import type { Role } from "@/generated/prisma/enums";
import { createSite, createSiteUser, reinviteSiteUser, setSiteUserActive, updateSite } from "@/features/admin/sites-commands";
import { loadSiteEntry, searchSites } from "@/features/admin/sites-queries";
import { deliverInvitation } from "@/features/admin/users-invitation";
import { setPasswordWithToken } from "@/features/accounts/set-password";
import { listSiteChildren } from "@/features/sites/queries";
import { loadSiteChild } from "@/features/contact/queries";
import { actorFor, auditRows, makeFamily, makeMunicipality, makeUser } from "../support/factories";

let cvrSeq = 0;
/** A fresh valid CVR number (8 digits, modulus 11) for each site, so tests do not collide. */
function freshCvr(): string {
  const w = [2, 7, 6, 5, 4, 3, 2];
  for (;;) {
    cvrSeq += 1;
    const head = String(3000000 + ((Date.now() % 997) * 1000 + cvrSeq) % 6999999).padStart(7, "0");
    const sum = [...head].reduce((a, d, i) => a + Number(d) * w[i]!, 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return head + String(check);
  }
}

const siteForm = (over: Record<string, unknown> = {}) => ({
  name: "Børnehjemmet Egely", kind: "CHILDRENS_HOME", cvr: freshCvr(), address: "Egevej 1, 8000 Aarhus C",
  supervisingMunicipality: "Aarhus", approvedPlaces: "6", contactName: "Kim Leder", contactPhone: "12 34 56 78",
  contactEmail: "Kim@Egely.test", phone: "", email: "", ...over,
});

async function admin() {
  const m = await makeMunicipality();
  return { m, actor: await actorFor((await makeUser("ADMIN", m.id)).id) };
}

async function siteRow(id: string) {
  return (await getDb()).placementSite.findUniqueOrThrow({ where: { id } });
}

describe("registering a placement site", () => {
  it("stores the entry with who registered it, and audits the step", async () => {
    const { actor } = await admin();
    const form = siteForm();
    const result = await executeCommand(createSite, actor, { ...form, cvr: `DK ${form.cvr.slice(0, 4)} ${form.cvr.slice(4)}` });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(await siteRow(result.data.siteId)).toMatchObject({
      name: "Børnehjemmet Egely", kind: "CHILDRENS_HOME", cvr: form.cvr, approvedPlaces: 6, supervisingMunicipality: "Aarhus",
      contactName: "Kim Leder", contactEmail: "kim@egely.test", phone: null, email: null, updatedById: actor.id, version: 1,
    });
    expect((await auditRows({ actorId: actor.id, action: "CREATE", recordId: result.data.siteId })).map((r) => r.recordType)).toEqual(["PlacementSite"]);
  });

  it("checks the CVR number: modulus 11, required except for foster families", async () => {
    const { actor } = await admin();
    const count = async () => (await getDb()).placementSite.count();
    const before = await count();
    expect(await executeCommand(createSite, actor, siteForm({ cvr: "10150818" }))).toMatchObject({ ok: false, code: "RULE", reason: "CVR_INVALID", fieldErrors: { cvr: [{ key: "reasons.CVR_INVALID" }] } });
    expect(await executeCommand(createSite, actor, siteForm({ cvr: "" }))).toMatchObject({ ok: false, reason: "CVR_REQUIRED", fieldErrors: { cvr: [{ key: "reasons.CVR_REQUIRED" }] } });
    expect(await executeCommand(createSite, actor, siteForm({ approvedPlaces: "0" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { approvedPlaces: expect.any(Array) } });
    expect(await executeCommand(createSite, actor, siteForm({ kind: "OPHOLDSSTED" }))).toMatchObject({ ok: false, code: "VALIDATION", fieldErrors: { kind: expect.any(Array) } });
    expect(await count()).toBe(before);
    const foster = await executeCommand(createSite, actor, siteForm({ name: "Plejefamilien Holm", kind: "SPECIALISED_FOSTER_FAMILY", cvr: "", approvedPlaces: "1" }));
    expect(foster.ok).toBe(true);
    expect(await count()).toBe(before + 1);
  });

  it("refuses a duplicate CVR at the field, naming the existing site to open, and writes nothing", async () => {
    const { actor } = await admin();
    const form = siteForm({ name: "Kollegiet Solsiden", kind: "OWN_ROOM" });
    const first = await executeCommand(createSite, actor, form);
    if (!first.ok) throw new Error(first.code);
    const other = await admin();
    const before = await (await getDb()).placementSite.count();
    const again = await executeCommand(createSite, other.actor, siteForm({ name: "Solsiden igen", cvr: form.cvr }));
    expect(again).toMatchObject({ ok: false, code: "RULE", reason: "CVR_TAKEN", params: { siteId: first.data.siteId, name: "Kollegiet Solsiden" }, fieldErrors: { cvr: [{ key: "reasons.CVR_TAKEN" }] } });
    expect(await (await getDb()).placementSite.count()).toBe(before);
  });
});

describe("the shared register", () => {
  it("lets another municipality's admin find the site by name or CVR and edit it; who changed it is recorded", async () => {
    const a = await admin();
    const form = siteForm({ name: `Efterskolen Nordlys ${cvrSeq}`, kind: "BOARDING_SCHOOL" });
    const created = await executeCommand(createSite, a.actor, form);
    if (!created.ok) throw new Error(created.code);
    const b = await admin();
    const byName = await searchSites(b.actor, "nordlys", 1);
    expect(byName.sites.map((s) => s.id)).toContain(created.data.siteId);
    const byCvr = await searchSites(b.actor, form.cvr.slice(0, 6), 1);
    expect(byCvr.sites.map((s) => s.id)).toContain(created.data.siteId);

    const edited = await executeCommand(updateSite, b.actor, { ...form, siteId: created.data.siteId, version: "1", approvedPlaces: "40", contactName: "Ny Leder" });
    expect(edited.ok).toBe(true);
    expect(await siteRow(created.data.siteId)).toMatchObject({ approvedPlaces: 40, contactName: "Ny Leder", updatedById: b.actor.id, version: 2 });
    const entry = await loadSiteEntry(a.actor, created.data.siteId);
    expect(entry?.updatedBy?.name).toBe(b.actor.name);
    const audit = await auditRows({ actorId: b.actor.id, action: "UPDATE", recordId: created.data.siteId });
    expect(audit[0]?.details).toMatchObject({ changed: ["approvedPlaces", "contactName"] });
  });

  it("answers a stale edit form with a conflict and writes nothing", async () => {
    const a = await admin();
    const form = siteForm();
    const created = await executeCommand(createSite, a.actor, form);
    if (!created.ok) throw new Error(created.code);
    const siteId = created.data.siteId;
    expect((await executeCommand(updateSite, a.actor, { ...form, siteId, version: "1", name: "Først" })).ok).toBe(true);
    const before = await siteRow(siteId);
    expect(await executeCommand(updateSite, a.actor, { ...form, siteId, version: "1", name: "Forældet" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await siteRow(siteId)).toEqual(before);
  });

  it("never shows an admin who is placed at the site", async () => {
    const a = await admin();
    const created = await executeCommand(createSite, a.actor, siteForm());
    if (!created.ok) throw new Error(created.code);
    await makeFamily(a.m.id, { siteId: created.data.siteId, name: "Familien Hemmelig" });
    const entry = await loadSiteEntry(a.actor, created.data.siteId);
    expect(JSON.stringify(entry)).not.toMatch(/Hemmelig|Barn /);
    expect(Object.keys(entry!)).toEqual(["site", "users", "updatedBy"]);
  });

  it("answers an unknown or malformed site id as not found, and audits it", async () => {
    const { actor } = await admin();
    expect(await loadSiteEntry(actor, "../../etc")).toBeNull();
    expect(await executeCommand(updateSite, actor, { ...siteForm(), siteId: "nope", version: "1" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect((await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).length).toBeGreaterThan(0);
  });
});

describe("users of a site", () => {
  async function siteWithUser(a: Awaited<ReturnType<typeof admin>>, name: string) {
    const site = await executeCommand(createSite, a.actor, siteForm({ name }));
    if (!site.ok) throw new Error(site.code);
    const user = await executeCommand(createSiteUser, a.actor, { siteId: site.data.siteId, name: `Medarbejder på ${name}`, email: `${name.replace(/\W/g, "")}-${cvrSeq}@sted.test` });
    if (!user.ok) throw new Error(JSON.stringify(user));
    return { siteId: site.data.siteId, ...user.data };
  }

  it("creates a SITE user with a staff membership and an invitation, shown once when SMTP is off", async () => {
    const a = await admin();
    const created = await siteWithUser(a, "Stedet Alfa");
    const db = await getDb();
    const user = await db.user.findUniqueOrThrow({ where: { id: created.user.id }, select: { role: true, municipalityId: true, passwordHash: true, siteMemberships: { select: { siteId: true, role: true } } } });
    expect(user).toEqual({ role: "SITE", municipalityId: null, passwordHash: null, siteMemberships: [{ siteId: created.siteId, role: "STAFF" }] });
    expect(await checkAccountToken(db, created.token)).toMatchObject({ ok: true, userId: created.user.id, purpose: "INVITATION" });
    process.env.APP_BASE_URL = "https://fs.kommune.test";
    expect(await deliverInvitation(db, a.actor, created.user, created.token)).toEqual({ channel: "LINK", mailFailed: false, url: `https://fs.kommune.test/account/set-password?token=${created.token}` });
    const audit = await auditRows({ actorId: a.actor.id, recordId: created.user.id });
    expect(audit.map((r) => r.recordType)).toEqual(["User", "Invitation"]);
    expect(JSON.stringify(audit, (_k, v) => (typeof v === "bigint" ? String(v) : v))).not.toContain(created.token);
    expect((await loadSiteEntry(a.actor, created.siteId))?.users.map((u) => [u.name, u.status])).toEqual([["Medarbejder på Stedet Alfa", "INVITED"]]);

    const again = await executeCommand(reinviteSiteUser, a.actor, { siteId: created.siteId, userId: created.user.id });
    expect(again.ok).toBe(true);
    expect((await checkAccountToken(db, created.token)).ok).toBe(false);
  });

  it("refuses a taken e-mail at the field", async () => {
    const a = await admin();
    const existing = await makeUser("CASEWORKER", a.m.id);
    const site = await executeCommand(createSite, a.actor, siteForm());
    if (!site.ok) throw new Error(site.code);
    expect(await executeCommand(createSiteUser, a.actor, { siteId: site.data.siteId, name: "X", email: existing.email })).toMatchObject({ ok: false, reason: "EMAIL_TAKEN", fieldErrors: { email: expect.any(Array) } });
  });

  it("deactivates a site user (ending their logins) and reactivates them; a user of another site is not found", async () => {
    const a = await admin();
    const one = await siteWithUser(a, "Stedet Beta");
    const two = await siteWithUser(a, "Stedet Gamma");
    const db = await getDb();
    expect(await executeCommand(setSiteUserActive, a.actor, { siteId: one.siteId, userId: two.user.id, version: "1", active: "false" })).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await db.userSession.create({ data: { id: `sess-${one.user.id}`, userId: one.user.id, lastSeenAt: new Date(), expiresAt: new Date(Date.now() + 3_600_000) } });
    expect(await executeCommand(setSiteUserActive, a.actor, { siteId: one.siteId, userId: one.user.id, version: "1", active: "false" })).toMatchObject({ ok: true, data: { active: false, sessionsEnded: 1 } });
    expect(await db.userSession.count({ where: { userId: one.user.id, revokedAt: null } })).toBe(0);
    expect(await executeCommand(setSiteUserActive, a.actor, { siteId: one.siteId, userId: one.user.id, version: "2", active: "true" })).toMatchObject({ ok: true, data: { active: true } });
  });

  it("lets each site user, after choosing a password, see only the children placed at their own site", async () => {
    const a = await admin();
    const one = await siteWithUser(a, "Stedet Delta");
    const two = await siteWithUser(a, "Stedet Epsilon");
    const atOne = await makeFamily(a.m.id, { siteId: one.siteId });
    const atTwo = await makeFamily(a.m.id, { siteId: two.siteId });
    expect(await setPasswordWithToken({ token: one.token, password: "grøn kaffekop på trappen", repeat: "grøn kaffekop på trappen" })).toMatchObject({ ok: true });
    expect(await setPasswordWithToken({ token: two.token, password: "blå cykel ved åen 1987", repeat: "blå cykel ved åen 1987" })).toMatchObject({ ok: true });
    const userOne = await actorFor(one.user.id);
    const userTwo = await actorFor(two.user.id);
    expect((await listSiteChildren(userOne)).map((c) => c.id)).toEqual([atOne.children[0]!.id]);
    expect((await listSiteChildren(userTwo)).map((c) => c.id)).toEqual([atTwo.children[0]!.id]);
    expect(await loadSiteChild(userOne, atTwo.children[0]!.id)).toBeNull();
    expect(await loadSiteChild(userTwo, atOne.children[0]!.id)).toBeNull();
  });
});

describe("only administrators manage the register", () => {
  it("refuses every other role, changing nothing", async () => {
    const m = await makeMunicipality();
    const db = await getDb();
    const before = await db.placementSite.count();
    const roles: Role[] = ["CASEWORKER", "THERAPIST", "CONSULTANT", "COORDINATOR", "SITE"];
    for (const role of roles) {
      const actor = await actorFor((await makeUser(role, role === "SITE" ? null : m.id)).id);
      expect(await executeCommand(createSite, actor, siteForm()), role).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect(await executeCommand(createSiteUser, actor, { siteId: "x", name: "X", email: `x-${role}@x.test` }), role).toMatchObject({ ok: false, code: "NOT_FOUND" });
      expect((await auditRows({ actorId: actor.id, action: "ACCESS_DENIED" })).map((r) => r.recordType), role).toEqual(["createSite", "createSiteUser"]);
    }
    expect(await db.placementSite.count()).toBe(before);
  });
});

describe("the migration to the kinds of Barnets Lov", () => {
  it("maps every old kind of sites and placements to its current one", async () => {
    const pg = new PGlite();
    const all = await listMigrations();
    const mine = all.findIndex((m) => m.name === "20261128170000_site_register");
    for (const m of all.slice(0, mine)) await pg.exec(m.sql);
    const old = ["FOSTER_FAMILY", "NETWORK_FOSTER_FAMILY", "RESIDENTIAL_INSTITUTION", "OPHOLDSSTED", "BOARDING_SCHOOL", "OWN_ROOM"];
    await pg.exec(`INSERT INTO "Municipality" (id, code, name, "updatedAt") VALUES ('m', '999', 'K', now());
      INSERT INTO "Family" (id, "municipalityId", "displayName", "enrolledOn", "updatedAt") VALUES ('f', 'm', 'F', '2026-01-01', now());`);
    for (const [i, kind] of old.entries()) {
      await pg.exec(`INSERT INTO "PlacementSite" (id, name, kind, "updatedAt") VALUES ('s${i}', '${kind}', '${kind}', now());
        INSERT INTO "Child" (id, "familyId", name, "birthDate", "updatedAt") VALUES ('c${i}', 'f', 'B', '2020-01-01', now());
        INSERT INTO "Placement" (id, "childId", "siteId", type, "legalBasis", "startDate", "updatedAt") VALUES ('p${i}', 'c${i}', 's${i}', '${kind}', 'VOLUNTARY', '2026-01-01', now());`);
    }
    await pg.exec(all[mine]!.sql);
    const rows = (await pg.query<{ name: string; kind: string; type: string }>(`SELECT s.name, s.kind::text AS kind, p.type::text AS type FROM "PlacementSite" s JOIN "Placement" p ON p."siteId" = s.id ORDER BY s.id`)).rows;
    expect(rows.map((r) => [r.name, r.kind, r.type])).toEqual([
      ["FOSTER_FAMILY", "GENERAL_FOSTER_FAMILY", "GENERAL_FOSTER_FAMILY"],
      ["NETWORK_FOSTER_FAMILY", "NETWORK_FOSTER_FAMILY", "NETWORK_FOSTER_FAMILY"],
      ["RESIDENTIAL_INSTITUTION", "CHILDRENS_HOME", "CHILDRENS_HOME"],
      ["OPHOLDSSTED", "CHILDRENS_HOME", "CHILDRENS_HOME"],
      ["BOARDING_SCHOOL", "BOARDING_SCHOOL", "BOARDING_SCHOOL"],
      ["OWN_ROOM", "OWN_ROOM", "OWN_ROOM"],
    ]);
    await pg.close();
  });
});
